package dev.newsfold.fingerprint;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;

/**
 * MinHash signatures over shingle hashes, and LSH band keys from them. The hash family is fixed
 * by seeds derived from the index, so signatures stored in an archive stay comparable across runs.
 */
public final class MinHasher implements Serializable {
  private final int numHashes;
  private final int bands;
  private final int rows;
  private final long[] seeds;

  public MinHasher(int bands, int rows) {
    this.bands = bands;
    this.rows = rows;
    this.numHashes = bands * rows;
    this.seeds = new long[numHashes];
    long s = 0x9E3779B97F4A7C15L;
    for (int i = 0; i < numHashes; i++) {
      s = mix(s + 0x9E3779B97F4A7C15L);
      seeds[i] = s;
    }
  }

  public int numHashes() {
    return numHashes;
  }

  public int bands() {
    return bands;
  }

  public long[] signature(long[] shingles) {
    return HASHES_IN_VECTORS ? signatureInTwoPasses(shingles) : signatureInOnePass(shingles);
  }

  /**
   * Whether {@link #signature} hashes each shingle under all seeds in a loop of its own, which C2 turns into vector
   * instructions on x86-64 (AVX2, AVX-512), about twice as fast there; on other processors, whose vectors have no
   * 64-bit multiply, the extra pass costs a quarter more than hashing and comparing in one. Both give the same values.
   */
  static final boolean HASHES_IN_VECTORS =
      List.of("amd64", "x86_64").contains(System.getProperty("os.arch", "").toLowerCase(Locale.ROOT));

  long[] signatureInOnePass(long[] shingles) {
    long[] sig = new long[numHashes];
    java.util.Arrays.fill(sig, -1L); // -1 is the unsigned maximum, as slots compare unsigned.
    for (long shingle : shingles) {
      for (int i = 0; i < numHashes; i++) {
        long h = mix(shingle ^ seeds[i]);
        if (Long.compareUnsigned(h, sig[i]) < 0) {
          sig[i] = h;
        }
      }
    }
    return sig;
  }

  /**
   * {@link #signatureInOnePass} as a loop of hashes alone, which C2 can vectorize once {@link #mix} is inlined, then
   * a loop of minima. Slots hold values with the sign bit flipped, so that a signed minimum is the
   * unsigned one, until the end.
   */
  long[] signatureInTwoPasses(long[] shingles) {
    long[] seeds = this.seeds; // Locals, and loops bounded by their lengths, let C2 drop the range checks.
    long[] sig = new long[seeds.length];
    java.util.Arrays.fill(sig, Long.MAX_VALUE); // The unsigned maximum, flipped.
    long[] hashes = new long[seeds.length];
    for (long shingle : shingles) {
      for (int i = 0; i < hashes.length; i++) {
        hashes[i] = mix(shingle ^ seeds[i]) ^ Long.MIN_VALUE;
      }
      for (int i = 0; i < sig.length; i++) {
        sig[i] = Math.min(sig[i], hashes[i]);
      }
    }
    for (int i = 0; i < sig.length; i++) {
      sig[i] ^= Long.MIN_VALUE;
    }
    return sig;
  }

  /** One key per band: the band index and a hash of its rows, so equal rows in different bands do not collide. */
  public long[] bandKeys(long[] signature) {
    long[] keys = new long[bands];
    for (int b = 0; b < bands; b++) {
      long h = mix(b + 1L);
      for (int r = 0; r < rows; r++) {
        h = mix(h ^ signature[b * rows + r]);
      }
      keys[b] = h;
    }
    return keys;
  }

  /** The first band in which two signatures agree on every row, or -1. */
  public int firstSharedBand(long[] a, long[] b) {
    for (int band = 0; band < bands; band++) {
      boolean same = true;
      for (int r = 0; r < rows && same; r++) {
        same = a[band * rows + r] == b[band * rows + r];
      }
      if (same) {
        return band;
      }
    }
    return -1;
  }

  /** SplitMix64's finalizer: a fast, well-mixed 64-bit hash. */
  public static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
