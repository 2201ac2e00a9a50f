package dev.newsfold.collapse;

import dev.newsfold.coders.CopyAssignmentCoder;
import java.io.Serializable;
import org.apache.beam.sdk.coders.DefaultCoder;

/**
 * The article a copy folds into and why: its canonical copy, its similarity to it, and the rule
 * that matched it ({@link MatchRule}).
 */
@DefaultCoder(CopyAssignmentCoder.class)
public record CopyAssignment(String copyId, String articleId, String canonicalCopyId, MatchRule rule, double jaccard,
    double containment) implements Serializable {

  public boolean isCanonical() {
    return copyId.equals(canonicalCopyId);
  }
}
