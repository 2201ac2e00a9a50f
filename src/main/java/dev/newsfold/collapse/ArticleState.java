package dev.newsfold.collapse;

import dev.newsfold.coders.ArticleStateCoder;
import java.io.Serializable;
import java.util.List;
import org.apache.beam.sdk.coders.DefaultCoder;

/** An article as this run sees it, with the place of each of its copies (sorted by copy id). */
@DefaultCoder(ArticleStateCoder.class)
public record ArticleState(ArticleRecord article, List<CopyAssignment> assignments) implements Serializable {
  public ArticleState {
    assignments = List.copyOf(assignments);
  }
}
