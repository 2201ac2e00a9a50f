package dev.newsfold.collapse;

import dev.newsfold.fingerprint.ShingledText;
import dev.newsfold.fingerprint.StoryEvidence;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Whether two copies are one story, and why. Wording proposes (Jaccard, containment, or the
 * shorter copy's sentences found in order in the longer: an abridged reprint); time and figures
 * dispose. Copies dated further apart than the window are different stories unless the evidence
 * is overwhelming (a long text, nearly identical, with the same figures). Short texts in which each
 * copy has a figure the other lacks are one story corrected when dated the same day and most figures
 * stay and the words around them stay, and different events (a daily rate, an index close, a results
 * brief) otherwise, including when a date is missing or when, on one day, nearly every figure changed
 * or the wording changed with them (another firm's or another bank's brief of the same template).
 *
 * @param foldWindowDays copies dated more days apart than this are kept apart
 */
public record FoldRules(MatchThresholds thresholds, int foldWindowDays) implements Serializable {
  public static final int DEFAULT_WINDOW_DAYS = 3;
  public static final FoldRules DEFAULT = new FoldRules(MatchThresholds.DEFAULT, DEFAULT_WINDOW_DAYS);

  /** Abridged: at least this share of the shorter copy's sentences appear in the longer, in order. */
  static final double MIN_ORDERED_OVERLAP = 0.6;
  static final int MIN_SHARED_SENTENCES = 2;
  /** The figures rule is for short texts: templates are short, and long stories revise figures as they grow. */
  static final int MAX_SHORT_SHINGLES = 300;
  /** Figures differ when more than this share of the figures of the copy with fewer are not in the other. */
  static final double MAX_STRAY_FIGURE_SHARE = 0.2;
  /** A same-day revision changes at most this share of the figures of the copy with fewer. */
  static final double MAX_REVISED_FIGURE_SHARE = 0.5;
  /**
   * A same-day revision keeps the wording its figures sit in: at most this share of the figure-giving
   * sentences of the copy with fewer are worded otherwise (figures masked) in the other.
   */
  static final double MAX_REWORDED_FRAME_SHARE = 0.25;
  /** Overwhelming across the window: a long text, this alike, with the same figures. */
  static final double OVERWHELMING_JACCARD = 0.9;
  static final int OVERWHELMING_MIN_SHINGLES = 150;

  public FoldRules {
    if (foldWindowDays < 0) {
      throw new IllegalArgumentException("foldWindowDays must be >= 0, got " + foldWindowDays);
    }
  }

  /** The judgement on a pair: one story (with the rule), kept apart (and why), or simply different. */
  public enum Outcome { FOLD, APART_TIME, APART_FIGURES, DIFFERENT }

  public record Verdict(Outcome outcome, MatchRule rule, Similarity similarity) {
    public boolean folds() {
      return outcome == Outcome.FOLD;
    }

    public boolean keptApart() {
      return outcome == Outcome.APART_TIME || outcome == Outcome.APART_FIGURES;
    }
  }

  public Verdict judge(ShingledText a, ShingledText b) {
    Similarity s = Similarity.of(a, b);
    MatchRule wording = thresholds.sameStory(s, a.shingleCount(), b.shingleCount()) ? MatchRule.NEAR
        : abridged(a, b) ? MatchRule.ABRIDGED
        : null;
    if (wording == null) {
      return new Verdict(Outcome.DIFFERENT, null, s);
    }
    int small = Math.min(a.shingleCount(), b.shingleCount());
    boolean figuresDiffer = figuresDiffer(a.evidence(), b.evidence());
    boolean shortText = small <= MAX_SHORT_SHINGLES;
    LocalDate da = a.evidence().publishedDate();
    LocalDate db = b.evidence().publishedDate();
    if (datedBeyondWindow(da, db)) {
      boolean overwhelming = s.jaccard() >= OVERWHELMING_JACCARD && small >= OVERWHELMING_MIN_SHINGLES
          && !figuresDiffer;
      return overwhelming ? new Verdict(Outcome.FOLD, MatchRule.REPRINT, s) : new Verdict(Outcome.APART_TIME, null, s);
    }
    if (figuresDiffer && shortText) {
      // Only a same-day revision folds. Undated, a changed figure cannot be told from another day's figures.
      return da != null && da.equals(db) && revisesFigures(a.evidence(), b.evidence())
          ? new Verdict(Outcome.FOLD, MatchRule.REVISION, s) : new Verdict(Outcome.APART_FIGURES, null, s);
    }
    if (a.evidence().isCorrection() != b.evidence().isCorrection() && da != null && da.equals(db)) {
      return new Verdict(Outcome.FOLD, MatchRule.REVISION, s);
    }
    return new Verdict(Outcome.FOLD, wording, s);
  }

  /**
   * A pair {@link #judge} never folds, told from dates and lengths alone: dated further apart than the window,
   * and too short or too unequal in length to be overwhelming (with shingles kept whole on both sides, Jaccard
   * is at most the smaller set over the larger). Recurring briefs and templates make most candidate pairs of a
   * long archive such pairs, and these need not meet each other's shingles.
   */
  public boolean neverFolds(BucketMember a, BucketMember b) {
    if (!datedBeyondWindow(a.publishedDate(), b.publishedDate())) {
      return false;
    }
    if (Math.min(a.shingleCount(), b.shingleCount()) < OVERWHELMING_MIN_SHINGLES) {
      return true;
    }
    int smallSet = Math.min(a.keptShingles(), b.keptShingles());
    int largeSet = Math.max(a.keptShingles(), b.keptShingles());
    return !a.sampled() && !b.sampled() && (double) smallSet / largeSet < OVERWHELMING_JACCARD;
  }

  /** Both dated, and further apart than the window: {@link #judge} folds such a pair only when overwhelming. */
  private boolean datedBeyondWindow(LocalDate a, LocalDate b) {
    return a != null && b != null && Math.abs(ChronoUnit.DAYS.between(a, b)) > foldWindowDays;
  }

  /**
   * Copies of one story overlap: the shorter is at least half contained in the longer, or half its
   * sentences appear in the longer in order. Two halves of a round-up do neither.
   */
  public boolean overlap(ShingledText a, ShingledText b, Similarity s) {
    return s.containment() >= thresholds.minMutualContainment()
        || orderedOverlap(a.evidence().sentences(), b.evidence().sentences()) >= thresholds.minMutualContainment();
  }

  /** An abridged reprint: the first paragraphs only, or sentences dropped inside paragraphs. */
  boolean abridged(ShingledText a, ShingledText b) {
    long[] sa = a.evidence().sentences();
    long[] sb = b.evidence().sentences();
    if (Math.min(a.shingleCount(), b.shingleCount()) < thresholds.minShingles()) {
      return false;
    }
    int shared = HashSequences.inOrder(sa, sb);
    return shared >= MIN_SHARED_SENTENCES && shared >= MIN_ORDERED_OVERLAP * Math.min(sa.length, sb.length);
  }

  static double orderedOverlap(long[] a, long[] b) {
    int shorter = Math.min(a.length, b.length);
    return shorter == 0 ? 0 : (double) HashSequences.inOrder(a, b) / shorter;
  }

  /**
   * A revision changes some figures, not most, and not the words they sit in: at most this share of
   * the figures of the copy with fewer are missing from the other, and when both give as many figures
   * in as many sentences (the whole text sent again, not a trimmed copy), the figure-giving sentences,
   * figures masked, are (nearly all) the same. Another firm's brief of the same frame changes nearly
   * all figures; another bank's brief of the same template, with figures alike by chance, names
   * another bank. Between a trimmed copy and a fuller one a dropped sentence cannot be told from a
   * reworded one by these hashes, so the figures share alone decides there.
   */
  static boolean revisesFigures(StoryEvidence a, StoryEvidence b) {
    long[] fewer = a.figures().length <= b.figures().length ? a.figures() : b.figures();
    long[] more = fewer == a.figures() ? b.figures() : a.figures();
    boolean wholeText = a.figures().length == b.figures().length
        && a.figureFrames().length == b.figureFrames().length;
    return HashSequences.missing(fewer, more) <= MAX_REVISED_FIGURE_SHARE * fewer.length
        && (!wholeText || keepsWording(a, b));
  }

  static boolean keepsWording(StoryEvidence a, StoryEvidence b) {
    long[] fewer = a.figureFrames().length <= b.figureFrames().length ? a.figureFrames() : b.figureFrames();
    long[] more = fewer == a.figureFrames() ? b.figureFrames() : a.figureFrames();
    return HashSequences.missing(fewer, more) <= MAX_REWORDED_FRAME_SHARE * fewer.length;
  }

  /**
   * Each copy gives a figure the other does not (an abridged copy's figures are a subset of the full
   * one's), and the copy with fewer figures lacks a fair share of its own in the other: one stray
   * number (a headline with a figure left in a scraped body) does not make another event.
   */
  static boolean figuresDiffer(StoryEvidence a, StoryEvidence b) {
    long[] fewer = a.figures().length <= b.figures().length ? a.figures() : b.figures();
    long[] more = fewer == a.figures() ? b.figures() : a.figures();
    int changed = HashSequences.missing(fewer, more);
    return changed > 0 && changed > MAX_STRAY_FIGURE_SHARE * fewer.length && HashSequences.missing(more, fewer) > 0;
  }
}
