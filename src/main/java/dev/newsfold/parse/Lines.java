package dev.newsfold.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Line splitting, cleaning and token counting shared by the parsers. */
final class Lines {
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  private Lines() {}

  /**
   * How many pieces {@code text.split("\\s+")} gives (text that begins with white space counts an empty first piece),
   * with the pattern compiled once.
   */
  static int tokenCount(String text) {
    return WHITESPACE.split(text).length;
  }

  /** Splits on \n, \r\n and lone \r. */
  static List<String> split(String text) {
    List<String> lines = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        lines.add(text.substring(start, i));
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        start = i + 1;
      }
    }
    lines.add(text.substring(start));
    return lines;
  }

  /**
   * Collapses white space, drops control characters and BOMs, trims. Written into the line's own characters (what is
   * kept never moves right): a StringBuilder re-copied each line at its first character past Latin-1.
   */
  static String clean(String line) {
    char[] chars = line.toCharArray();
    int length = 0;
    boolean space = false;
    for (int i = 0; i < chars.length; i++) {
      char c = chars[i];
      if (Character.isWhitespace(c) || c == '\u00A0') {
        space = length > 0;
        continue;
      }
      if (c == '\uFEFF' || Character.isISOControl(c)) {
        continue;
      }
      if (space) {
        chars[length++] = ' ';
        space = false;
      }
      chars[length++] = c;
    }
    return new String(chars, 0, length);
  }
}
