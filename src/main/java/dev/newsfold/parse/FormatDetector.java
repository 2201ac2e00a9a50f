package dev.newsfold.parse;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Detects the format from content first and the file name second: scrapers save HTML and Markdown
 * under .txt, and the content is what has to be parsed. HTML is found wherever it starts in the
 * first kilobytes: after whitespace, a BOM, an XML prolog, comments, saved HTTP headers or a wrapper.
 */
public final class FormatDetector {
  private static final Pattern MARKDOWN_HEADING = Pattern.compile("#{1,6} \\S.*");

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
    // The document's own structure in the first kilobytes: a doctype, or <html> with <head> or <body>.
    if (hasTag(head, "<!doctype html") || hasTag(head, "<html") && (hasTag(head, "<head") || hasTag(head, "<body"))) {
      return true;
    }
    head = withoutHttpHeaders(head);
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

  /** True when the lower-cased text holds the tag opening, followed by the end of a tag name. */
  private static boolean hasTag(String head, String open) {
    for (int at = head.indexOf(open); at >= 0; at = head.indexOf(open, at + 1)) {
      int end = at + open.length();
      if (end == head.length() || " \t\r\n>/".indexOf(head.charAt(end)) >= 0) {
        return true;
      }
    }
    return false;
  }

  /** The text after a block of saved HTTP response headers ("HTTP/1.1 200 OK", "Name: value" lines). */
  private static String withoutHttpHeaders(String head) {
    if (!head.startsWith("http/")) {
      return head;
    }
    int blank = head.indexOf("\n\n");
    int crlf = head.indexOf("\r\n\r\n");
    int end = blank < 0 ? crlf : crlf < 0 ? blank : Math.min(blank, crlf);
    return end < 0 ? head : stripLeading(head.substring(end));
  }

  private static boolean looksLikeMarkdown(String text) {
    int score = 0;
    int lines = 0;
    for (String line : text.split("\n", 400)) {
      lines++;
      String l = line.strip();
      if (MARKDOWN_HEADING.matcher(l).matches()) {
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
