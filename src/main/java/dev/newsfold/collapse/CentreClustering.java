package dev.newsfold.collapse;

import dev.newsfold.fingerprint.CopyFingerprint;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Splits a connected component of verified matches into clusters that hold together. The most
 * complete unassigned copy becomes a centre; a copy joins it when it matches the centre or a member
 * already there, overlaps the centre (at least half contained in it, or half its sentences in it in
 * order), overlaps every member checked, and is kept apart (by date or figures) from none of them
 * where both are dated. An undated copy whose figures differ from the centre's joins only through a
 * member whose figures it shares (the undated copy of a brief's correction, centred on the brief).
 * A chain A~B~C with A and C unrelated cannot pull C into A's article, not even through a round-up
 * B that contains both; a chain of daily template stories cannot walk across the calendar; a long
 * centre padded with text of its own does not split its story. A copy that says it corrects the
 * centre, as complete as it and not dated before it, becomes the cluster's canonical copy.
 */
public final class CentreClustering {
  /** A copy's place: its centre (the canonical copy), its similarity to it and the rule that placed it. */
  public record Placement(CopyFingerprint copy, CopyFingerprint centre, Similarity similarity, MatchRule rule) {}

  /** How many of a cluster's members (most complete first) a newcomer is checked against. */
  private static final int MEMBERS_CHECKED = 32;
  /** A correction becomes canonical when its body is at least this share of the centre's. */
  private static final double CORRECTION_MIN_LENGTH_SHARE = 0.8;

  private CentreClustering() {}

  public static List<Placement> cluster(List<CopyFingerprint> component, MatchThresholds thresholds) {
    return cluster(component, new FoldRules(thresholds, FoldRules.DEFAULT_WINDOW_DAYS));
  }

  public static List<Placement> cluster(List<CopyFingerprint> component, FoldRules rules) {
    List<CopyFingerprint> pending = new ArrayList<>(component);
    pending.sort(CopyFingerprint.MOST_COMPLETE_FIRST);
    Map<String, Placement> placed = new LinkedHashMap<>();
    List<Placement> out = new ArrayList<>();
    for (CopyFingerprint centre : pending) {
      if (placed.containsKey(centre.copyId())) {
        continue;
      }
      List<Placement> cluster = new ArrayList<>();
      cluster.add(new Placement(centre, centre, new Similarity(1, 1), MatchRule.CANONICAL));
      placed.put(centre.copyId(), cluster.get(0));
      List<CopyFingerprint> members = new ArrayList<>();
      boolean grew = true;
      while (grew) { // A copy may join through a member that joined in this pass.
        grew = false;
        for (CopyFingerprint other : pending) {
          if (placed.containsKey(other.copyId())) {
            continue;
          }
          FoldRules.Verdict toCentre = rules.judge(other, centre);
          if ((toCentre.keptApart() && bothDated(other, centre)) || !rules.overlap(other, centre, toCentre.similarity())) {
            continue;
          }
          MatchRule rule = toCentre.folds() ? toCentre.rule() : ruleThroughAMember(other, members, rules);
          if (rule != null && fitsMembers(other, members, rules)) {
            Placement p = new Placement(other, centre, toCentre.similarity(), rule);
            placed.put(other.copyId(), p);
            cluster.add(p);
            members.add(other);
            grew = true;
          }
        }
      }
      out.addAll(withCorrectionCanonical(cluster, rules));
    }
    return out;
  }

  /** The rule of a verified match to a copy already in the cluster: how a copy far from a long centre still joins. */
  private static MatchRule ruleThroughAMember(CopyFingerprint newcomer, List<CopyFingerprint> members, FoldRules rules) {
    for (CopyFingerprint member : members.subList(0, Math.min(members.size(), MEMBERS_CHECKED))) {
      FoldRules.Verdict v = rules.judge(newcomer, member);
      if (v.folds()) {
        return v.rule();
      }
    }
    return null;
  }

  /**
   * Copies of one story overlap each other, not only the centre, and no two dated ones are another
   * day's story. An undated member whose figures differ does not bar a dated newcomer that the centre
   * accepts: the undated copy of a corrected brief and the brief before correction are both its copies.
   */
  private static boolean fitsMembers(CopyFingerprint newcomer, List<CopyFingerprint> members, FoldRules rules) {
    for (CopyFingerprint member : members.subList(0, Math.min(members.size(), MEMBERS_CHECKED))) {
      FoldRules.Verdict v = rules.judge(newcomer, member);
      if ((v.keptApart() && bothDated(newcomer, member)) || !rules.overlap(newcomer, member, v.similarity())) {
        return false;
      }
    }
    return true;
  }

  private static boolean bothDated(CopyFingerprint a, CopyFingerprint b) {
    return a.evidence().publishedDate() != null && b.evidence().publishedDate() != null;
  }

  /**
   * A correction of the story, nearly as long as the centre and not dated before it, is the copy to
   * keep: the cluster is re-centred on it, each copy measured against it (its rule kept when it joined
   * through another copy).
   */
  private static List<Placement> withCorrectionCanonical(List<Placement> cluster, FoldRules rules) {
    CopyFingerprint centre = cluster.get(0).copy();
    CopyFingerprint best = null;
    for (Placement p : cluster.subList(1, cluster.size())) {
      CopyFingerprint c = p.copy();
      boolean later = c.evidence().publishedDate() == null || centre.evidence().publishedDate() == null
          || !c.evidence().publishedDate().isBefore(centre.evidence().publishedDate());
      if (c.evidence().isCorrection() && c.evidence().revision() > centre.evidence().revision() && later
          && c.bodyChars() >= CORRECTION_MIN_LENGTH_SHARE * centre.bodyChars()
          && (best == null || c.evidence().revision() > best.evidence().revision())) {
        best = c;
      }
    }
    if (best == null) {
      return cluster;
    }
    List<Placement> recentred = new ArrayList<>();
    recentred.add(new Placement(best, best, new Similarity(1, 1), MatchRule.CANONICAL));
    for (Placement p : cluster) {
      if (p.copy() == best) {
        continue;
      }
      FoldRules.Verdict v = rules.judge(p.copy(), best);
      MatchRule rule = v.folds() ? v.rule() : p.rule() == MatchRule.CANONICAL ? MatchRule.REVISION : p.rule();
      recentred.add(new Placement(p.copy(), best, v.similarity(), rule));
    }
    return recentred;
  }
}
