package dev.newsfold.fingerprint;

import dev.newsfold.coders.ComparedTextCoder;
import java.io.Serializable;
import org.apache.beam.sdk.coders.DefaultCoder;

/**
 * A copy's fingerprint as a pair's verification reads it: no MinHash signature (its work is done once the
 * candidates are found, and at 128 hashes it outweighs a brief's shingles) and no exact fingerprint. It is
 * sent once per candidate pair, so what it leaves out is left out of the largest shuffle of the collapse.
 */
@DefaultCoder(ComparedTextCoder.class)
public record ComparedText(String copyId, long[] shingles, int shingleCount, StoryEvidence evidence)
    implements ShingledText, Serializable {

  public static ComparedText of(CopyFingerprint print) {
    return new ComparedText(print.copyId(), print.shingles(), print.shingleCount(), print.evidence());
  }
}
