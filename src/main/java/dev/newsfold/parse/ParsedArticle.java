package dev.newsfold.parse;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One copy parsed: its format, metadata, clean body paragraphs, how many blocks each boilerplate rule
 * removed, and how the body was obtained ({@link ParsedMarkup#extraction()}).
 *
 * @param furnitureKeys the corpus paragraph keys of the page's paragraphs that are not in the body (an
 *     HTML page's furniture, which the extractor left out): evidence for corpus boilerplate, so that a
 *     site's footer, dropped from its HTML pages, is still known as the site's when its text exports
 *     carry it in the body; empty for text and Markdown
 */
public record ParsedArticle(ArticleFormat format, ArticleMetadata metadata, List<String> paragraphs,
    Map<String, Integer> stripped, String extraction, long[] furnitureKeys) implements Serializable {

  public ParsedArticle {
    paragraphs = List.copyOf(paragraphs);
    stripped = new TreeMap<>(stripped);
    furnitureKeys = furnitureKeys == null ? new long[0] : furnitureKeys;
  }

  public ParsedArticle(ArticleFormat format, ArticleMetadata metadata, List<String> paragraphs,
      Map<String, Integer> stripped, String extraction) {
    this(format, metadata, paragraphs, stripped, extraction, null);
  }

  /** A copy whose body came straight from its format's parser (text, markdown). */
  public ParsedArticle(ArticleFormat format, ArticleMetadata metadata, List<String> paragraphs,
      Map<String, Integer> stripped) {
    this(format, metadata, paragraphs, stripped, format.code());
  }

  public String bodyText() {
    return String.join("\n\n", paragraphs);
  }

  /** {@code bodyText().length()}, without building the text. */
  public int bodyLength() {
    int length = paragraphs.isEmpty() ? 0 : 2 * (paragraphs.size() - 1);
    for (String paragraph : paragraphs) {
      length += paragraph.length();
    }
    return length;
  }
}
