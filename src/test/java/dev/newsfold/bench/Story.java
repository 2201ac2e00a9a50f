package dev.newsfold.bench;

import java.time.LocalDate;
import java.util.List;

/**
 * One story of the generated corpus before any copy is made of it: the clean text every copy
 * derives from, and the facts bylines and datelines are built from.
 *
 * @param id story id written to the truth file
 * @param kind the truth kind of its files: "story" for normal stories (files are original/copy), else a trap kind
 * @param agency wire agency ("Reuters", "AFP", ...) or null for staff copy
 * @param city dateline city, capitalised normally ("Ashford"); may be null
 * @param source where the text came from: a base file path, "synthetic", or "template:family"
 */
record Story(String id, String kind, String title, List<String> paragraphs, LocalDate date, String agency,
    String reporter, String city, String source) {

  static final String NORMAL = "story";

  Story {
    paragraphs = List.copyOf(paragraphs);
  }

  boolean isTrap() {
    return kind.startsWith("trap_");
  }
}
