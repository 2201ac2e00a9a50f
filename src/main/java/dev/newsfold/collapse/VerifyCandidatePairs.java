package dev.newsfold.collapse;

import dev.newsfold.coders.ComparedTextCoder;
import dev.newsfold.fingerprint.ComparedText;
import dev.newsfold.fingerprint.CopyFingerprint;
import dev.newsfold.join.OnePassCoGroup;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.join.KeyedPCollectionTuple;
import org.apache.beam.sdk.transforms.join.RawUnionValue;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTag;

/**
 * Checks every candidate pair against the bodies themselves and their evidence ({@link FoldRules}:
 * wording, dates, figures) and keeps the pairs that are one story, as edges (smaller id, larger id).
 * Pairs alike in wording but kept apart by their dates or figures are counted (the pairs that
 * {@link FoldRules#neverFolds} left out before, in {@link FindCandidatePairs}).
 *
 * <p>Each fingerprint meets its pairs in one group-by of tagged values, read once ({@link OnePassCoGroup}): a
 * copy among the first members of an oversized bucket is paired with every member, and past 10,000 values
 * CoGroupByKey reads its group twice, which Flink's batch groups refuse (the 1,000,000-copy benchmark failed
 * so, issue #15). Only what a group holds before its own fingerprint arrives is kept: partner ids, or the left
 * copies of the pairs a copy closes that arrive before its own (at most one per partner). A left copy travels to each
 * partner as a {@link ComparedText}, its fingerprint without the MinHash signature: about half the bytes of
 * the largest shuffle of the collapse.
 */
public final class VerifyCandidatePairs extends PTransform<PCollectionTuple, PCollection<KV<String, String>>> {
  /** Candidate pairs (smaller id, larger id). */
  public static final TupleTag<KV<String, String>> PAIRS = new TupleTag<>() {};
  /**
   * Fingerprints keyed by copy id, one a copy: a second under one id fails the join, as it fails the join of
   * {@link ClusterAroundCentres} on the same representatives.
   */
  public static final TupleTag<KV<String, CopyFingerprint>> FINGERPRINTS = new TupleTag<>() {};
  /** Positions in both joins: a copy's own fingerprint, and what is joined to it. */
  private static final int OWN_PRINT = 0;
  private static final int JOINED = 1;
  private final FoldRules rules;

  public VerifyCandidatePairs(FoldRules rules) {
    this.rules = rules;
  }

  @Override
  public PCollection<KV<String, String>> expand(PCollectionTuple input) {
    PCollection<KV<String, CopyFingerprint>> fingerprintsById = input.get(FINGERPRINTS);
    PCollection<KV<String, ComparedText>> leftForRight = KeyedPCollectionTuple
        .of(new TupleTag<CopyFingerprint>(), fingerprintsById)
        .and(new TupleTag<String>(), input.get(PAIRS))
        .apply("JoinLeftFingerprint", OnePassCoGroup.create())
        .apply("KeyByRight", ParDo.of(new KeyByRightFn()))
        .setCoder(KvCoder.of(StringUtf8Coder.of(), ComparedTextCoder.of()));
    return KeyedPCollectionTuple.of(new TupleTag<CopyFingerprint>(), fingerprintsById)
        .and(new TupleTag<ComparedText>(), leftForRight)
        .apply("JoinRightFingerprint", OnePassCoGroup.create())
        .apply("CompareBodies", ParDo.of(new CompareFn(rules)));
  }

  /** A left copy's wording and evidence sent to each of its partners, keyed by the partner (the pair's right copy). */
  static final class KeyByRightFn extends DoFn<KV<String, Iterable<RawUnionValue>>, KV<String, ComparedText>> {
    @ProcessElement
    public void process(@Element KV<String, Iterable<RawUnionValue>> left, OutputReceiver<KV<String, ComparedText>> out) {
      OnePassCoGroup.<CopyFingerprint, String>eachWithAnchor(left, OWN_PRINT, JOINED, (leftPrint, right) -> {
        if (leftPrint != null) { // a pair whose copy has no print has nothing to verify
          out.output(KV.of(right, ComparedText.of(leftPrint)));
        }
      });
    }
  }

  static final class CompareFn extends DoFn<KV<String, Iterable<RawUnionValue>>, KV<String, String>> {
    private final FoldRules rules;
    private final Counter verified = Metrics.counter(VerifyCandidatePairs.class, "pairs_verified");
    private final Counter refuted = Metrics.counter(VerifyCandidatePairs.class, "pairs_refuted");
    private final Counter apartTime = Metrics.counter(VerifyCandidatePairs.class, "pairs_kept_apart_time");
    private final Counter apartFigures = Metrics.counter(VerifyCandidatePairs.class, "pairs_kept_apart_figures");

    CompareFn(FoldRules rules) {
      this.rules = rules;
    }

    @ProcessElement
    public void process(@Element KV<String, Iterable<RawUnionValue>> right, OutputReceiver<KV<String, String>> out) {
      OnePassCoGroup.<CopyFingerprint, ComparedText>eachWithAnchor(right, OWN_PRINT, JOINED, (rightPrint, left) -> {
        if (rightPrint != null) {
          compare(left, right.getKey(), rightPrint, out);
        }
      });
    }

    private void compare(ComparedText left, String rightId, CopyFingerprint rightPrint,
        OutputReceiver<KV<String, String>> out) {
      FoldRules.Verdict verdict = rules.judge(left, rightPrint);
      switch (verdict.outcome()) {
        case FOLD -> {
          verified.inc();
          out.output(KV.of(left.copyId(), rightId));
        }
        case APART_TIME -> apartTime.inc();
        case APART_FIGURES -> apartFigures.inc();
        default -> refuted.inc();
      }
    }
  }
}
