package dev.newsfold.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class MarkdownInlineTest {

  private static String plain(String markdown) {
    return MarkdownInline.toPlain(markdown).text();
  }

  @Test
  void linksKeepTheirText() {
    assertEquals("Read the report from the ministry today.",
        plain("Read the [report from the ministry](https://example.org/a?b=c) today."));
    assertEquals("By AFP", plain("By [AFP](#)"));
    assertEquals("one and two", plain("[one](u1) and [two](u2)"));
  }

  @Test
  void imagesAreDropped() {
    MarkdownInline.Inline image = MarkdownInline.toPlain("![A port crane](https://img.example/crane.jpg)");
    assertEquals("", image.text());
    assertTrue(image.imageOnly());
    MarkdownInline.Inline mixed = MarkdownInline.toPlain("Before ![alt text](x.png) after");
    assertEquals("Before after", mixed.text());
    assertFalse(mixed.imageOnly());
  }

  @Test
  void boldAndItalicMarkersAreRemoved() {
    assertEquals("bold and italic and both and under",
        plain("**bold** and *italic* and ***both*** and __under__"));
    assertEquals("Bold link", plain("[**Bold** link](u)"));
  }

  @Test
  void intrawordUnderscoresAreKept() {
    assertEquals("the snake_case_name and max_value stay", plain("the snake_case_name and max_value stay"));
    assertEquals("an emphasised word", plain("an _emphasised_ word"));
  }

  @Test
  void loneAsterisksBetweenSpacesAreKept() {
    assertEquals("5 * 3 = 15", plain("5 * 3 = 15"));
  }

  @Test
  void escapesAreResolved() {
    assertEquals("[not a link](x)", plain("\\[not a link\\](x)"));
    assertEquals("C:\\path", plain("C:\\path")); // not punctuation: the backslash stays
    assertEquals("a # b", plain("a \\# b"));
  }

  @Test
  void escapedEmphasisCharactersStayLiteral() {
    assertEquals("*literal stars*", plain("\\*literal stars\\*"));
    assertEquals("__init__", plain("\\_\\_init\\_\\_"));
  }

  @Test
  void blockEndingInARunOfMarkersDoesNotThrow() {
    assertEquals("The verdict was guilty", plain("The verdict was ***guilty***"));
    assertEquals("He rated the film *****", plain("He rated the film *****"));
    assertEquals(List.of("The verdict was guilty"),
        ArticleParser.parse("x.md", "# Title\n\nThe verdict was ***guilty***\n").paragraphs());
  }

  @Test
  void autolinksBecomeTheirUrl() {
    assertEquals("https://www.example.com/a/b", plain("<https://www.example.com/a/b>"));
  }

  @Test
  void bracketsWithoutTargetStay() {
    assertEquals("[sic] (quoted)", plain("[sic] (quoted)"));
    assertEquals("a [b](c d", plain("a [b](c d"));
  }

  @Test
  void whollyEmphasizedBlockIsFlagged() {
    MarkdownInline.Inline related = MarkdownInline.toPlain("**Related article: [Some headline](#)**");
    assertTrue(related.emphasized());
    assertEquals("Related article: Some headline", related.text());
    assertFalse(MarkdownInline.toPlain("Plain **partly bold** text").emphasized());
  }

  @Test
  void trailingEmphasisIsTheCredit() {
    MarkdownInline.Inline caption = MarkdownInline.toPlain("The Russian Foreign Ministry **Alexander Shcherbak / TASS**");
    assertEquals("Alexander Shcherbak / TASS", caption.trailingEmphasis());
    assertEquals("The Russian Foreign Ministry Alexander Shcherbak / TASS", caption.text());
    assertFalse(caption.emphasized());
    assertEquals("", MarkdownInline.toPlain("No credit here.").trailingEmphasis());
  }
}
