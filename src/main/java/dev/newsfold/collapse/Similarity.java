package dev.newsfold.collapse;

import dev.newsfold.fingerprint.ShingledText;
import dev.newsfold.fingerprint.Shingles;
import java.io.Serializable;

/**
 * Direct similarity of two clean bodies over their shingle sets: Jaccard for copies of like
 * length, containment (of the smaller in the larger) for trimmed copies.
 */
public record Similarity(double jaccard, double containment) implements Serializable {
  /** Similarity of two copies; a copy whose shingles were sampled is compared on the shared hash range. */
  public static Similarity of(ShingledText a, ShingledText b) {
    long limit = Long.MAX_VALUE;
    if (a.sampled()) {
      limit = Math.min(limit, a.shingles()[a.shingles().length - 1]);
    }
    if (b.sampled()) {
      limit = Math.min(limit, b.shingles()[b.shingles().length - 1]);
    }
    return of(upTo(a.shingles(), limit), upTo(b.shingles(), limit));
  }

  private static long[] upTo(long[] sorted, long limit) {
    int n = 0;
    while (n < sorted.length && sorted[n] <= limit) {
      n++;
    }
    return n == sorted.length ? sorted : java.util.Arrays.copyOf(sorted, n);
  }

  /** Exact similarity of two complete shingle sets. */
  public static Similarity of(long[] a, long[] b) {
    if (a.length == 0 || b.length == 0) {
      return new Similarity(0, 0);
    }
    int common = Shingles.intersection(a, b);
    int union = a.length + b.length - common;
    return new Similarity((double) common / union, (double) common / Math.min(a.length, b.length));
  }
}
