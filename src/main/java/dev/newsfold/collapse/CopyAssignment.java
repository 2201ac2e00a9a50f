package dev.newsfold.collapse;

import dev.newsfold.coders.CopyAssignmentCoder;
import java.io.Serializable;
import org.apache.beam.sdk.coders.DefaultCoder;

/**
 * The article a copy folds into and why: its canonical copy, its similarity to it, and the rule
 * that matched it ({@link MatchRule}).
 *
 * @param bodyRecursFrom for a body sent again after the fold window (a later span of its exact
 *     duplicates), the ISO date that span starts on; null for a body's first span. It keeps the ids
 *     of two stories with one body apart ({@link ArticleAssembler#articleId}).
 */
@DefaultCoder(CopyAssignmentCoder.class)
public record CopyAssignment(String copyId, String articleId, String canonicalCopyId, MatchRule rule, double jaccard,
    double containment, String bodyRecursFrom) implements Serializable {

  /** The assignment of a body's first span. */
  public CopyAssignment(String copyId, String articleId, String canonicalCopyId, MatchRule rule, double jaccard,
      double containment) {
    this(copyId, articleId, canonicalCopyId, rule, jaccard, containment, null);
  }

  public boolean isCanonical() {
    return copyId.equals(canonicalCopyId);
  }
}
