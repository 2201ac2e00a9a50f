package dev.newsfold.fingerprint;

import dev.newsfold.text.Hashing;
import java.util.List;

/** SHA-256 of the normalized body: two copies with the same words in the same order, however rendered, share it. */
public final class ExactFingerprint {
  private ExactFingerprint() {}

  public static String of(List<String> paragraphs) {
    return ofNormalized(Shingles.normalizedBody(paragraphs));
  }

  /** {@link #of} of a body already normalized ({@link Shingles#normalizedBody}). */
  public static String ofNormalized(String normalizedBody) {
    return Hashing.sha256Hex(normalizedBody);
  }
}
