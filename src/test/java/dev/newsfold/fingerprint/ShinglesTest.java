package dev.newsfold.fingerprint;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ShinglesTest {

  private static void assertSortedDistinct(long[] shingles) {
    for (int i = 1; i < shingles.length; i++) {
      assertTrue(shingles[i - 1] < shingles[i], "not sorted and distinct at " + i);
    }
  }

  @Test
  void oneShinglePerWordWindow() {
    long[] s = Shingles.of(List.of("one two three four five six"), 4);
    assertEquals(3, s.length);
    assertSortedDistinct(s);
  }

  @Test
  void repeatedWindowsAreCountedOnce() {
    long[] s = Shingles.of(List.of("a b a b a b a b"), 2);
    assertEquals(2, s.length); // "a b" and "b a"
    assertSortedDistinct(s);
  }

  @Test
  void shortBodyGivesOneShingleOfAllItsWords() {
    assertEquals(1, Shingles.of(List.of("two words"), 4).length);
    assertNotEquals(Shingles.of(List.of("two words"), 4)[0], Shingles.of(List.of("other words"), 4)[0]);
  }

  @Test
  void emptyBodyGivesNoShingles() {
    assertEquals(0, Shingles.of(List.of(), 4).length);
    assertEquals(0, Shingles.of(List.of("  ", "... !"), 4).length);
  }

  @Test
  void renderingDoesNotChangeShingles() {
    long[] a = Shingles.of(List.of("Hamas\u2019s leader said: \u201CIt is DONE.\u201D", "Talks resume."), 3);
    long[] b = Shingles.of(List.of("hamas's leader said \"it is done\" talks   resume"), 3);
    assertArrayEquals(a, b);
  }

  @Test
  void wordOrderMatters() {
    assertNotEquals(Shingles.of(List.of("a b"), 2)[0], Shingles.of(List.of("b a"), 2)[0]);
    // Word boundaries are part of a shingle: "ab c" is not "a bc".
    assertNotEquals(Shingles.of(List.of("ab c"), 2)[0], Shingles.of(List.of("a bc"), 2)[0]);
  }

  @Test
  void stableAcrossCalls() {
    assertArrayEquals(Shingles.of(List.of("the same text every time"), 2),
        Shingles.of(List.of("the same text every time"), 2));
  }

  @Test
  void intersectionOfSortedSets() {
    assertEquals(2, Shingles.intersection(new long[] {-5, 1, 3, 7}, new long[] {-5, 2, 7, 9}));
    assertEquals(0, Shingles.intersection(new long[] {}, new long[] {1, 2}));
    assertEquals(0, Shingles.intersection(new long[] {1, 3}, new long[] {2, 4}));
    assertEquals(3, Shingles.intersection(new long[] {Long.MIN_VALUE, 0, Long.MAX_VALUE},
        new long[] {Long.MIN_VALUE, 0, Long.MAX_VALUE}));
  }

  @Test
  void intersectionOfRealShingles() {
    long[] full = Shingles.of(List.of("one two three four five six seven eight"), 3);
    long[] trimmed = Shingles.of(List.of("one two three four five"), 3);
    assertEquals(6, full.length);
    assertEquals(3, trimmed.length);
    assertEquals(3, Shingles.intersection(full, trimmed));
    assertEquals(3, Shingles.intersection(trimmed, full));
  }
}
