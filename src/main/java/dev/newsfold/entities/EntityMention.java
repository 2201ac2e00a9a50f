package dev.newsfold.entities;

import dev.newsfold.coders.EntityMentionCoder;
import java.io.Serializable;
import java.time.LocalDate;
import org.apache.beam.sdk.coders.DefaultCoder;

/**
 * One mention in an article's body: {@code body.substring(start, end)} is {@code text}; the entity
 * key is the name it resolves to within the article ("Bogdanov" -> "Mikhail Bogdanov").
 *
 * @param articleVersion the article version whose body the offsets are into
 */
@DefaultCoder(EntityMentionCoder.class)
public record EntityMention(String articleId, int mentionIndex, EntityType type, String text, int start, int end,
    int sentenceIndex, String entityKey, LocalDate articleDate, int articleVersion) implements Serializable {

  /** A mention found in a body not yet tied to an archived article version. */
  public EntityMention(String articleId, int mentionIndex, EntityType type, String text, int start, int end,
      int sentenceIndex, String entityKey, LocalDate articleDate) {
    this(articleId, mentionIndex, type, text, start, end, sentenceIndex, entityKey, articleDate, 0);
  }

  public EntityMention atVersion(int version) {
    return new EntityMention(articleId, mentionIndex, type, text, start, end, sentenceIndex, entityKey, articleDate,
        version);
  }

  /** The mention under its article's current date (an earlier copy may have dated the article earlier). */
  public EntityMention withArticleDate(LocalDate date) {
    return new EntityMention(articleId, mentionIndex, type, text, start, end, sentenceIndex, entityKey, date,
        articleVersion);
  }
}
