package dev.newsfold.collapse;

import dev.newsfold.fingerprint.CopyFingerprint;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.join.CoGbkResult;
import org.apache.beam.sdk.transforms.join.CoGroupByKey;
import org.apache.beam.sdk.transforms.join.KeyedPCollectionTuple;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTag;

/**
 * Checks every candidate pair against the bodies themselves and their evidence ({@link FoldRules}:
 * wording, dates, figures) and keeps the pairs that are one story, as edges (smaller id, larger id).
 * Pairs alike in wording but kept apart by their dates or figures are counted.
 */
public final class VerifyCandidatePairs extends PTransform<PCollectionTuple, PCollection<KV<String, String>>> {
  /** Candidate pairs (smaller id, larger id). */
  public static final TupleTag<KV<String, String>> PAIRS = new TupleTag<>() {};
  /** Fingerprints keyed by copy id. */
  public static final TupleTag<KV<String, CopyFingerprint>> FINGERPRINTS = new TupleTag<>() {};
  private final FoldRules rules;

  public VerifyCandidatePairs(FoldRules rules) {
    this.rules = rules;
  }

  @Override
  public PCollection<KV<String, String>> expand(PCollectionTuple input) {
    PCollection<KV<String, String>> pairs = input.get(PAIRS);
    PCollection<KV<String, CopyFingerprint>> fingerprintsById = input.get(FINGERPRINTS);
    TupleTag<String> partner = new TupleTag<>();
    TupleTag<CopyFingerprint> print = new TupleTag<>();
    PCollection<KV<String, KV<String, CopyFingerprint>>> leftJoined = KeyedPCollectionTuple.of(partner, pairs)
        .and(print, fingerprintsById)
        .apply("JoinLeftFingerprint", CoGroupByKey.create())
        .apply("KeyByRight", ParDo.of(new KeyByRightFn(partner, print)));
    TupleTag<KV<String, CopyFingerprint>> left = new TupleTag<>();
    return KeyedPCollectionTuple.of(left, leftJoined)
        .and(print, fingerprintsById)
        .apply("JoinRightFingerprint", CoGroupByKey.create())
        .apply("CompareBodies", ParDo.of(new CompareFn(left, print, rules)));
  }

  static final class KeyByRightFn extends DoFn<KV<String, CoGbkResult>, KV<String, KV<String, CopyFingerprint>>> {
    private final TupleTag<String> partner;
    private final TupleTag<CopyFingerprint> print;

    KeyByRightFn(TupleTag<String> partner, TupleTag<CopyFingerprint> print) {
      this.partner = partner;
      this.print = print;
    }

    @ProcessElement
    public void process(@Element KV<String, CoGbkResult> joined, OutputReceiver<KV<String, KV<String, CopyFingerprint>>> out) {
      CopyFingerprint leftPrint = joined.getValue().getOnly(print, null);
      if (leftPrint == null) {
        return;
      }
      for (String right : joined.getValue().getAll(partner)) {
        out.output(KV.of(right, KV.of(joined.getKey(), leftPrint)));
      }
    }
  }

  static final class CompareFn extends DoFn<KV<String, CoGbkResult>, KV<String, String>> {
    private final TupleTag<KV<String, CopyFingerprint>> left;
    private final TupleTag<CopyFingerprint> print;
    private final FoldRules rules;
    private final Counter verified = Metrics.counter(VerifyCandidatePairs.class, "pairs_verified");
    private final Counter refuted = Metrics.counter(VerifyCandidatePairs.class, "pairs_refuted");
    private final Counter apartTime = Metrics.counter(VerifyCandidatePairs.class, "pairs_kept_apart_time");
    private final Counter apartFigures = Metrics.counter(VerifyCandidatePairs.class, "pairs_kept_apart_figures");

    CompareFn(TupleTag<KV<String, CopyFingerprint>> left, TupleTag<CopyFingerprint> print, FoldRules rules) {
      this.left = left;
      this.print = print;
      this.rules = rules;
    }

    @ProcessElement
    public void process(@Element KV<String, CoGbkResult> joined, OutputReceiver<KV<String, String>> out) {
      CopyFingerprint rightPrint = joined.getValue().getOnly(print, null);
      if (rightPrint == null) {
        return;
      }
      for (KV<String, CopyFingerprint> l : joined.getValue().getAll(left)) {
        CopyFingerprint leftPrint = l.getValue();
        FoldRules.Verdict verdict = rules.judge(leftPrint, rightPrint);
        switch (verdict.outcome()) {
          case FOLD -> {
            verified.inc();
            out.output(KV.of(l.getKey(), joined.getKey()));
          }
          case APART_TIME -> apartTime.inc();
          case APART_FIGURES -> apartFigures.inc();
          default -> refuted.inc();
        }
      }
    }
  }
}
