package dev.newsfold.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Each test gives what the JDK's gives, for every char; the ASCII digit is the regex's \d. */
class CharsTest {
  @Test
  void whitespaceIsWhatTheJdkCallsWhitespaceForEveryChar() {
    for (int c = Character.MIN_VALUE; c <= Character.MAX_VALUE; c++) {
      assertEquals(Character.isWhitespace((char) c), Chars.isWhitespace((char) c), "char " + c);
    }
  }

  @Test
  void aLetterOrDigitIsWhatTheJdkCallsOneForEveryChar() {
    for (int c = Character.MIN_VALUE; c <= Character.MAX_VALUE; c++) {
      assertEquals(Character.isLetterOrDigit((char) c), Chars.isLetterOrDigit((char) c), "char " + c);
    }
  }

  @Test
  void anAsciiDigitIsWhatTheRegexDigitClassMatchesForEveryChar() {
    java.util.regex.Pattern digit = java.util.regex.Pattern.compile("\\d");
    for (int c = Character.MIN_VALUE; c <= Character.MAX_VALUE; c++) {
      assertEquals(digit.matcher(String.valueOf((char) c)).matches(), Chars.isAsciiDigit((char) c), "char " + c);
    }
  }
}
