package dev.newsfold.collapse;

import dev.newsfold.coders.BucketMemberCoder;
import dev.newsfold.fingerprint.CopyFingerprint;
import java.io.Serializable;
import java.time.LocalDate;
import org.apache.beam.sdk.coders.DefaultCoder;

/**
 * A copy in an LSH bucket: its id, and what tells without its shingles that a pair of copies can never
 * fold ({@link FoldRules#neverFolds}).
 *
 * @param publishedDate null when the copy has none
 * @param keptShingles how many shingle hashes the fingerprint keeps; fewer than shingleCount when sampled
 */
@DefaultCoder(BucketMemberCoder.class)
public record BucketMember(String copyId, LocalDate publishedDate, int shingleCount, int keptShingles)
    implements Serializable {

  public static BucketMember of(CopyFingerprint print) {
    return new BucketMember(print.copyId(), print.evidence().publishedDate(), print.shingleCount(),
        print.shingles().length);
  }

  boolean sampled() {
    return shingleCount > keptShingles;
  }
}
