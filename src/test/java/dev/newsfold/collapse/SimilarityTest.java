package dev.newsfold.collapse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SimilarityTest {
  private static final double EPS = 1e-9;

  static long[] range(long fromInclusive, long toInclusive) {
    long[] out = new long[(int) (toInclusive - fromInclusive + 1)];
    for (int i = 0; i < out.length; i++) {
      out[i] = fromInclusive + i;
    }
    return out;
  }

  @Test
  void jaccardAndContainmentOfOverlappingSets() {
    Similarity s = Similarity.of(new long[] {1, 2, 3, 4}, new long[] {3, 4, 5, 6});
    assertEquals(2.0 / 6, s.jaccard(), EPS);
    assertEquals(2.0 / 4, s.containment(), EPS);
  }

  @Test
  void subsetIsFullyContained() {
    Similarity s = Similarity.of(range(1, 10), range(1, 5));
    assertEquals(0.5, s.jaccard(), EPS);
    assertEquals(1.0, s.containment(), EPS);
    Similarity swapped = Similarity.of(range(1, 5), range(1, 10));
    assertEquals(s, swapped);
  }

  @Test
  void identicalAndDisjointSets() {
    assertEquals(new Similarity(1, 1), Similarity.of(range(1, 7), range(1, 7)));
    assertEquals(new Similarity(0, 0), Similarity.of(range(1, 7), range(8, 14)));
  }

  @Test
  void emptySetsAreNotSimilar() {
    assertEquals(new Similarity(0, 0), Similarity.of(new long[0], new long[0]));
    assertEquals(new Similarity(0, 0), Similarity.of(new long[0], range(1, 3)));
  }
}
