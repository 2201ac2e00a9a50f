package dev.newsfold.archive;

import dev.newsfold.model.Reject;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.WithKeys;
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
    return ArchivedKeys.dropArchived(
        input.get(NEW).apply("KeyNewRejects", WithKeys.of(Reject::toString).withKeyType(TypeDescriptors.strings())),
        input.get(ARCHIVED).apply("ArchivedRejectKeys",
            MapElements.into(TypeDescriptors.strings()).via(Reject::toString)),
        ALREADY_THERE);
  }
}
