package dev.newsfold.collapse;

import dev.newsfold.coders.ArticleRecordCoder;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.beam.sdk.coders.DefaultCoder;

/**
 * One article: the canonical copy's body, each metadata field from the best copy that has it, and
 * {@code fieldSources} naming the copy each field came from.
 */
@DefaultCoder(ArticleRecordCoder.class)
public record ArticleRecord(String articleId, String canonicalCopyId, String title, String byline, String agency,
    LocalDate publishedDate, List<String> urls, String dateline, String bodyText, int wordCount, List<String> copyIds,
    List<String> sources, Map<String, String> fieldSources) implements Serializable {

  public int copyCount() {
    return copyIds.size();
  }
}
