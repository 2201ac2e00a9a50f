package dev.newsfold.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Hostile inputs must finish (in linear time, without deep recursion); the timeout is only a hang guard. */
class LinearTimeTest {
  private static final int SIZE = 400 * 1024;
  private static final Duration GUARD = Duration.ofSeconds(10);

  private static String repeatTo(String unit) {
    return unit.repeat(SIZE / unit.length());
  }

  static Stream<Arguments> hostileMarkdown() {
    return Stream.of(
        Arguments.of("stars", repeatTo("*")),
        Arguments.of("underscores", repeatTo("_")),
        Arguments.of("open brackets", repeatTo("[")),
        Arguments.of("open parens", repeatTo("(")),
        Arguments.of("unclosed links", repeatTo("[a](")),
        Arguments.of("unclosed images", repeatTo("![a](")),
        Arguments.of("brackets then parens", repeatTo("[") + repeatTo("](")),
        Arguments.of("word stars", repeatTo("a*")),
        Arguments.of("escapes", repeatTo("\\")),
        Arguments.of("unclosed autolinks", repeatTo("<http")),
        Arguments.of("hashes", "# " + repeatTo(" #") + "x"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("hostileMarkdown")
  void markdownInlineFinishes(String name, String input) {
    MarkdownInline.Inline inline = assertTimeoutPreemptively(GUARD, () -> MarkdownInline.toPlain(input));
    assertNotNull(inline.text());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("hostileMarkdown")
  void markdownParserFinishes(String name, String input) {
    ParsedMarkup parsed = assertTimeoutPreemptively(GUARD, () -> MarkdownParser.parse(input + "\n\n" + input));
    assertNotNull(parsed.blocks());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("hostileMarkdown")
  void articleParserFinishesOnMarkdownAndText(String name, String input) {
    assertNotNull(assertTimeoutPreemptively(GUARD, () -> ArticleParser.parse("x.md", input)));
    assertNotNull(assertTimeoutPreemptively(GUARD, () -> ArticleParser.parse("x.txt", input)));
  }

  @Test
  void unclosedLinksKeepTheirCharacters() {
    String input = repeatTo("[a](");
    assertEquals(input, assertTimeoutPreemptively(GUARD, () -> MarkdownInline.resolveLinks(input)));
  }

  @Test
  void longRunOfLinksResolves() {
    String input = repeatTo("[ab](u) ");
    String plain = assertTimeoutPreemptively(GUARD, () -> MarkdownInline.toPlain(input).text());
    assertTrue(plain.startsWith("ab ab ab"));
    assertEquals(input.length() / 8, plain.split(" ").length);
  }

  private static String nestedDivs(int depth, String inner) {
    return "<div>".repeat(depth) + inner + "</div>".repeat(depth);
  }

  @Test
  void deeplyNestedHtmlDoesNotOverflowTheStack() {
    String sentence = "The deeply nested sentence is still found by the parser after all.";
    String html = "<html><body>" + nestedDivs(20_000, "<p>" + sentence + "</p>") + "</body></html>";
    ParsedMarkup parsed = assertTimeoutPreemptively(GUARD, () -> HtmlParser.parse(html));
    assertTrue(parsed.blocks().stream().anyMatch(b -> b.text().equals(sentence)), parsed.blocks().toString());
  }

  @Test
  void deeplyNestedHtmlThroughArticleParser() {
    String sentence = "The deeply nested sentence is still found by the parser after all.";
    String fragment = nestedDivs(20_000, "<p>" + sentence + "</p>");
    ParsedArticle article = assertTimeoutPreemptively(GUARD, () -> ArticleParser.parse("deep.txt", fragment));
    assertEquals(ArticleFormat.HTML, article.format());
    assertTrue(article.paragraphs().contains(sentence), article.paragraphs().toString());
    ParsedArticle unclosed = assertTimeoutPreemptively(GUARD,
        () -> ArticleParser.parse("deep.html", "<div>".repeat(20_000) + "<p>" + sentence));
    assertTrue(unclosed.paragraphs().contains(sentence), unclosed.paragraphs().toString());
  }

  @Test
  void hostileTextInsideHtmlFinishes() {
    for (String unit : new String[] {"*", "[", "(", "[a]("}) {
      String html = "<html><body><p>" + repeatTo(unit) + "</p></body></html>";
      ParsedArticle article = assertTimeoutPreemptively(GUARD, () -> ArticleParser.parse("x.html", html));
      assertEquals(ArticleFormat.HTML, article.format());
    }
  }
}
