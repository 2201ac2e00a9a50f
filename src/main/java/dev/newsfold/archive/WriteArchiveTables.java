package dev.newsfold.archive;

import dev.newsfold.entities.EntityMention;
import dev.newsfold.entities.EntitySummary;
import dev.newsfold.fingerprint.FingerprintedCopy;
import dev.newsfold.model.Reject;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericRecord;
import org.apache.beam.sdk.io.FileIO;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.Contextful;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.SerializableFunction;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.PDone;
import org.apache.beam.sdk.values.TupleTag;

/**
 * Writes a run's rows of copies/, articles/, assignments/, rejects/ (and mentions/, entities/ when
 * given) under the staging folder as Parquet ({@link ParquetTableSink}): into a fixed number of shards,
 * or, with {@link #RUNNER_CHOOSES}, a file per bundle as its rows arrive. A fixed count groups every row
 * by shard first: on Flink a sort of the whole table, the copies' raw text included, whose two keys tie at
 * nearly every comparison, each tie decided by decoding both keys (issue #15).
 */
public final class WriteArchiveTables extends PTransform<PCollectionTuple, PDone> {
  public static final TupleTag<FingerprintedCopy> COPIES = new TupleTag<>() {};
  public static final TupleTag<ArticleVersion> ARTICLES = new TupleTag<>() {};
  public static final TupleTag<AssignmentVersion> ASSIGNMENTS = new TupleTag<>() {};
  public static final TupleTag<Reject> REJECTS = new TupleTag<>() {};
  public static final TupleTag<EntityMention> MENTIONS = new TupleTag<>() {};
  public static final TupleTag<EntitySummary> ENTITIES = new TupleTag<>() {};
  /** The shard count that lets the runner choose: on Flink's batch mode a bundle is a worker's whole input. */
  public static final int RUNNER_CHOOSES = 0;

  private final String outputDirectory;
  private final int shards;
  private final int rowGroupBytes;

  /**
   * @param rowGroupMb row group size in MiB: a Parquet writer holds its current row group in the heap
   *     (compressed pages of every column) until the group is full, so the write stage's heap is about
   *     shards (or, when the runner chooses, workers) x rowGroupMb per table written at once, whatever the
   *     corpus size.
   */
  public WriteArchiveTables(String outputDirectory, int shards, int rowGroupMb) {
    this.outputDirectory = outputDirectory.endsWith("/") ? outputDirectory : outputDirectory + "/";
    this.shards = shards;
    this.rowGroupBytes = Math.toIntExact(rowGroupMb * 1024L * 1024L);
  }

  @Override
  public PDone expand(PCollectionTuple tables) {
    write(tables.get(COPIES), "copies", TableSchemas.COPIES, ArchiveRows::copy);
    write(tables.get(ARTICLES), "articles", TableSchemas.ARTICLES, ArchiveRows::article);
    write(tables.get(ASSIGNMENTS), "assignments", TableSchemas.ASSIGNMENTS, ArchiveRows::assignment);
    write(tables.get(REJECTS).apply("CountRejectsByReason", ParDo.of(new CountByReasonFn())), "rejects", TableSchemas.REJECTS, ArchiveRows::reject);
    if (tables.has(MENTIONS)) {
      write(tables.get(MENTIONS), "mentions", TableSchemas.MENTIONS, ArchiveRows::mention);
      write(tables.get(ENTITIES), "entities", TableSchemas.ENTITIES, ArchiveRows::entity);
    }
    return PDone.in(tables.getPipeline());
  }

  /**
   * The elements reach the write (and cross its shard shuffle, when there is one) in their own compact coders and become Avro rows only
   * inside the sink, as they are written: a GenericRecord crosses a shuffle field by field through Avro's
   * unbuffered reader, each of a copy's thousands of shingles a boxed Long, which cost more than any other
   * decoding of the job (issue #15).
   */
  private <T> void write(PCollection<T> rows, String table, Schema schema, SerializableFunction<T, GenericRecord> toRow) {
    FileIO.Write<Void, T> write = FileIO.<T>write()
        .via(Contextful.fn(toRow), new ParquetTableSink(schema, rowGroupBytes))
        .to(outputDirectory + table)
        .withNaming(FileIO.Write.defaultNaming("part", ".parquet"));
    rows.apply("To" + capitalized(table) + "Rows", ParDo.of(new CountRowsFn<T>(table)))
        .setCoder(rows.getCoder())
        .apply("Write" + capitalized(table), shards == RUNNER_CHOOSES ? write : write.withNumShards(shards));
  }

  private static String capitalized(String s) {
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  /** Passes rejects through, counting them by reason for the run summary. */
  static final class CountByReasonFn extends DoFn<Reject, Reject> {
    @ProcessElement
    public void process(@Element Reject reject, OutputReceiver<Reject> out) {
      Metrics.counter(WriteArchiveTables.class, "rejects_" + reject.reason().code()).inc();
      out.output(reject);
    }
  }

  /** Passes the elements of a table through, counting its rows for progress and the run summary. */
  static final class CountRowsFn<T> extends DoFn<T, T> {
    private final Counter rowsOut;

    CountRowsFn(String table) {
      this.rowsOut = Metrics.counter(WriteArchiveTables.class, table + "_rows");
    }

    @ProcessElement
    public void process(@Element T element, OutputReceiver<T> out) {
      rowsOut.inc();
      out.output(element);
    }
  }
}
