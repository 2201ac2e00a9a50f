package dev.newsfold.archive;

import dev.newsfold.archive.ArchiveRecords.KnownCopy;
import dev.newsfold.model.RawCopy;
import dev.newsfold.model.Reject;
import dev.newsfold.model.RejectReason;
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
import org.apache.beam.sdk.values.TupleTagList;
import org.apache.beam.sdk.values.TypeDescriptors;

/**
 * Keeps this run's files that the archive does not hold yet. A file whose bytes are archived is
 * not added twice: at the same path it is simply already there (counted); at another path it
 * becomes a reject, already_archived, naming the archived copy, so that every input file still
 * ends as a row.
 */
public final class SkipArchivedFiles extends PTransform<PCollectionTuple, PCollectionTuple> {
  public static final TupleTag<RawCopy> FILES = new TupleTag<>() {};
  public static final TupleTag<KnownCopy> ARCHIVED = new TupleTag<>() {};
  /** Files to archive. */
  public static final TupleTag<RawCopy> NEW = new TupleTag<>() {};
  public static final TupleTag<Reject> REJECTS = new TupleTag<>() {};
  static final String STAGE = "archive";
  /** Counter of files the archive holds already at the same path: no row is added for them. */
  public static final String ALREADY_THERE = "files_already_archived";

  @Override
  public PCollectionTuple expand(PCollectionTuple input) {
    TupleTag<RawCopy> file = new TupleTag<>();
    TupleTag<KV<String, String>> archived = new TupleTag<>();
    return KeyedPCollectionTuple
        .of(file, input.get(FILES).apply("KeyFilesByBytes",
            WithKeys.of(RawCopy::rawSha256).withKeyType(TypeDescriptors.strings())))
        .and(archived, input.get(ARCHIVED).apply("KeyArchivedByBytes", MapElements
            .into(TypeDescriptors.kvs(TypeDescriptors.strings(),
                TypeDescriptors.kvs(TypeDescriptors.strings(), TypeDescriptors.strings())))
            .via((KnownCopy k) -> KV.of(k.copy().raw().rawSha256(),
                KV.of(k.copy().copyId(), k.copy().raw().relativePath())))))
        .apply("JoinArchivedBytes", CoGroupByKey.create())
        .apply("SkipArchived", ParDo.of(new SkipFn(file, archived)).withOutputTags(NEW, TupleTagList.of(REJECTS)));
  }

  static final class SkipFn extends DoFn<KV<String, CoGbkResult>, RawCopy> {
    private final TupleTag<RawCopy> file;
    private final TupleTag<KV<String, String>> archived;
    private final Counter alreadyThere = Metrics.counter(SkipArchivedFiles.class, ALREADY_THERE);
    private final Counter elsewhere = Metrics.counter(SkipArchivedFiles.class, "files_archived_under_another_path");

    SkipFn(TupleTag<RawCopy> file, TupleTag<KV<String, String>> archived) {
      this.file = file;
      this.archived = archived;
    }

    @ProcessElement
    public void process(@Element KV<String, CoGbkResult> joined, MultiOutputReceiver out) {
      KV<String, String> first = null;
      java.util.Set<String> archivedIds = new java.util.HashSet<>();
      for (KV<String, String> a : joined.getValue().getAll(archived)) {
        archivedIds.add(a.getKey());
        if (first == null || a.getKey().compareTo(first.getKey()) < 0) {
          first = a;
        }
      }
      for (RawCopy raw : joined.getValue().getAll(file)) {
        if (first == null) {
          out.get(NEW).output(raw);
        } else if (archivedIds.contains(raw.copyId())) {
          alreadyThere.inc();
        } else {
          elsewhere.inc();
          out.get(REJECTS).output(new Reject(raw.sourcePath(), STAGE, RejectReason.ALREADY_ARCHIVED,
              "same bytes as archived copy " + first.getKey() + " (" + first.getValue() + ")", raw.byteSize()));
        }
      }
    }
  }
}
