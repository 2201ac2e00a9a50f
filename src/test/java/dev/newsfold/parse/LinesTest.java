package dev.newsfold.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

class LinesTest {
  private static final String PIECES = "ab Z\t\n\r\u000b\f\u00a0\u2003\u3000\ufeff\u0000\u0007\u0085\u00e9\u2014\u201c\ud83d\ude00\u4e2d ";

  @Test
  void cleanCollapsesSpaceDropsControlsAndBomsAndTrims() {
    assertEquals("a b c", Lines.clean(" \u00a0a \t\u2003 b\ufeff\u0007 c\r\n"));
    assertEquals("", Lines.clean(" \t\u00a0\ufeff"));
    assertEquals("caf\u00e9 \u2014 \ud83d\ude00", Lines.clean("caf\u00e9\u3000\u2014  \ud83d\ude00"));
  }

  @Test
  void cleanGivesWhatTheStringBuilderVersionGave() {
    Random random = new Random(11);
    for (int round = 0; round < 20_000; round++) {
      StringBuilder line = new StringBuilder();
      for (int i = random.nextInt(24); i > 0; i--) {
        line.append(PIECES.charAt(random.nextInt(PIECES.length())));
      }
      assertEquals(reference(line.toString()), Lines.clean(line.toString()), line::toString);
    }
  }

  /** Lines.clean as it was before it wrote into the line's characters. */
  private static String reference(String line) {
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
