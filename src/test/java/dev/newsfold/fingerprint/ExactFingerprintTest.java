package dev.newsfold.fingerprint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ExactFingerprintTest {

  @Test
  void quotesSpacingAndCaseDoNotMatter() {
    String curly = ExactFingerprint.of(List.of("Bogdanov \u201Cagain placed particular stress\u201D on Hamas\u2019s promises \u2013 the ministry said."));
    String straight = ExactFingerprint.of(List.of("bogdanov \"again placed  particular stress\"\non hamas's promises - THE MINISTRY SAID."));
    assertEquals(curly, straight);
    assertTrue(curly.matches("[0-9a-f]{64}"));
  }

  @Test
  void paragraphBreaksDoNotMatter() {
    assertEquals(ExactFingerprint.of(List.of("First paragraph.", "Second paragraph.")),
        ExactFingerprint.of(List.of("First paragraph. Second paragraph.")));
  }

  @Test
  void differentWordsOrPunctuationDiffer() {
    String a = ExactFingerprint.of(List.of("The strike lasted two days."));
    assertNotEquals(a, ExactFingerprint.of(List.of("The strike lasted three days.")));
    assertNotEquals(a, ExactFingerprint.of(List.of("The strike lasted two days")));
    assertNotEquals(a, ExactFingerprint.of(List.of("days two lasted strike The.")));
  }
}
