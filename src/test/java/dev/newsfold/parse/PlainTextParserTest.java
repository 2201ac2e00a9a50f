package dev.newsfold.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class PlainTextParserTest {
  private static final String P1 = "The port of Lisbon was brought to a standstill on Wednesday as dockworkers walked"
      + " out over pay, halting container traffic at the busiest terminals.";
  private static final String P2 = "Union leaders said the strike would last 48 hours unless the operators returned"
      + " to the table with a better offer on shift allowances.";
  private static final String P3 = "Shipping lines diverted several vessels to Sines and Leixoes, port officials said.";

  private static List<String> texts(String text) {
    ParsedMarkup parsed = PlainTextParser.parse(text);
    assertEquals(ArticleFormat.TEXT, parsed.format());
    parsed.blocks().forEach(b -> assertEquals(Block.Kind.PARAGRAPH, b.kind()));
    return parsed.blocks().stream().map(Block::text).collect(Collectors.toList());
  }

  /** Hard-wraps text at about {@code width} characters. */
  private static String wrap(String text, int width) {
    StringBuilder out = new StringBuilder();
    int lineLength = 0;
    for (String word : text.split(" ")) {
      if (lineLength > 0 && lineLength + 1 + word.length() > width) {
        out.append('\n');
        lineLength = 0;
      } else if (lineLength > 0) {
        out.append(' ');
        lineLength++;
      }
      out.append(word);
      lineLength += word.length();
    }
    return out.toString();
  }

  @Test
  void oneParagraphPerLine() {
    assertEquals(List.of(P1, P2, P3), texts(P1 + "\n" + P2 + "\n" + P3 + "\n"));
  }

  @Test
  void oneParagraphPerLineWithBlankLinesBetween() {
    assertEquals(List.of(P1, P2, P3), texts(P1 + "\n\n" + P2 + "\n\n" + P3));
  }

  @Test
  void hardWrappedParagraphsAreJoined() {
    String text = wrap(P1, 60) + "\n\n" + wrap(P2, 60) + "\n\n" + wrap(P3, 60) + "\n";
    assertEquals(List.of(P1, P2, P3), texts(text));
  }

  @Test
  void aShortHeaderAboveOneLineParagraphsIsNotWrappedProse() {
    String header = "Estuary Times > News\n1 Mar 2024 - 11:37 | Reuters\n\n";
    assertEquals(List.of("Estuary Times > News", "1 Mar 2024 - 11:37 | Reuters", P1, P2, P3),
        texts(header + P1 + "\n\n" + P2 + "\n\n" + P3 + "\n"));
  }

  @Test
  void crlfGivesTheSameBlocks() {
    String wrapped = wrap(P1, 60) + "\n\n" + wrap(P2, 60) + "\n";
    assertEquals(texts(wrapped), texts(wrapped.replace("\n", "\r\n")));
    assertEquals(List.of(P1, P2), texts(wrapped.replace("\n", "\r\n")));
    String perLine = P1 + "\r\n" + P2 + "\r\n" + P3;
    assertEquals(List.of(P1, P2, P3), texts(perLine));
    assertEquals(List.of(P1, P2, P3), texts(P1 + "\r" + P2 + "\r" + P3)); // old Mac line ends
  }

  @Test
  void whitespaceAndControlCharactersAreCleaned() {
    assertEquals(List.of("Tab separated words here"), texts("\uFEFF  Tab\tseparated \u0007words\u00A0here  \n\n\n"));
  }

  @Test
  void emptyTextGivesNoBlocks() {
    assertEquals(List.of(), texts(" \n\r\n \t\n"));
  }
}
