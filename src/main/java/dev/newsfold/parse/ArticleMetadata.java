package dev.newsfold.parse;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

/**
 * Metadata of one copy; a field is null where the copy does not say. The modified date is kept apart
 * from the publication date: an update is not a new publication. {@code rules} names, per
 * field, the rule that produced its value, so that a wrong value can be traced to its cause.
 */
public record ArticleMetadata(String title, String byline, String agency, LocalDate publishedDate,
    String canonicalUrl, String dateline, Map<String, String> rules, LocalDate modifiedDate) implements Serializable {

  public ArticleMetadata {
    rules = new TreeMap<>(rules);
  }

  /** Metadata of a copy that does not say when it was last modified. */
  public ArticleMetadata(String title, String byline, String agency, LocalDate publishedDate, String canonicalUrl,
      String dateline, Map<String, String> rules) {
    this(title, byline, agency, publishedDate, canonicalUrl, dateline, rules, null);
  }

  /** How many of the fields a reader looks for first (title, date, URL) the copy has. */
  public int completeness() {
    return (title != null ? 1 : 0) + (publishedDate != null ? 1 : 0) + (canonicalUrl != null ? 1 : 0)
        + (agency != null || byline != null ? 1 : 0);
  }
}
