package dev.newsfold.boilerplate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The literal starts an anchored pattern's matches must have, read off its source: {@code ^(related|read
 * more)\s*:} matches only texts that start with "related" or "read more". A text that starts with none of them
 * is answered without the regex: RE2/J costs a fraction of a microsecond even to fail at the first character,
 * and every short paragraph of every page meets a dozen anchored rules (issue #15). The starts are lower case,
 * for a text lowered with {@link Locale#ROOT}; a text holding U+017F (long s), which RE2/J's {@code (?i)} folds to
 * s and lower-casing keeps, must not be filtered with them.
 */
final class AnchoredPrefixes {
  private static final String DIGITS = "0123456789";

  private AnchoredPrefixes() {}

  /**
   * The starts of {@code regex} (after an optional {@code (?i)}, it must begin with {@code ^} in front of all its
   * alternatives), or null when they cannot be read simply (not anchored as a whole, an optional first group): such
   * a rule runs on every text. A start may be empty (a character class or {@code \d*} first), which every text has.
   */
  static String[] of(String regex) {
    String body = regex.startsWith("(?i)") ? regex.substring(4) : regex;
    if (!body.startsWith("^") || alternatives(body.substring(1)).size() > 1) {
      return null; // ^a|b: b matches anywhere.
    }
    List<String> starts = startsOf(body.substring(1));
    return starts == null ? null : starts.stream().map(s -> s.toLowerCase(Locale.ROOT)).distinct().toArray(String[]::new);
  }

  /** True when {@code lowered} starts with one of {@code starts}. */
  static boolean mayStartWith(String lowered, String[] starts) {
    for (String start : starts) {
      if (lowered.startsWith(start)) {
        return true;
      }
    }
    return false;
  }

  /** The literal starts of a sequence (a concatenation), or null. */
  private static List<String> startsOf(String sequence) {
    if (sequence.startsWith("(")) {
      int close = closingParenthesis(sequence, 0);
      if (close < 0 || (close + 1 < sequence.length() && "?*{".indexOf(sequence.charAt(close + 1)) >= 0)) {
        return null; // An optional group: the match may start with whatever follows it.
      }
      String group = sequence.substring(1, close);
      group = group.startsWith("?:") ? group.substring(2) : group;
      List<String> starts = new ArrayList<>();
      for (String alternative : alternatives(group)) {
        List<String> of = startsOf(alternative);
        if (of == null) {
          return null;
        }
        starts.addAll(of);
      }
      return starts;
    }
    if (sequence.startsWith("\\d") && !(sequence.length() > 2 && "?*{".indexOf(sequence.charAt(2)) >= 0)) {
      return DIGITS.chars().mapToObj(c -> String.valueOf((char) c)).toList();
    }
    StringBuilder literal = new StringBuilder();
    for (int i = 0; i < sequence.length(); i++) {
      char c = sequence.charAt(i);
      if (c == '\\') {
        if (i + 1 >= sequence.length() || Character.isLetterOrDigit(sequence.charAt(i + 1))) {
          break; // A class (\s, \d, \w, \p) or an assertion (\b): no longer a literal.
        }
        c = sequence.charAt(++i);
      } else if ("?*{".indexOf(c) >= 0) {
        literal.setLength(Math.max(0, literal.length() - 1)); // The last character may be absent or repeated.
        break;
      } else if ("()[].|$+^".indexOf(c) >= 0) {
        break;
      }
      literal.append(c);
    }
    return List.of(literal.toString());
  }

  /** The top-level alternatives of a group's body: its | outside parentheses, classes and escapes. */
  static List<String> alternatives(String group) {
    List<String> out = new ArrayList<>();
    int depth = 0;
    int start = 0;
    for (int i = 0; i < group.length(); i++) {
      char c = group.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '[') {
        i = endOfClass(group, i);
      } else if (c == '(') {
        depth++;
      } else if (c == ')') {
        depth--;
      } else if (c == '|' && depth == 0) {
        out.add(group.substring(start, i));
        start = i + 1;
      }
    }
    out.add(group.substring(start));
    return out;
  }

  private static int closingParenthesis(String regex, int open) {
    int depth = 0;
    for (int i = open; i < regex.length(); i++) {
      char c = regex.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '[') {
        i = endOfClass(regex, i);
      } else if (c == '(') {
        depth++;
      } else if (c == ')' && --depth == 0) {
        return i;
      }
    }
    return -1;
  }

  /** The index of the ] closing the class opened at {@code open} (a ] first in the class is a member). */
  private static int endOfClass(String regex, int open) {
    int i = open + 1;
    if (i < regex.length() && regex.charAt(i) == '^') {
      i++;
    }
    if (i < regex.length() && regex.charAt(i) == ']') {
      i++;
    }
    while (i < regex.length() && regex.charAt(i) != ']') {
      if (regex.charAt(i) == '\\') {
        i++;
      }
      i++;
    }
    return i;
  }
}
