package dev.newsfold.collapse;

/** How a copy joined its article. The codes are part of the copies table's contract. */
public enum MatchRule {
  /** The only copy of its article. */
  ALONE,
  /** The canonical copy of an article with other copies. */
  CANONICAL,
  /** Same normalized body as the canonical copy. */
  EXACT,
  /** A near duplicate of the canonical copy, verified by Jaccard or containment. */
  NEAR,
  /** An abridged reprint: most of its sentences appear in the canonical copy in the same order. */
  ABRIDGED,
  /** The same story revised the same day: a figure changed (a correction, an update), or it says it corrects. */
  REVISION,
  /** Dated further apart than the fold window, but a long, nearly identical text with the same figures. */
  REPRINT;

  public String code() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
