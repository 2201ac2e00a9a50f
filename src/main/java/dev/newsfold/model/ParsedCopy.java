package dev.newsfold.model;

import dev.newsfold.coders.ParsedCopyCoder;
import dev.newsfold.parse.ParsedArticle;
import java.io.Serializable;
import java.util.List;
import org.apache.beam.sdk.coders.DefaultCoder;

/**
 * A copy with its parse: the raw file and what was read out of it.
 *
 * @param paragraphKeys the keys of the copy's paragraphs before corpus boilerplate was removed (the
 *     evidence later runs count boilerplate with); null until boilerplate removal has run
 * @param corpusRemoved the paragraphs corpus boilerplate removal took out, in order (so that a later
 *     run, with more evidence, can decide again); null until it has run
 * @param corpusRemovedAt where each of them was among the paragraphs before removal
 * @param fromArchive read back from an archive's copies table (its raw text is not read), not from
 *     this run's input; its article then holds the paragraphs from before corpus boilerplate removal,
 *     and {@code corpusRemoved} and {@code corpusRemovedAt} the archived decision
 */
@DefaultCoder(ParsedCopyCoder.class)
public record ParsedCopy(RawCopy raw, ParsedArticle article, long[] paragraphKeys, List<String> corpusRemoved,
    int[] corpusRemovedAt, boolean fromArchive) implements Serializable {

  /** A copy of this run's input, as parsed. */
  public ParsedCopy(RawCopy raw, ParsedArticle article) {
    this(raw, article, null, null, null, false);
  }

  public String copyId() {
    return raw.copyId();
  }

  public ParsedCopy withArticle(ParsedArticle newArticle) {
    return new ParsedCopy(raw, newArticle, paragraphKeys, corpusRemoved, corpusRemovedAt, fromArchive);
  }

  /** The copy after corpus boilerplate removal: its remaining article, and what was removed. */
  public ParsedCopy corpusStripped(ParsedArticle remaining, long[] keysBefore, List<String> removed, int[] removedAt) {
    return new ParsedCopy(raw, remaining, keysBefore, List.copyOf(removed), removedAt, fromArchive);
  }
}
