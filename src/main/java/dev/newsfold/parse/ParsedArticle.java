package dev.newsfold.parse;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One copy parsed: its format, metadata, clean body paragraphs, how many blocks each boilerplate rule
 * removed, and how the body was obtained ({@link ParsedMarkup#extraction()}).
 */
public record ParsedArticle(ArticleFormat format, ArticleMetadata metadata, List<String> paragraphs,
    Map<String, Integer> stripped, String extraction) implements Serializable {

  public ParsedArticle {
    paragraphs = List.copyOf(paragraphs);
    stripped = new TreeMap<>(stripped);
  }

  /** A copy whose body came straight from its format's parser (text, markdown). */
  public ParsedArticle(ArticleFormat format, ArticleMetadata metadata, List<String> paragraphs,
      Map<String, Integer> stripped) {
    this(format, metadata, paragraphs, stripped, format.code());
  }

  public String bodyText() {
    return String.join("\n\n", paragraphs);
  }
}
