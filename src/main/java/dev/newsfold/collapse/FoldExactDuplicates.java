package dev.newsfold.collapse;

import dev.newsfold.fingerprint.CopyFingerprint;
import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.GroupByKey;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.WithKeys;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;
import org.apache.beam.sdk.values.TypeDescriptors;

/**
 * Copies with the same exact fingerprint are one body: the most complete stands for the group in
 * near-duplicate matching, and the others follow it (member id keyed by representative id). A body
 * sent again weeks later is not folded here: the dated copies of a group are split into spans of
 * the fold window (from the earliest date on), undated copies go with the first span, and each span
 * has its own representative, which near-duplicate matching then judges with dates in view. The
 * representative of every span after the first is named in RECURRENCES with its span's first date:
 * its story needs an id of its own although its earliest copy has the first span's body.
 */
public final class FoldExactDuplicates extends PTransform<PCollection<CopyFingerprint>, PCollectionTuple> {
  private final int foldWindowDays;

  public FoldExactDuplicates(int foldWindowDays) {
    this.foldWindowDays = foldWindowDays;
  }

  public static final TupleTag<CopyFingerprint> REPRESENTATIVES = new TupleTag<>() {};
  /** KV(representative copy id, duplicate copy id). */
  public static final TupleTag<KV<String, String>> DUPLICATES = new TupleTag<>() {};
  /** KV(representative copy id, ISO date its span starts on), for the spans after a body's first. */
  public static final TupleTag<KV<String, String>> RECURRENCES = new TupleTag<>() {};

  @Override
  public PCollectionTuple expand(PCollection<CopyFingerprint> copies) {
    return copies
        .apply("KeyByExactFingerprint", WithKeys.of(CopyFingerprint::exactFingerprint)
            .withKeyType(TypeDescriptors.strings()))
        .apply("GroupExactDuplicates", GroupByKey.create())
        .apply("ChooseRepresentative", ParDo.of(new ChooseRepresentativeFn(foldWindowDays))
            .withOutputTags(REPRESENTATIVES, TupleTagList.of(DUPLICATES).and(RECURRENCES)));
  }

  static final class ChooseRepresentativeFn extends DoFn<KV<String, Iterable<CopyFingerprint>>, CopyFingerprint> {
    private final Counter duplicates = Metrics.counter(FoldExactDuplicates.class, "exact_duplicates");
    private final Counter splits = Metrics.counter(FoldExactDuplicates.class, "exact_groups_split_by_date");
    private final int foldWindowDays;

    ChooseRepresentativeFn(int foldWindowDays) {
      this.foldWindowDays = foldWindowDays;
    }

    @ProcessElement
    public void process(@Element KV<String, Iterable<CopyFingerprint>> group, MultiOutputReceiver out) {
      List<CopyFingerprint> members = new ArrayList<>();
      group.getValue().forEach(members::add);
      List<List<CopyFingerprint>> spans = spans(members, foldWindowDays);
      if (spans.size() > 1) {
        splits.inc(spans.size() - 1);
      }
      for (int i = 0; i < spans.size(); i++) {
        List<CopyFingerprint> span = spans.get(i);
        java.time.LocalDate spanStart = span.get(0).evidence().publishedDate();
        span.sort(CopyFingerprint.MOST_COMPLETE_FIRST);
        CopyFingerprint representative = span.get(0);
        out.get(REPRESENTATIVES).output(representative);
        if (i > 0) {
          out.get(RECURRENCES).output(KV.of(representative.copyId(), spanStart.toString()));
        }
        for (CopyFingerprint member : span.subList(1, span.size())) {
          duplicates.inc();
          out.get(DUPLICATES).output(KV.of(representative.copyId(), member.copyId()));
        }
      }
    }
  }

  /** Dated copies in spans of at most the window from each span's earliest date; undated ones with the first span. */
  static List<List<CopyFingerprint>> spans(List<CopyFingerprint> members, int windowDays) {
    List<CopyFingerprint> dated = new ArrayList<>();
    List<CopyFingerprint> undated = new ArrayList<>();
    for (CopyFingerprint m : members) {
      (m.evidence().publishedDate() == null ? undated : dated).add(m);
    }
    dated.sort(java.util.Comparator.comparing((CopyFingerprint m) -> m.evidence().publishedDate())
        .thenComparing(CopyFingerprint::copyId));
    List<List<CopyFingerprint>> spans = new ArrayList<>();
    java.time.LocalDate spanStart = null;
    for (CopyFingerprint m : dated) {
      java.time.LocalDate d = m.evidence().publishedDate();
      if (spanStart == null || d.isAfter(spanStart.plusDays(windowDays))) {
        spans.add(new ArrayList<>());
        spanStart = d;
      }
      spans.get(spans.size() - 1).add(m);
    }
    if (spans.isEmpty()) {
      spans.add(new ArrayList<>());
    }
    spans.get(0).addAll(undated);
    return spans;
  }
}
