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
 * near-duplicate matching, and the others follow it (member id keyed by representative id).
 */
public final class FoldExactDuplicates extends PTransform<PCollection<CopyFingerprint>, PCollectionTuple> {
  public static final TupleTag<CopyFingerprint> REPRESENTATIVES = new TupleTag<>() {};
  /** KV(representative copy id, duplicate copy id). */
  public static final TupleTag<KV<String, String>> DUPLICATES = new TupleTag<>() {};

  @Override
  public PCollectionTuple expand(PCollection<CopyFingerprint> copies) {
    return copies
        .apply("KeyByExactFingerprint", WithKeys.of(CopyFingerprint::exactFingerprint)
            .withKeyType(TypeDescriptors.strings()))
        .apply("GroupExactDuplicates", GroupByKey.create())
        .apply("ChooseRepresentative", ParDo.of(new ChooseRepresentativeFn())
            .withOutputTags(REPRESENTATIVES, TupleTagList.of(DUPLICATES)));
  }

  static final class ChooseRepresentativeFn extends DoFn<KV<String, Iterable<CopyFingerprint>>, CopyFingerprint> {
    private final Counter duplicates = Metrics.counter(FoldExactDuplicates.class, "exact_duplicates");

    @ProcessElement
    public void process(@Element KV<String, Iterable<CopyFingerprint>> group, MultiOutputReceiver out) {
      List<CopyFingerprint> members = new ArrayList<>();
      group.getValue().forEach(members::add);
      members.sort(CopyFingerprint.MOST_COMPLETE_FIRST);
      CopyFingerprint representative = members.get(0);
      out.get(REPRESENTATIVES).output(representative);
      for (CopyFingerprint member : members.subList(1, members.size())) {
        duplicates.inc();
        out.get(DUPLICATES).output(KV.of(representative.copyId(), member.copyId()));
      }
    }
  }
}
