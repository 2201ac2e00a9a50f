package dev.newsfold.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class MarkdownParserTest {

  private static List<Block> blocks(String markdown) {
    ParsedMarkup parsed = MarkdownParser.parse(markdown);
    assertEquals(ArticleFormat.MARKDOWN, parsed.format());
    return parsed.blocks();
  }

  private static List<String> texts(List<Block> blocks) {
    return blocks.stream().map(Block::text).collect(Collectors.toList());
  }

  @Test
  void headingsParagraphsAndSoftWraps() {
    List<Block> blocks = blocks("# The Title\n\nFirst line of a paragraph\nthat wraps here.\n\n## Sub heading ##\n\nSecond.\n");
    assertEquals(List.of("The Title", "First line of a paragraph that wraps here.", "Sub heading", "Second."),
        texts(blocks));
    assertEquals(Block.Kind.HEADING, blocks.get(0).kind());
    assertEquals(Block.Kind.PARAGRAPH, blocks.get(1).kind());
    assertEquals(Block.Kind.HEADING, blocks.get(2).kind());
  }

  @Test
  void setextHeading() {
    List<Block> blocks = blocks("Big Title\n=========\n\nBody text.");
    assertEquals(Block.Kind.HEADING, blocks.get(0).kind());
    assertEquals("Big Title", blocks.get(0).text());
    assertEquals("Body text.", blocks.get(1).text());
  }

  @Test
  void hashWithoutSpaceIsNotAHeading() {
    List<Block> blocks = blocks("#hashtag trending today");
    assertEquals(Block.Kind.PARAGRAPH, blocks.get(0).kind());
  }

  @Test
  void listItemsQuotesAndImages() {
    List<Block> blocks = blocks("Intro.\n- first item\n* second item\n1. third item\n\n> A quoted\n> line.\n\n![photo](p.jpg)\n");
    assertEquals(List.of(Block.Kind.PARAGRAPH, Block.Kind.LIST_ITEM, Block.Kind.LIST_ITEM, Block.Kind.LIST_ITEM,
        Block.Kind.QUOTE, Block.Kind.IMAGE), blocks.stream().map(Block::kind).collect(Collectors.toList()));
    assertEquals(List.of("Intro.", "first item", "second item", "third item", "A quoted line.", ""), texts(blocks));
  }

  @Test
  void rulesSplitParagraphsAndFencedCodeIsDropped() {
    List<Block> blocks = blocks("One.\n\n* * *\n\nTwo.\n\n```\ncode line\n```\nThree.");
    assertEquals(List.of("One.", "Two.", "Three."), texts(blocks));
  }

  @Test
  void crlfAndBlankLeadingLines() {
    List<Block> blocks = blocks("\r\n\r\n# Title\r\n\r\nFirst\r\nsecond.\r\n");
    assertEquals(List.of("Title", "First second."), texts(blocks));
  }

  @Test
  void emphasisAndCreditsAreCarried() {
    List<Block> blocks = blocks("The Russian Foreign Ministry **Alexander Shcherbak / TASS**\n\n**Related: [x](#)**");
    assertEquals("Alexander Shcherbak / TASS", blocks.get(0).credit());
    assertTrue(blocks.get(1).emphasized());
    assertEquals("Related: x", blocks.get(1).text());
  }

  @Test
  void yearAtStartOfWrappedLineDoesNotStartAList() {
    List<Block> blocks = blocks("The strike began in the spring of\n2024. Workers walked out at dawn.\n");
    assertEquals(List.of("The strike began in the spring of 2024. Workers walked out at dawn."), texts(blocks));
    assertEquals(Block.Kind.PARAGRAPH, blocks.get(0).kind());
  }
}
