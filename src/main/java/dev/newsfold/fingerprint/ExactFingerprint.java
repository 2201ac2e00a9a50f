package dev.newsfold.fingerprint;

import dev.newsfold.text.Hashing;
import dev.newsfold.text.TextNormalizer;
import java.util.List;

/** SHA-256 of the normalized body: two copies with the same words in the same order, however rendered, share it. */
public final class ExactFingerprint {
  private ExactFingerprint() {}

  public static String of(List<String> paragraphs) {
    return Hashing.sha256Hex(TextNormalizer.normalize(String.join(" ", paragraphs)));
  }
}
