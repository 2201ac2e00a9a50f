package dev.newsfold.fingerprint;

import dev.newsfold.coders.CopyFingerprintCoder;
import java.io.Serializable;
import org.apache.beam.sdk.coders.DefaultCoder;

/**
 * What collapsing needs of a copy, without its text: the exact fingerprint, the shingles and
 * MinHash signature for near-duplicates, and what makes a copy more complete than another.
 *
 * @param shingles the smallest shingle hashes, at most {@link Shingles#MAX_KEPT}: all of them for a
 *     news article, a consistent sample (a hash range) for a very long document
 * @param bodyChars length of the clean body, the first measure of completeness
 * @param metadataFields how many of title, date, URL and byline/agency the copy has
 * @param shingleCount how many distinct shingles the whole body has
 * @param evidence its date, figures, sentences and revision: what tells recurring stories and abridged copies apart
 */
@DefaultCoder(CopyFingerprintCoder.class)
public record CopyFingerprint(String copyId, String exactFingerprint, long[] shingles, long[] minhash, int bodyChars,
    int metadataFields, int shingleCount, StoryEvidence evidence) implements ShingledText, Serializable {

  /** A fingerprint without evidence (undated, no figures or sentences): what tests of wording alone build. */
  public CopyFingerprint(String copyId, String exactFingerprint, long[] shingles, long[] minhash, int bodyChars,
      int metadataFields, int shingleCount) {
    this(copyId, exactFingerprint, shingles, minhash, bodyChars, metadataFields, shingleCount, StoryEvidence.NONE);
  }

  /** A fingerprint whose shingles are complete. */
  public CopyFingerprint(String copyId, String exactFingerprint, long[] shingles, long[] minhash, int bodyChars,
      int metadataFields) {
    this(copyId, exactFingerprint, shingles, minhash, bodyChars, metadataFields, shingles.length);
  }

  /** Most complete first: longest clean body, then most metadata, then the smaller copy id. */
  public static final java.util.Comparator<CopyFingerprint> MOST_COMPLETE_FIRST =
      mostCompleteFirst(CopyFingerprint::bodyChars, CopyFingerprint::metadataFields, CopyFingerprint::copyId);

  /**
   * The order of {@link #MOST_COMPLETE_FIRST} over anything that carries a copy's body length, metadata
   * count and id, so that every stage that picks the most complete copy picks the same one.
   */
  public static <T> java.util.Comparator<T> mostCompleteFirst(java.util.function.ToIntFunction<T> bodyChars,
      java.util.function.ToIntFunction<T> metadataFields, java.util.function.Function<T, String> copyId) {
    return java.util.Comparator.comparingInt(bodyChars).reversed()
        .thenComparing(java.util.Comparator.comparingInt(metadataFields).reversed())
        .thenComparing(copyId);
  }
}
