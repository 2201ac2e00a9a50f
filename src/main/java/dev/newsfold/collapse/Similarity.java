package dev.newsfold.collapse;

import dev.newsfold.fingerprint.Shingles;
import java.io.Serializable;

/**
 * Direct similarity of two clean bodies over their shingle sets: Jaccard for copies of like
 * length, containment (of the smaller in the larger) for trimmed copies.
 */
public record Similarity(double jaccard, double containment) implements Serializable {
  public static Similarity of(long[] a, long[] b) {
    if (a.length == 0 || b.length == 0) {
      return new Similarity(0, 0);
    }
    int common = Shingles.intersection(a, b);
    int union = a.length + b.length - common;
    return new Similarity((double) common / union, (double) common / Math.min(a.length, b.length));
  }
}
