package dev.newsfold.collapse;

import dev.newsfold.fingerprint.CopyFingerprint;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Splits a connected component of verified matches into clusters that hold together. The most
 * complete unassigned copy becomes a centre; a copy joins it when it matches the centre or a member
 * already there, is at least half contained in the centre, and overlaps every member checked. A
 * chain A~B~C with A and C unrelated cannot pull C into A's article, not even through a round-up B
 * that contains both; a long centre padded with text of its own does not split its story.
 */
public final class CentreClustering {
  /** A copy's place: its centre (the canonical copy) and its similarity to it. */
  public record Placement(CopyFingerprint copy, CopyFingerprint centre, Similarity similarity) {}

  /** How many of a cluster's members (most complete first) a newcomer is checked against. */
  private static final int MEMBERS_CHECKED = 32;

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
      boolean grew = true;
      while (grew) { // A copy may join through a member that joined in this pass.
        grew = false;
        for (CopyFingerprint other : pending) {
          if (placed.containsKey(other.copyId())) {
            continue;
          }
          Similarity toCentre = Similarity.of(other, centre);
          if (toCentre.containment() < thresholds.minMutualContainment()) {
            continue;
          }
          boolean matched = thresholds.sameStory(toCentre, other.shingleCount(), centre.shingleCount())
              || matchesAMember(other, members, thresholds);
          if (matched && overlapsMembers(other, members, thresholds)) {
            placed.put(other.copyId(), new Placement(other, centre, toCentre));
            members.add(other);
            grew = true;
          }
        }
      }
    }
    return new ArrayList<>(placed.values());
  }

  /** A verified match to a copy already in the cluster: how a copy far from a long centre still joins. */
  private static boolean matchesAMember(CopyFingerprint newcomer, List<CopyFingerprint> members,
      MatchThresholds thresholds) {
    for (CopyFingerprint member : members.subList(0, Math.min(members.size(), MEMBERS_CHECKED))) {
      if (thresholds.sameStory(Similarity.of(newcomer, member), newcomer.shingleCount(), member.shingleCount())) {
        return true;
      }
    }
    return false;
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
