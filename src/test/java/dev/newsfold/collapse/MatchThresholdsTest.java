package dev.newsfold.collapse;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MatchThresholdsTest {
  private static final MatchThresholds T = MatchThresholds.DEFAULT;

  @Test
  void defaults() {
    assertTrue(T.minJaccard() == 0.5 && T.minContainment() == 0.8 && T.minLengthRatio() == 0.2 && T.minShingles() == 12
        && T.minMutualContainment() == 0.5);
  }

  @Test
  void jaccardAloneIsEnough() {
    assertTrue(T.sameStory(new Similarity(0.5, 0.5), 3, 300));
    assertTrue(T.sameStory(new Similarity(0.9, 0.9), 1, 1));
    assertFalse(T.sameStory(new Similarity(0.49, 0.5), 100, 100));
  }

  @Test
  void containmentNeedsEnoughShinglesAndAFairShare() {
    assertTrue(T.sameStory(new Similarity(0.3, 0.8), 40, 100));
    assertTrue(T.sameStory(new Similarity(0.1, 0.95), 100, 20), "order of sizes does not matter");
    assertTrue(T.sameStory(new Similarity(0.1, 1.0), 12, 55), "at the shingle bound");
    assertFalse(T.sameStory(new Similarity(0.3, 0.79), 40, 100), "containment too low");
    assertFalse(T.sameStory(new Similarity(0.1, 1.0), 11, 40), "too few shingles");
    assertFalse(T.sameStory(new Similarity(0.05, 1.0), 12, 61), "a brief quoted by a long story");
    assertFalse(T.sameStory(new Similarity(0.05, 1.0), 61, 12), "either way round");
  }

  @Test
  void customThresholds() {
    MatchThresholds strict = new MatchThresholds(0.9, 0.95, 0.5, 50, 0.5);
    assertFalse(strict.sameStory(new Similarity(0.8, 0.9), 100, 120));
    assertTrue(strict.sameStory(new Similarity(0.8, 0.96), 100, 120));
    assertFalse(strict.sameStory(new Similarity(0.8, 0.96), 49, 60));
  }
}
