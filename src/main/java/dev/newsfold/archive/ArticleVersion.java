package dev.newsfold.archive;

import dev.newsfold.coders.ArticleVersionCoder;
import dev.newsfold.collapse.ArticleRecord;
import java.io.Serializable;
import org.apache.beam.sdk.coders.DefaultCoder;

/**
 * One version of an article, as a row of the articles table.
 *
 * @param version 1 for the run that created the article, one more for every run that changed it
 * @param entitiesVersion the version whose body the article's mentions were extracted from, set only
 *     when extraction succeeded; null when its current body has none (entities were off, or the
 *     recognizer failed on it), which the next run with entities on makes up for
 * @param supersededBy set on the last version of an id that no longer names a story: the id that
 *     now holds its canonical copy
 */
@DefaultCoder(ArticleVersionCoder.class)
public record ArticleVersion(ArticleRecord article, int version, Integer entitiesVersion, String supersededBy)
    implements Serializable {

  public String articleId() {
    return article.articleId();
  }

  public boolean isLive() {
    return supersededBy == null;
  }
}
