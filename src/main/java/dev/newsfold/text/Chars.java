package dev.newsfold.text;

/**
 * Character tests on hot paths, answered for ASCII (nearly every character of news text) without the JDK's
 * Unicode tables, and by them for any other character: each gives what its JDK namesake gives, for every char.
 */
public final class Chars {
  private Chars() {}

  /** '0' to '9' only: what {@code \d} matches in a java.util.regex or RE2/J pattern without Unicode classes. */
  public static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** {@link Character#isWhitespace(char)}. */
  public static boolean isWhitespace(char c) {
    if (c < 0x80) {
      return c == ' ' || c >= '\t' && c <= '\r' || c >= '\u001c' && c <= '\u001f';
    }
    return Character.isWhitespace(c);
  }

  /** {@link Character#isLetterOrDigit(char)}. */
  public static boolean isLetterOrDigit(char c) {
    if (c < 0x80) {
      char lower = (char) (c | 0x20);
      return lower >= 'a' && lower <= 'z' || isAsciiDigit(c);
    }
    return Character.isLetterOrDigit(c);
  }
}
