package dev.newsfold.model;

import java.util.Locale;

/**
 * What an input file holds, by its name: one article, or many records (a web archive, JSON Lines).
 * Named by extension because a record container must be read as one before its content is seen.
 */
public enum InputKind {
  ARTICLE_FILE,
  /** .warc, .warc.gz: WARC records, gzipped one by one or not at all. */
  WARC,
  /** .jsonl, .ndjson (gzipped or not): one JSON object per line. */
  JSON_LINES;

  public static InputKind of(String path) {
    String name = path.toLowerCase(Locale.ROOT);
    if (name.endsWith(".gz")) {
      name = name.substring(0, name.length() - 3);
    }
    if (name.endsWith(".warc")) {
      return WARC;
    }
    if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
      return JSON_LINES;
    }
    return ARTICLE_FILE;
  }

  public boolean holdsRecords() {
    return this != ARTICLE_FILE;
  }
}
