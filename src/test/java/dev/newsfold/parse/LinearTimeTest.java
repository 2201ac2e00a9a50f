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
        Arguments.of("stars then a word", repeatTo("*") + "x"),
        Arguments.of("a word then stars", "x" + repeatTo("*") + " x"),
        Arguments.of("underscores then a word", repeatTo("_") + "x"),
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

  /** The costlier end-to-end parse runs on the four classic shapes only. */
  static Stream<Arguments> classicShapes() {
    return Stream.of(
        Arguments.of("stars then a word", repeatTo("*") + "x"),
        Arguments.of("open brackets", repeatTo("[")),
        Arguments.of("open parens", repeatTo("(")),
        Arguments.of("unclosed links", repeatTo("[a](")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("classicShapes")
  void articleParserFinishesOnMarkdown(String name, String input) {
    ParsedArticle article = assertTimeoutPreemptively(GUARD, () -> ArticleParser.parse("x.md", input));
    assertEquals(ArticleFormat.MARKDOWN, article.format());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("classicShapes")
  void articleParserFinishesOnHtml(String name, String input) {
    String html = "<html><body><p>" + input + "</p></body></html>";
    ParsedArticle article = assertTimeoutPreemptively(GUARD, () -> ArticleParser.parse("x.html", html));
    assertEquals(ArticleFormat.HTML, article.format());
  }

  @Test
  void pureRunsOfEmphasisMarkersFinish() {
    for (String unit : new String[] {"*", "_"}) {
      String run = repeatTo(unit);
      assertNotNull(assertTimeoutPreemptively(GUARD, () -> MarkdownInline.toPlain(run)));
      assertNotNull(assertTimeoutPreemptively(GUARD, () -> MarkdownParser.parse("x " + run)));
      assertNotNull(assertTimeoutPreemptively(GUARD, () -> ArticleParser.parse("x.md", "x " + run)));
    }
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
    String fragment = nestedDivs(20_000, "<p>" + sentence + "</p>");
    // A wider guard: this parse is superlinear in depth (see deeplyNestedHtmlOf400KbFinishes) and slow on a busy machine.
    ParsedArticle article =
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> ArticleParser.parse("deep.txt", fragment));
    assertEquals(ArticleFormat.HTML, article.format());
    assertTrue(article.paragraphs().contains(sentence), article.paragraphs().toString());
  }

  @Test
  void deeplyNestedHtmlOf400KbFinishes() {
    String sentence = "The deeply nested sentence is still found by the parser after all.";
    String html = "<html><body>" + nestedDivs(80_000, "<p>" + sentence + "</p>") + "</body></html>";
    ParsedMarkup parsed = assertTimeoutPreemptively(GUARD, () -> HtmlParser.parse(html));
    assertTrue(parsed.blocks().stream().anyMatch(b -> b.text().equals(sentence)));
  }
}
