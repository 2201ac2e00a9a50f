package dev.newsfold.archive;

import java.io.IOException;
import java.nio.channels.WritableByteChannel;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.EmptyMatchTreatment;
import org.apache.beam.sdk.io.fs.MatchResult;
import org.apache.beam.sdk.io.fs.ResolveOptions.StandardResolveOptions;
import org.apache.beam.sdk.io.fs.ResourceId;
import org.apache.beam.sdk.util.MimeTypes;
import org.apache.parquet.hadoop.ParquetWriter;

/**
 * Finishes a run's output after the pipeline: a table with no rows (a run without rejects) still
 * gets one empty Parquet file with its schema, so that every documented query works on every
 * output. (Beam's emptied temporary folders go with the staging folder, in OutputFolder.publish.)
 */
public final class CompleteTables {
  private static final Map<String, Schema> TABLES = TableSchemas.TABLES;

  private CompleteTables() {}

  public static void complete(String outputDirectory) throws IOException {
    String base = outputDirectory.endsWith("/") ? outputDirectory : outputDirectory + "/";
    for (Map.Entry<String, Schema> table : TABLES.entrySet()) {
      String folder = base + table.getKey() + "/";
      MatchResult files = FileSystems.match(folder + "*.parquet", EmptyMatchTreatment.ALLOW);
      if (files.status() == MatchResult.Status.OK && !files.metadata().isEmpty()) {
        continue;
      }
      ResourceId empty = FileSystems.matchNewResource(folder, true)
          .resolve("part-00000-of-00001.parquet", StandardResolveOptions.RESOLVE_FILE);
      try (WritableByteChannel channel = FileSystems.create(empty, MimeTypes.BINARY)) {
        ParquetTableSink sink = new ParquetTableSink(table.getValue(), ParquetWriter.DEFAULT_BLOCK_SIZE);
        sink.open(channel);
        sink.flush();
      }
    }
  }
}
