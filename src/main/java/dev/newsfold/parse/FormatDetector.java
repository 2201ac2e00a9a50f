package dev.newsfold.parse;

import java.util.Locale;

/**
 * Detects the format from content first and the file name second: scrapers save HTML and Markdown
 * under .txt, and the content is what has to be parsed.
 */
public final class FormatDetector {
  private FormatDetector() {}

  public static ArticleFormat detect(String fileName, String text) {
    String head = stripLeading(text.substring(0, Math.min(text.length(), 4096))).toLowerCase(Locale.ROOT);
    if (looksLikeHtml(head, text)) {
      return ArticleFormat.HTML;
    }
    String name = fileName.toLowerCase(Locale.ROOT).replaceAll("\\.gz$", "");
    if (name.endsWith(".md") || name.endsWith(".markdown") || looksLikeMarkdown(text)) {
      return ArticleFormat.MARKDOWN;
    }
    return ArticleFormat.TEXT;
  }

  private static boolean looksLikeHtml(String head, String text) {
    if (head.startsWith("<!doctype html") || head.startsWith("<html") || head.startsWith("<?xml")
        && head.contains("<html")) {
      return true;
    }
    if (!head.startsWith("<")) {
      return false;
    }
    int tags = 0;
    String sample = text.substring(0, Math.min(text.length(), 16384)).toLowerCase(Locale.ROOT);
    for (String tag : new String[] {"<p>", "<p ", "<div", "<body", "<head", "<article", "<span", "<br"}) {
      int at = -1;
      while ((at = sample.indexOf(tag, at + 1)) >= 0 && tags < 10) {
        tags++;
      }
    }
    return tags >= 2;
  }

  private static boolean looksLikeMarkdown(String text) {
    int score = 0;
    int lines = 0;
    for (String line : text.split("\n", 400)) {
      lines++;
      String l = line.strip();
      if (l.matches("#{1,6} \\S.*")) {
        score += 3;
      } else if (l.contains("](") || l.startsWith("**") || l.startsWith("![")) {
        score += 2;
      } else if (l.startsWith("> ") || l.startsWith("- ") || l.startsWith("* ")) {
        score += 1;
      }
    }
    return score >= 3;
  }

  private static String stripLeading(String s) {
    int i = 0;
    while (i < s.length() && (Character.isWhitespace(s.charAt(i)) || s.charAt(i) == '\uFEFF')) {
      i++;
    }
    return s.substring(i);
  }
}
