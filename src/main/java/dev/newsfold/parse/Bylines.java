package dev.newsfold.parse;

import com.google.re2j.Pattern;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Splits a byline ("By Tom Hale and Ana Ruiz, Reuters") into the people who wrote it and the agency. */
final class Bylines {
  private static final Pattern BY_LINE = Pattern.compile("(?i)^(?:written\\s+)?by[:\\s]\\s*\\S.*$");
  private static final Pattern SEPARATORS = Pattern.compile("(?i)\\s*(?:,|;|\\||/|&|\\band\\b|\\bwith\\b|\\bfor\\b)\\s*");
  private static final Pattern PERSON = Pattern.compile("^\\p{Lu}[\\p{L}'’.-]*(?: (?:\\p{Lu}[\\p{L}'’.-]*|de|da|van|von|der|la|le|bin|al|el|di|du)){0,4}$");

  record Byline(String names, String agency) {}

  private Bylines() {}

  /** True for a block that is a byline line: "By ..." and short. */
  static boolean isBylineLine(String text) {
    return text.length() <= 160 && BY_LINE.matcher(text).matches() && Lines.tokenCount(text) <= 16;
  }

  static Byline parse(String text) {
    String body = text.strip().replaceFirst("(?i)^(?:written\\s+)?by[:\\s]\\s*", "")
        .replaceFirst("\\s+in\\s+\\p{Lu}[\\p{L} .-]*$", ""); // "By Jane Roe in Lisbon": a place, not a name.
    List<String> names = new ArrayList<>();
    String agency = null;
    for (String part : SEPARATORS.split(body)) {
      String candidate = part.strip().replaceAll("^[\\p{Punct}\\s]+|[\\p{Punct}\\s&&[^.]]+$", "");
      if (candidate.isEmpty()) {
        continue;
      }
      Optional<String> named = Agencies.exactly(candidate);
      if (named.isPresent()) {
        agency = agency == null ? named.get() : agency;
      } else if (DateParser.find(candidate).isEmpty() && PERSON.matcher(candidate).matches()
          && !candidate.matches("(?i)(the|our)\\b.*|.*\\b(staff|reporter|correspondent|editor|writer|desk|team|newsroom)\\b.*")) {
        names.add(candidate);
      }
    }
    if (agency == null) {
      agency = Agencies.mentionedIn(body).orElse(null);
    }
    return new Byline(names.isEmpty() ? null : String.join(", ", names), agency);
  }
}
