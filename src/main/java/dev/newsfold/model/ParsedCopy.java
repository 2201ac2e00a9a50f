package dev.newsfold.model;

import dev.newsfold.parse.ParsedArticle;
import java.io.Serializable;
import org.apache.beam.sdk.coders.DefaultCoder;
import org.apache.beam.sdk.coders.SerializableCoder;

/**
 * A copy with its parse: the raw file and what was read out of it.
 *
 * @param paragraphKeys the keys of the copy's paragraphs before corpus boilerplate was removed (the
 *     evidence later runs count boilerplate with); null until boilerplate removal has run
 * @param fromArchive read back from an archive's copies table (its raw text is not read), not from
 *     this run's input
 */
@DefaultCoder(SerializableCoder.class)
public record ParsedCopy(RawCopy raw, ParsedArticle article, long[] paragraphKeys, boolean fromArchive)
    implements Serializable {

  /** A copy of this run's input, as parsed. */
  public ParsedCopy(RawCopy raw, ParsedArticle article) {
    this(raw, article, null, false);
  }

  public String copyId() {
    return raw.copyId();
  }

  public ParsedCopy withArticle(ParsedArticle newArticle) {
    return new ParsedCopy(raw, newArticle, paragraphKeys, fromArchive);
  }

  public ParsedCopy withParagraphKeys(long[] keys) {
    return new ParsedCopy(raw, article, keys, fromArchive);
  }
}
