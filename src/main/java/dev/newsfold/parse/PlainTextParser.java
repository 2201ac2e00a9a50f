package dev.newsfold.parse;

import java.util.ArrayList;
import java.util.List;

/**
 * Plain text to blocks. Scrapes come either with one paragraph per line or hard-wrapped with blank
 * lines between paragraphs; the layout is read off the text, not assumed.
 */
public final class PlainTextParser {
  /** Lines shorter than this on average, in multi-line chunks, are hard-wrapped prose. */
  private static final int WRAPPED_LINE_LENGTH = 100;

  private PlainTextParser() {}

  public static ParsedMarkup parse(String text) {
    List<List<String>> chunks = chunks(text);
    boolean wrapped = isHardWrapped(chunks);
    List<Block> blocks = new ArrayList<>();
    for (List<String> chunk : chunks) {
      if (wrapped) {
        blocks.add(Block.paragraph(String.join(" ", chunk)));
      } else {
        for (String line : chunk) {
          blocks.add(Block.paragraph(line));
        }
      }
    }
    return new ParsedMarkup(ArticleFormat.TEXT, blocks, List.of());
  }

  /** Non-blank lines grouped by blank lines, stripped, control characters removed. */
  static List<List<String>> chunks(String text) {
    List<List<String>> chunks = new ArrayList<>();
    List<String> current = new ArrayList<>();
    for (String rawLine : Lines.split(text)) {
      String line = Lines.clean(rawLine);
      if (line.isEmpty()) {
        if (!current.isEmpty()) {
          chunks.add(current);
          current = new ArrayList<>();
        }
      } else {
        current.add(line);
      }
    }
    if (!current.isEmpty()) {
      chunks.add(current);
    }
    return chunks;
  }

  /**
   * Hard-wrapped when the chunks of several lines hold most of the text and their lines are short. A
   * header of a few short lines (a section path over a date line) above one-line paragraphs is not
   * wrapped prose: its lines stay apart, so that the date line is seen as one.
   */
  private static boolean isHardWrapped(List<List<String>> chunks) {
    long lines = 0;
    long chars = 0;
    long allChars = 0;
    for (List<String> chunk : chunks) {
      for (String line : chunk) {
        allChars += line.length();
        if (chunk.size() > 1) {
          lines++;
          chars += line.length();
        }
      }
    }
    return lines > 0 && chunks.size() > 1 && chars / lines < WRAPPED_LINE_LENGTH && 2 * chars > allChars;
  }
}
