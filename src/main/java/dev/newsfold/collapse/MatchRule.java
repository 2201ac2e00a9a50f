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
  NEAR;

  public String code() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
