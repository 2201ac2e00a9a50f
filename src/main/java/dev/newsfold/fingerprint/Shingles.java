package dev.newsfold.fingerprint;

import dev.newsfold.text.TextNormalizer;
import java.util.Arrays;
import java.util.List;

/** Word n-gram shingles of a normalized body, hashed to 64 bits (FNV-1a: stable across JVMs and runs). */
public final class Shingles {
  /**
   * Shingles kept per copy for verification: every shingle of a news article (a few thousand
   * words), a hash-range sample of a longer document, so that memory and comparison cost per
   * copy are bounded whatever lands in the input.
   */
  public static final int MAX_KEPT = 8192;

  private Shingles() {}

  /** The k smallest of sorted hashes: a consistent sample, since every copy keeps the same hash range. */
  public static long[] smallest(long[] sorted, int k) {
    return sorted.length <= k ? sorted : Arrays.copyOf(sorted, k);
  }

  /** Sorted, distinct shingle hashes; a body shorter than one shingle gives one shingle of all its words. */
  public static long[] of(List<String> paragraphs, int size) {
    return ofNormalized(normalizedBody(paragraphs), size);
  }

  /** The body as shingles and the exact fingerprint read it: its paragraphs joined by a space, normalized. */
  public static String normalizedBody(List<String> paragraphs) {
    return TextNormalizer.normalize(String.join(" ", paragraphs));
  }

  /** {@link #of} of a body already normalized ({@link #normalizedBody}). */
  public static long[] ofNormalized(String normalizedBody, int size) {
    TextNormalizer.PackedWords words = TextNormalizer.packedWordsOfNormalized(normalizedBody);
    if (words.count() == 0) {
      return new long[0];
    }
    char[] chars = words.chars();
    int count = Math.max(1, words.count() - size + 1);
    long[] hashes = new long[count];
    for (int i = 0; i < count; i++) {
      long h = 0xcbf29ce484222325L;
      for (int j = i; j < Math.min(words.count(), i + size); j++) {
        for (int k = words.start(j); k < words.ends()[j]; k++) {
          h ^= chars[k];
          h *= 0x100000001b3L;
        }
        h ^= ' ';
        h *= 0x100000001b3L;
      }
      hashes[i] = MinHasher.mix(h); // Uniform values, so that the smallest k are a fair sample.
    }
    Arrays.sort(hashes);
    return distinct(hashes);
  }

  private static long[] distinct(long[] sorted) {
    int n = 0;
    for (int i = 0; i < sorted.length; i++) {
      if (i == 0 || sorted[i] != sorted[i - 1]) {
        sorted[n++] = sorted[i];
      }
    }
    return Arrays.copyOf(sorted, n);
  }

  /** |a ∩ b| for sorted distinct arrays, in one merge pass. */
  public static int intersection(long[] a, long[] b) {
    int i = 0;
    int j = 0;
    int common = 0;
    while (i < a.length && j < b.length) {
      if (a[i] == b[j]) {
        common++;
        i++;
        j++;
      } else if (a[i] < b[j]) {
        i++;
      } else {
        j++;
      }
    }
    return common;
  }
}
