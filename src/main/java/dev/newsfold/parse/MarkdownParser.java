package dev.newsfold.parse;

import java.util.ArrayList;
import java.util.List;

/** Markdown to blocks: headings, paragraphs (soft wraps joined), list items, quotes, images. */
public final class MarkdownParser {
  private MarkdownParser() {}

  public static ParsedMarkup parse(String text) {
    List<Block> blocks = new ArrayList<>();
    List<String> paragraph = new ArrayList<>();
    Block.Kind paragraphKind = Block.Kind.PARAGRAPH;
    boolean inFence = false;
    for (String raw : Lines.split(text)) {
      String line = Lines.clean(raw);
      if (line.startsWith("```") || line.startsWith("~~~")) {
        inFence = !inFence;
        continue;
      }
      if (inFence) {
        continue; // Code listings are not article prose.
      }
      if (line.isEmpty() || isRule(line)) {
        flush(blocks, paragraph, paragraphKind);
        continue;
      }
      if (isSetextUnderline(line) && paragraph.size() == 1) {
        blocks.add(block(Block.Kind.HEADING, paragraph.get(0)));
        paragraph.clear();
        continue;
      }
      int level = headingLevel(line);
      if (level > 0) {
        flush(blocks, paragraph, paragraphKind);
        blocks.add(block(Block.Kind.HEADING, line.substring(level).replaceAll("\\s#+$", "")));
        continue;
      }
      String item = listItemText(line, paragraph.isEmpty());
      if (item != null) {
        flush(blocks, paragraph, paragraphKind);
        blocks.add(block(Block.Kind.LIST_ITEM, item));
        continue;
      }
      Block.Kind kind = Block.Kind.PARAGRAPH;
      if (line.startsWith(">")) {
        line = line.substring(1).strip();
        kind = Block.Kind.QUOTE;
      }
      if (!paragraph.isEmpty() && kind != paragraphKind) {
        flush(blocks, paragraph, paragraphKind);
      }
      paragraphKind = kind;
      paragraph.add(line);
    }
    flush(blocks, paragraph, paragraphKind);
    return new ParsedMarkup(ArticleFormat.MARKDOWN, blocks, List.of());
  }

  private static void flush(List<Block> blocks, List<String> paragraph, Block.Kind kind) {
    if (!paragraph.isEmpty()) {
      blocks.add(block(kind, String.join(" ", paragraph)));
      paragraph.clear();
    }
  }

  private static Block block(Block.Kind kind, String markdown) {
    MarkdownInline.Inline inline = MarkdownInline.toPlain(markdown);
    Block.Kind finalKind = inline.imageOnly() ? Block.Kind.IMAGE : kind;
    return new Block(finalKind, inline.text(), inline.emphasized(), inline.trailingEmphasis());
  }

  private static int headingLevel(String line) {
    int level = 0;
    while (level < line.length() && level < 7 && line.charAt(level) == '#') {
      level++;
    }
    return level >= 1 && level <= 6 && level < line.length() && line.charAt(level) == ' ' ? level : 0;
  }

  /** A list item's text, or null. A numbered item interrupts a paragraph only when it is "1." (as CommonMark): "2024. Workers ..." in wrapped prose is not a list. */
  private static String listItemText(String line, boolean atBlockStart) {
    if (line.length() > 2 && (line.charAt(0) == '-' || line.charAt(0) == '*' || line.charAt(0) == '+')
        && line.charAt(1) == ' ') {
      return line.substring(2);
    }
    int i = 0;
    while (i < line.length() && i < 4 && Character.isDigit(line.charAt(i))) {
      i++;
    }
    boolean mayStartList = atBlockStart || line.startsWith("1.") || line.startsWith("1)");
    if (i > 0 && mayStartList && i + 1 < line.length() && (line.charAt(i) == '.' || line.charAt(i) == ')')
        && line.charAt(i + 1) == ' ') {
      return line.substring(i + 2);
    }
    return null;
  }

  private static boolean isRule(String line) {
    String compact = line.replace(" ", "");
    return compact.length() >= 3 && (compact.chars().allMatch(c -> c == '-') || compact.chars().allMatch(c -> c == '*')
        || compact.chars().allMatch(c -> c == '_'));
  }

  private static boolean isSetextUnderline(String line) {
    return line.length() >= 3 && line.chars().allMatch(c -> c == '=');
  }
}
