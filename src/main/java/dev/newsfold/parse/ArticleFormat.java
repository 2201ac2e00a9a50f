package dev.newsfold.parse;

/** The markup an article file is written in, as detected from its content and name. */
public enum ArticleFormat {
  TEXT, MARKDOWN, HTML;

  public String code() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
