package dev.newsfold.archive;

import dev.newsfold.model.Reject;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.WithKeys;
import org.apache.beam.sdk.transforms.join.CoGbkResult;
import org.apache.beam.sdk.transforms.join.CoGroupByKey;
import org.apache.beam.sdk.transforms.join.KeyedPCollectionTuple;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TypeDescriptors;

/** Drops the rejects the archive holds already (the same file rejected for the same reason): a rerun adds none. */
public final class SkipArchivedRejects extends PTransform<PCollectionTuple, PCollection<Reject>> {
  public static final TupleTag<Reject> NEW = new TupleTag<>() {};
  public static final TupleTag<Reject> ARCHIVED = new TupleTag<>() {};
  /** Counter of files rejected again exactly as the archive already records. */
  public static final String ALREADY_THERE = "files_rejected_before";

  @Override
  public PCollection<Reject> expand(PCollectionTuple input) {
    TupleTag<Reject> now = new TupleTag<>();
    TupleTag<Reject> before = new TupleTag<>();
    return KeyedPCollectionTuple
        .of(now, input.get(NEW).apply("KeyNewRejects", WithKeys.of(Reject::toString).withKeyType(TypeDescriptors.strings())))
        .and(before, input.get(ARCHIVED).apply("KeyArchivedRejects",
            WithKeys.of(Reject::toString).withKeyType(TypeDescriptors.strings())))
        .apply("JoinArchivedRejects", CoGroupByKey.create())
        .apply("DropArchived", ParDo.of(new DropFn(now, before)));
  }

  static final class DropFn extends DoFn<KV<String, CoGbkResult>, Reject> {
    private final TupleTag<Reject> now;
    private final TupleTag<Reject> before;
    private final Counter alreadyThere = Metrics.counter(SkipArchivedRejects.class, ALREADY_THERE);

    DropFn(TupleTag<Reject> now, TupleTag<Reject> before) {
      this.now = now;
      this.before = before;
    }

    @ProcessElement
    public void process(@Element KV<String, CoGbkResult> joined, OutputReceiver<Reject> out) {
      boolean archived = joined.getValue().getAll(before).iterator().hasNext();
      for (Reject r : joined.getValue().getAll(now)) {
        if (archived) {
          alreadyThere.inc();
        } else {
          out.output(r);
        }
      }
    }
  }
}
