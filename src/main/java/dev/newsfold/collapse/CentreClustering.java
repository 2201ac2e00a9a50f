package dev.newsfold.collapse;

import dev.newsfold.fingerprint.CopyFingerprint;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Splits a connected component of candidate matches into clusters that hold together: the most
 * complete unassigned copy becomes a centre, and a copy joins it only if it matches the centre
 * itself. A chain A~B~C with A and C unrelated cannot pull C into A's article.
 */
public final class CentreClustering {
  /** A copy's place: its centre (the canonical copy) and its similarity to it. */
  public record Placement(CopyFingerprint copy, CopyFingerprint centre, Similarity similarity) {}

  private CentreClustering() {}

  public static List<Placement> cluster(List<CopyFingerprint> component, MatchThresholds thresholds) {
    List<CopyFingerprint> pending = new ArrayList<>(component);
    pending.sort(CopyFingerprint.MOST_COMPLETE_FIRST);
    Map<String, Placement> placed = new LinkedHashMap<>();
    for (CopyFingerprint centre : pending) {
      if (placed.containsKey(centre.copyId())) {
        continue;
      }
      placed.put(centre.copyId(), new Placement(centre, centre, new Similarity(1, 1)));
      for (CopyFingerprint other : pending) {
        if (placed.containsKey(other.copyId())) {
          continue;
        }
        Similarity s = Similarity.of(other.shingles(), centre.shingles());
        if (thresholds.sameStory(s, other.shingles().length, centre.shingles().length)) {
          placed.put(other.copyId(), new Placement(other, centre, s));
        }
      }
    }
    return new ArrayList<>(placed.values());
  }
}
