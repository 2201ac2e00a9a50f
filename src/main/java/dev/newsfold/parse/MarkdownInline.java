package dev.newsfold.parse;

/**
 * Markdown inline syntax to plain text in one linear pass: links keep their text, images and
 * their targets go, emphasis markers and escapes are removed. Bracket and parenthesis lookups use
 * precomputed next-index tables, so a long run of '[' or '*' costs linear time, not quadratic.
 */
final class MarkdownInline {
  /** Plain text of a block and what its emphasis said about it. */
  record Inline(String text, boolean emphasized, String trailingEmphasis, boolean imageOnly) {}

  private MarkdownInline() {}

  static Inline toPlain(String markdown) {
    String s = markdown.strip();
    boolean imageOnly = false;
    String linked = resolveLinks(s);
    if (linked.isBlank() && s.startsWith("![")) {
      imageOnly = true;
    }
    String trimmed = linked.strip();
    boolean emphasized = isWhollyEmphasized(trimmed);
    String trailing = trailingEmphasis(trimmed);
    String plain = unescape(stripEmphasis(trimmed));
    return new Inline(Lines.clean(plain), emphasized, Lines.clean(unescape(stripEmphasis(trailing))), imageOnly);
  }

  /** Escaped '*' and '_' travel as private-use characters through emphasis stripping, then come back. */
  private static final char ESCAPED_STAR = '\uE000';
  private static final char ESCAPED_UNDERSCORE = '\uE001';

  private static String unescape(String s) {
    return s.replace(ESCAPED_STAR, '*').replace(ESCAPED_UNDERSCORE, '_');
  }

  /** Replaces [text](url) by text, ![alt](url) by nothing, <http://x> by http://x, \x by x. */
  static String resolveLinks(String s) {
    int n = s.length();
    int[] nextCloseBracket = nextIndexOf(s, ']');
    int[] nextCloseParen = nextIndexOf(s, ')');
    int[] nextGreater = nextIndexOf(s, '>');
    StringBuilder out = new StringBuilder(n);
    int i = 0;
    while (i < n) {
      char c = s.charAt(i);
      if (c == '\\' && i + 1 < n && isPunctuation(s.charAt(i + 1))) {
        char escaped = s.charAt(i + 1);
        out.append(escaped == '*' ? ESCAPED_STAR : escaped == '_' ? ESCAPED_UNDERSCORE : escaped);
        i += 2;
        continue;
      }
      boolean image = c == '!' && i + 1 < n && s.charAt(i + 1) == '[';
      if (c == '[' || image) {
        int open = image ? i + 1 : i;
        int close = open + 1 < n ? nextCloseBracket[open + 1] : -1;
        if (close >= 0 && close + 1 < n && s.charAt(close + 1) == '(') {
          int end = close + 2 < n ? nextCloseParen[close + 2] : -1;
          if (end >= 0) {
            if (!image) {
              out.append(s, open + 1, close);
            }
            i = end + 1;
            continue;
          }
        }
      }
      if (c == '<' && s.startsWith("http", i + 1)) {
        int end = nextGreater[i + 1];
        if (end >= 0 && s.substring(i + 1, end).indexOf(' ') < 0) {
          out.append(s, i + 1, end);
          i = end + 1;
          continue;
        }
      }
      out.append(c);
      i++;
    }
    return out.toString();
  }

  /** Removes '*' and '_' runs that open or close emphasis; '_' inside a word stays. */
  static String stripEmphasis(String s) {
    StringBuilder out = new StringBuilder(s.length());
    int n = s.length();
    int i = 0;
    while (i < n) {
      char c = s.charAt(i);
      if (c != '*' && c != '_') {
        out.append(c);
        i++;
        continue;
      }
      int j = i;
      while (j < n && s.charAt(j) == c) {
        j++;
      }
      char before = i > 0 ? s.charAt(i - 1) : ' ';
      char after = j < n ? s.charAt(j) : ' ';
      boolean intraword = Character.isLetterOrDigit(before) && Character.isLetterOrDigit(after);
      boolean delimiter = !Character.isWhitespace(before) || !Character.isWhitespace(after);
      boolean keep = (c == '_' && intraword) || !delimiter;
      if (keep) {
        out.append(s, i, j);
      }
      i = j;
    }
    return out.toString();
  }

  private static boolean isWhollyEmphasized(String s) {
    for (String marker : new String[] {"**", "__", "*", "_"}) {
      if (s.length() > 2 * marker.length() && s.startsWith(marker) && s.endsWith(marker)) {
        return true;
      }
    }
    return false;
  }

  /** The text of a bold/italic segment that ends the block ("... **Photo / AFP**"), or "". */
  private static String trailingEmphasis(String s) {
    for (String marker : new String[] {"**", "__"}) {
      String body = s.endsWith(marker + ".") ? s.substring(0, s.length() - 1) : s;
      int closeAt = body.length() - marker.length();
      if (closeAt <= marker.length() || !body.endsWith(marker)) {
        continue;
      }
      int open = body.lastIndexOf(marker, closeAt - marker.length());
      int contentStart = open + marker.length();
      if (open > 0 && contentStart < closeAt) {
        return body.substring(contentStart, closeAt);
      }
    }
    return "";
  }

  private static int[] nextIndexOf(String s, char target) {
    int[] next = new int[s.length() + 1];
    next[s.length()] = -1;
    for (int i = s.length() - 1; i >= 0; i--) {
      next[i] = s.charAt(i) == target ? i : next[i + 1];
    }
    return next;
  }

  private static boolean isPunctuation(char c) {
    return "\\`*_{}[]()#+-.!<>|~\"'".indexOf(c) >= 0;
  }
}
