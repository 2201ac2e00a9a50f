package dev.newsfold.parse;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Wire agencies by the names bylines, datelines and credits give them, to one short name each. */
public final class Agencies {
  private static final Map<String, String> NAMES = Map.ofEntries(
      Map.entry("afp", "AFP"), Map.entry("agence france-presse", "AFP"), Map.entry("agence france presse", "AFP"),
      Map.entry("ap", "AP"), Map.entry("associated press", "AP"), Map.entry("the associated press", "AP"),
      Map.entry("reuters", "Reuters"), Map.entry("thomson reuters", "Reuters"),
      Map.entry("pa", "PA"), Map.entry("pa media", "PA"), Map.entry("press association", "PA"),
      Map.entry("pa wire", "PA"), Map.entry("dpa", "DPA"), Map.entry("efe", "EFE"), Map.entry("ansa", "ANSA"),
      Map.entry("upi", "UPI"), Map.entry("xinhua", "Xinhua"), Map.entry("kyodo", "Kyodo"),
      Map.entry("bloomberg", "Bloomberg"), Map.entry("tass", "TASS"));
  private static final Pattern MENTION = Pattern.compile(
      "(?i)\\b(agence france[- ]presse|the associated press|associated press|thomson reuters|press association|pa media|"
          + "pa wire|afp|reuters|dpa|efe|ansa|upi|xinhua|kyodo|bloomberg)\\b");

  private Agencies() {}

  /** The agency a whole string names ("AFP", "Associated Press"), if it names one and nothing else. */
  public static Optional<String> exactly(String text) {
    String key = text.strip().replaceAll("[.\\s]+$", "").toLowerCase(Locale.ROOT);
    return Optional.ofNullable(NAMES.get(key));
  }

  /** The first agency named anywhere in a string; short names like AP and PA must stand alone. */
  public static Optional<String> mentionedIn(String text) {
    Matcher m = MENTION.matcher(text);
    if (m.find()) {
      return exactly(m.group(1));
    }
    return Optional.empty();
  }
}
