package dev.newsfold.collapse;

import java.io.Serializable;

/**
 * When two bodies are copies of one story. Containment alone would fold a three-line brief into
 * any long story that quotes it, so it also needs the smaller copy to be a fair share of the
 * larger and to have enough shingles to mean something.
 */
public record MatchThresholds(double minJaccard, double minContainment, double minLengthRatio, int minShingles,
    double minMutualContainment) implements Serializable {
  public static final MatchThresholds DEFAULT = new MatchThresholds(0.5, 0.8, 0.2, 12, 0.5);

  public boolean sameStory(Similarity s, int shinglesA, int shinglesB) {
    if (s.jaccard() >= minJaccard) {
      return true;
    }
    int small = Math.min(shinglesA, shinglesB);
    int large = Math.max(shinglesA, shinglesB);
    return s.containment() >= minContainment && small >= minShingles && small >= minLengthRatio * large;
  }
}
