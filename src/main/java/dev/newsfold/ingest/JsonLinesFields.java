package dev.newsfold.ingest;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

/**
 * Which fields of a JSON Lines record hold what. Each is a list tried in order; the first field
 * holding a non-empty value wins. The text field may hold plain text, Markdown or HTML.
 */
public record JsonLinesFields(List<String> text, List<String> url, List<String> date, List<String> title,
    List<String> id) implements Serializable {
  public static final JsonLinesFields DEFAULT = new JsonLinesFields(List.of("text", "html", "content"),
      List.of("url"), List.of("date", "published"), List.of("title"), List.of("id"));

  /** From the options' comma-separated lists. */
  public static JsonLinesFields of(String text, String url, String date, String title, String id) {
    return new JsonLinesFields(names(text), names(url), names(date), names(title), names(id));
  }

  private static List<String> names(String commaSeparated) {
    return Arrays.stream(commaSeparated.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }
}
