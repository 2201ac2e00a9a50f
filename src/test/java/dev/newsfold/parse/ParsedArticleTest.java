package dev.newsfold.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The body's length is counted without joining it, and equals the joined body's. */
class ParsedArticleTest {
  private static final ArticleMetadata NONE = new ArticleMetadata(null, null, null, null, null, null, Map.of());

  @Test
  void bodyLengthIsTheJoinedBodysLength() {
    for (List<String> paragraphs : List.of(List.<String>of(), List.of(""), List.of("One."),
        List.of("One.", "Two \u2019 words.", ""), List.of("\uD83D\uDE00 emoji", "caf\u00e9"))) {
      ParsedArticle article = new ParsedArticle(ArticleFormat.TEXT, NONE, paragraphs, Map.of());
      assertEquals(article.bodyText().length(), article.bodyLength(), paragraphs.toString());
    }
  }
}
