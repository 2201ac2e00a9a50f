package dev.newsfold.fingerprint;

import java.io.Serializable;

/** Shingle size and LSH shape; the defaults are measured on the benchmark corpus (see README). */
public record FingerprintSettings(int shingleSize, int bands, int rows) implements Serializable {
  public static final FingerprintSettings DEFAULT = new FingerprintSettings(4, 32, 4);

  public MinHasher minHasher() {
    return new MinHasher(bands, rows);
  }
}
