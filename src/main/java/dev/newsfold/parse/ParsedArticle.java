package dev.newsfold.parse;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** One copy parsed: its format, metadata, clean body paragraphs, and how many blocks each boilerplate rule removed. */
public record ParsedArticle(ArticleFormat format, ArticleMetadata metadata, List<String> paragraphs,
    Map<String, Integer> stripped) implements Serializable {

  public ParsedArticle {
    paragraphs = List.copyOf(paragraphs);
    stripped = new TreeMap<>(stripped);
  }

  public String bodyText() {
    return String.join("\n\n", paragraphs);
  }
}
