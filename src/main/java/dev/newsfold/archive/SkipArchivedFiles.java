package dev.newsfold.archive;

import dev.newsfold.archive.ArchiveRecords.KnownCopy;
import dev.newsfold.model.RawCopy;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.MapElements;
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

/**
 * Keeps this run's files that the archive does not hold yet. A file is archived already when a
 * copy has its bytes at its path below the input root (its copy id): a batch delivered again, or a
 * dump that repeats yesterday's files, adds nothing (counted). The same bytes under another path
 * are another copy, as they are within one run: an exact duplicate that joins the same article.
 */
public final class SkipArchivedFiles extends PTransform<PCollectionTuple, PCollection<RawCopy>> {
  public static final TupleTag<RawCopy> FILES = new TupleTag<>() {};
  public static final TupleTag<KnownCopy> ARCHIVED = new TupleTag<>() {};
  /** Counter of files the archive holds already: no row is added for them. */
  public static final String ALREADY_THERE = "files_already_archived";

  @Override
  public PCollection<RawCopy> expand(PCollectionTuple input) {
    TupleTag<RawCopy> file = new TupleTag<>();
    TupleTag<String> archived = new TupleTag<>();
    return KeyedPCollectionTuple
        .of(file, input.get(FILES).apply("KeyFilesByCopyId",
            WithKeys.of(RawCopy::copyId).withKeyType(TypeDescriptors.strings())))
        .and(archived, input.get(ARCHIVED).apply("ArchivedCopyIds", MapElements
            .into(TypeDescriptors.kvs(TypeDescriptors.strings(), TypeDescriptors.strings()))
            .via((KnownCopy k) -> KV.of(k.copy().copyId(), k.copy().copyId()))))
        .apply("JoinArchivedCopies", CoGroupByKey.create())
        .apply("SkipArchived", ParDo.of(new SkipFn(file, archived)));
  }

  static final class SkipFn extends DoFn<KV<String, CoGbkResult>, RawCopy> {
    private final TupleTag<RawCopy> file;
    private final TupleTag<String> archived;
    private final Counter alreadyThere = Metrics.counter(SkipArchivedFiles.class, ALREADY_THERE);

    SkipFn(TupleTag<RawCopy> file, TupleTag<String> archived) {
      this.file = file;
      this.archived = archived;
    }

    @ProcessElement
    public void process(@Element KV<String, CoGbkResult> joined, OutputReceiver<RawCopy> out) {
      boolean isArchived = joined.getValue().getAll(archived).iterator().hasNext();
      for (RawCopy raw : joined.getValue().getAll(file)) {
        if (isArchived) {
          alreadyThere.inc();
        } else {
          out.output(raw);
        }
      }
    }
  }
}
