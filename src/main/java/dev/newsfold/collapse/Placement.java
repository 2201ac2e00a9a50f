package dev.newsfold.collapse;

import dev.newsfold.coders.PlacementCoder;
import java.io.Serializable;
import org.apache.beam.sdk.coders.DefaultCoder;

/**
 * Where a representative copy landed: its cluster (keyed by the centre's copy id until the article
 * is assembled and gets its id), the centre, and its similarity to the centre.
 */
@DefaultCoder(PlacementCoder.class)
public record Placement(String articleId, String centreCopyId, double jaccard, double containment, MatchRule rule)
    implements Serializable {}
