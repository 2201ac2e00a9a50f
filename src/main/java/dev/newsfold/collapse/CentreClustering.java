package dev.newsfold.collapse;

import dev.newsfold.fingerprint.CopyFingerprint;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Splits a connected component of candidate matches into clusters that hold together: the most
 * complete unassigned copy becomes a centre, and a copy joins it only if it matches the centre
 * itself and overlaps the members already there. A chain A~B~C with A and C unrelated cannot pull C
 * into A's article, not even through a round-up B that contains both.
 */
public final class CentreClustering {
  /** A copy's place: its centre (the canonical copy) and its similarity to it. */
  public record Placement(CopyFingerprint copy, CopyFingerprint centre, Similarity similarity) {}

  /** How many of a cluster's members (most complete first) a newcomer is checked against. */
  private static final int MEMBERS_CHECKED = 16;

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
      List<CopyFingerprint> members = new ArrayList<>();
      for (CopyFingerprint other : pending) {
        if (placed.containsKey(other.copyId())) {
          continue;
        }
        Similarity s = Similarity.of(other, centre);
        if (thresholds.sameStory(s, other.shingleCount(), centre.shingleCount())
            && overlapsMembers(other, members, thresholds)) {
          placed.put(other.copyId(), new Placement(other, centre, s));
          members.add(other);
        }
      }
    }
    return new ArrayList<>(placed.values());
  }

  /** Copies of one story overlap each other, not only the centre: two halves of a round-up do not. */
  private static boolean overlapsMembers(CopyFingerprint newcomer, List<CopyFingerprint> members,
      MatchThresholds thresholds) {
    for (CopyFingerprint member : members.subList(0, Math.min(members.size(), MEMBERS_CHECKED))) {
      if (Similarity.of(newcomer, member).containment() < thresholds.minMutualContainment()) {
        return false;
      }
    }
    return true;
  }
}
