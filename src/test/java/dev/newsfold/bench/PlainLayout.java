package dev.newsfold.bench;

import java.util.List;
import java.util.Locale;

/** Plain-text layout: masthead, headline, byline, date line, caption, paragraphs, footer blocks. */
final class PlainLayout {
  private PlainLayout() {}

  static final double P_HARD_WRAP = 0.25;
  static final double P_CRLF = 0.05;

  static String text(Rng r, CopyRenderer.Copy c, String byline, String dateLine, String caption, String readMore,
      int readMoreAfter, List<String> footer) {
    Outlets.Outlet o = c.outlet();
    boolean wrap = r.chance(P_HARD_WRAP);
    StringBuilder sb = new StringBuilder();
    if (o.masthead() != null) {
      sb.append(o.masthead()).append(r.chance(0.5) ? "\n" : "\n\n"); // scrapes differ on the blank line
      sb.append(dateLine).append("\n\n");
    }
    String title = c.text().title();
    sb.append(o.capsHeadline() ? title.toUpperCase(Locale.ROOT) : title).append("\n\n");
    if (byline != null) {
      sb.append("By ").append(byline).append("\n\n");
    }
    if (o.masthead() == null) {
      sb.append(dateLine).append("\n\n");
    }
    if (caption != null) {
      sb.append(caption).append("\n\n");
    }
    List<String> paragraphs = c.text().paragraphs();
    for (int i = 0; i < paragraphs.size(); i++) {
      sb.append(wrap ? wrap(paragraphs.get(i), 72) : paragraphs.get(i)).append("\n\n");
      if (readMore != null && i + 1 == readMoreAfter && i + 1 < paragraphs.size()) {
        sb.append("Read more: ").append(readMore).append("\n\n");
      }
    }
    sb.append("--\n");
    for (String block : footer) {
      sb.append(wrap ? wrap(block, 72) : block).append("\n\n");
    }
    String out = sb.toString();
    return r.chance(P_CRLF) ? out.replace("\n", "\r\n") : out;
  }

  /** Greedy hard wrap at the given width, as old scrapers and mail gateways do. */
  static String wrap(String text, int width) {
    StringBuilder sb = new StringBuilder(text.length() + 16);
    int lineLength = 0;
    for (String word : text.split(" ")) {
      if (lineLength > 0 && lineLength + 1 + word.length() > width) {
        sb.append('\n');
        lineLength = 0;
      } else if (lineLength > 0) {
        sb.append(' ');
        lineLength++;
      }
      sb.append(word);
      lineLength += word.length();
    }
    return sb.toString();
  }
}
