package dev.newsfold.parse;

import java.util.ArrayList;
import java.util.List;

/** Line splitting and cleaning shared by the text and Markdown parsers. */
final class Lines {
  private Lines() {}

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

  /** Collapses white space, drops control characters and BOMs, trims. */
  static String clean(String line) {
    StringBuilder out = new StringBuilder(line.length());
    boolean space = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (Character.isWhitespace(c) || c == '\u00A0') {
        space = out.length() > 0;
        continue;
      }
      if (c == '\uFEFF' || Character.isISOControl(c)) {
        continue;
      }
      if (space) {
        out.append(' ');
        space = false;
      }
      out.append(c);
    }
    return out.toString();
  }
}
