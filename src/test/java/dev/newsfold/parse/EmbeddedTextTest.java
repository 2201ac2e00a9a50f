package dev.newsfold.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class EmbeddedTextTest {
  private static final String HEADLINE = "Harbour council votes to rebuild the old pier";

  private static String sentence(int i) {
    return "Sentence " + i + " of the story says what the council decided on Tuesday, and why it matters to the town.";
  }

  /** A client-side store: the article (headline, body as rich-text nodes, author bio) and a related article. */
  private static String store() {
    StringBuilder body = new StringBuilder();
    for (int i = 0; i < 6; i++) {
      body.append(i == 0 ? "" : ",").append("{\"type\":\"p\",\"children\":[{\"type\":\"text\",\"data\":\"")
          .append(sentence(i)).append("\"}]}");
    }
    return "window.__STATE__ = {\"ROOT\":{\"related.0\":{\"headline\":\"Another story entirely about the weather\","
        + "\"summary\":\"" + "A related article's summary that is long enough to read as prose, and it ends. ".repeat(3)
        + "\"},\"content\":{\"headline\":\"" + HEADLINE + "\",\"id\":\"a-1\",\"body\":{\"json\":[" + body
        + "]}}}};";
  }

  private static String texts(List<Block> blocks) {
    return blocks.stream().map(Block::text).collect(Collectors.joining("\n"));
  }

  @Test
  void theObjectCarryingThePageTitleGivesItsProseInOrder() {
    List<Block> blocks = EmbeddedText.fromScripts(List.of("var x = 1;", store()), List.of(HEADLINE + " | Courier"));
    assertEquals(6, blocks.size(), texts(blocks));
    assertTrue(blocks.get(0).text().startsWith("Sentence 0"));
    assertFalse(texts(blocks).contains("related article"), "another article in the same store is not taken");
  }

  @Test
  void jsonLdArticleBodyIsReadAsParagraphs() {
    String ld = "{\"@type\":\"NewsArticle\",\"headline\":\"" + HEADLINE + "\",\"articleBody\":\"" + sentence(1)
        + "\\n\\n" + sentence(2) + " ".repeat(400) + "\"}";
    assertEquals(2, EmbeddedText.fromScripts(List.of(ld), List.of(HEADLINE)).size());
  }

  @Test
  void noTitleMatchOrNoJsonGivesNothing() {
    assertTrue(EmbeddedText.fromScripts(List.of(store()), List.of("A different page altogether")).isEmpty());
    assertTrue(EmbeddedText.fromScripts(List.of("function f() { return {a: 1}; }" + " ".repeat(600)),
        List.of(HEADLINE)).isEmpty());
  }

  @Test
  void aPageWhoseArticleIsOnlyInAScriptGetsItsBody() {
    String html = "<html><head><title>" + HEADLINE + "</title><script>" + store() + "</script></head>"
        + "<body><div id='app'><nav><a href='/'>Home</a></nav></div></body></html>";
    ParsedMarkup parsed = HtmlParser.parse(html);
    assertEquals("embedded_json", parsed.extraction());
    assertTrue(parsed.blocks().get(0).text().startsWith("Sentence 0"));
  }

  @Test
  void anHtmlBodyIsNeverReplacedByAShorterScriptText() {
    StringBuilder paragraphs = new StringBuilder();
    for (int i = 0; i < 12; i++) {
      paragraphs.append("<p>").append(sentence(100 + i)).append("</p>");
    }
    String html = "<html><head><title>" + HEADLINE + "</title><script>" + store() + "</script></head>"
        + "<body><article>" + paragraphs + "</article></body></html>";
    assertEquals("main_content", HtmlParser.parse(html).extraction());
  }
}
