package dev.newsfold.fingerprint;

/**
 * What comparing two copies' wording, dates and figures reads of each ({@code FoldRules.judge}): a copy's
 * kept shingles, how many it has in all, and its story evidence. A whole {@link CopyFingerprint} is one; so
 * is the smaller {@link ComparedText} that pair verification sends to each of a copy's partners.
 */
public interface ShingledText {
  /** The smallest shingle hashes, sorted: all of them unless {@link #shingleCount()} is larger. */
  long[] shingles();

  int shingleCount();

  StoryEvidence evidence();

  /** Whether the shingles are a sample of the body's (a very long document): then compared on a shared hash range. */
  default boolean sampled() {
    return shingleCount() > shingles().length;
  }
}
