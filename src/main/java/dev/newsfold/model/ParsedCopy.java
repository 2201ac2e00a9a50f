package dev.newsfold.model;

import dev.newsfold.parse.ParsedArticle;
import java.io.Serializable;
import org.apache.beam.sdk.coders.DefaultCoder;
import org.apache.beam.sdk.coders.SerializableCoder;

/** A copy with its parse: the raw file and what was read out of it. */
@DefaultCoder(SerializableCoder.class)
public record ParsedCopy(RawCopy raw, ParsedArticle article) implements Serializable {
  public String copyId() {
    return raw.copyId();
  }

  public ParsedCopy withArticle(ParsedArticle newArticle) {
    return new ParsedCopy(raw, newArticle);
  }
}
