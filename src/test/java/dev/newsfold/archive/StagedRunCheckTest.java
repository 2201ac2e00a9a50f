package dev.newsfold.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.avro.SchemaBuilder;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.avro.AvroParquetWriter;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.util.HadoopOutputFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The staged run check reads the tables themselves and names what a run that lost work is missing. */
class StagedRunCheckTest {
  private static final String NS = "dev.newsfold.v" + TableSchemas.VERSION;
  private static final Schema COPY = SchemaBuilder.record("copy").namespace(NS).fields()
      .requiredString("copy_id").endRecord();
  private static final Schema REJECT = SchemaBuilder.record("reject").namespace(NS).fields()
      .requiredString("source_path").endRecord();
  private static final Schema ARTICLE = SchemaBuilder.record("article").namespace(NS).fields()
      .requiredString("article_id").requiredInt("version").optionalString("superseded_by")
      .requiredString("canonical_copy_id").endRecord();
  private static final Schema ASSIGNMENT = SchemaBuilder.record("assignment").namespace(NS).fields()
      .requiredString("article_id").requiredInt("article_version").requiredString("copy_id")
      .requiredString("canonical_copy_id").endRecord();
  private static final Schema MENTION = SchemaBuilder.record("mention").namespace(NS).fields()
      .requiredString("article_id").requiredInt("article_version").endRecord();

  @TempDir
  Path staging;

  @Test
  void aWholeRunPasses() throws IOException {
    stageWholeRun();
    StagedRunCheck.Result result = StagedRunCheck.check(staging + "/", 3, 0);
    assertEquals(List.of(), result.problems());
    assertEquals(Map.of("copies", 2L, "rejects", 1L, "articles", 1L, "assignments", 2L, "mentions", 1L,
        "entities", 0L), result.rows());
  }

  @Test
  void copiesWithoutArticlesAreFoundFromTheTables() throws IOException {
    // What a pipeline that lost its collapse bundles publishes: copies, and no articles or assignments.
    write("copies", COPY, Map.of("copy_id", "c1"), Map.of("copy_id", "c2"));
    write("rejects", REJECT, Map.of("source_path", "/in/bad.txt"));
    StagedRunCheck.Result result = StagedRunCheck.check(staging + "/", 3, 0);
    assertEquals(1, result.problems().size(), result.problems().toString());
    assertTrue(result.problems().get(0).startsWith("2 copies are in no article version"), result.problems().toString());
  }

  @Test
  void filesMissingFromTheTablesFailTheAccounting() throws IOException {
    stageWholeRun();
    StagedRunCheck.Result result = StagedRunCheck.check(staging + "/", 4, 0);
    assertTrue(result.problems().get(0).startsWith("files matched (4) != copies rows (2) + rejects rows (1)"),
        result.problems().toString());
    assertTrue(StagedRunCheck.check(staging + "/", 4, 1).passed(), "one file was archived before");
  }

  @Test
  void anArticleWithoutItsCanonicalCopyAndAStrayMentionAreFound() throws IOException {
    write("copies", COPY, Map.of("copy_id", "c1"));
    write("articles", ARTICLE, article("a1", 1, "c9"));
    write("assignments", ASSIGNMENT, assignment("a1", 1, "c1", "c9"));
    write("mentions", MENTION, Map.of("article_id", "a2", "article_version", 1));
    List<String> problems = StagedRunCheck.check(staging + "/", 1, 0).problems();
    assertEquals(2, problems.size(), problems.toString());
    assertTrue(problems.get(0).contains("lack exactly one assignment of their canonical copy"), problems.toString());
    assertTrue(problems.get(1).contains("mentions point to no article version"), problems.toString());
  }

  private void stageWholeRun() throws IOException {
    write("copies", COPY, Map.of("copy_id", "c1"), Map.of("copy_id", "c2"));
    write("rejects", REJECT, Map.of("source_path", "/in/bad.txt"));
    write("articles", ARTICLE, article("a1", 1, "c1"));
    write("assignments", ASSIGNMENT, assignment("a1", 1, "c1", "c1"), assignment("a1", 1, "c2", "c1"));
    write("mentions", MENTION, Map.of("article_id", "a1", "article_version", 1));
  }

  private static Map<String, Object> article(String id, int version, String canonical) {
    return Map.of("article_id", id, "version", version, "canonical_copy_id", canonical);
  }

  private static Map<String, Object> assignment(String article, int version, String copy, String canonical) {
    return Map.of("article_id", article, "article_version", version, "copy_id", copy, "canonical_copy_id", canonical);
  }

  @SafeVarargs
  private void write(String table, Schema schema, Map<String, Object>... rows) throws IOException {
    Path file = Files.createDirectories(staging.resolve(table)).resolve("part-00000-of-00001.parquet");
    try (ParquetWriter<GenericRecord> writer = AvroParquetWriter.<GenericRecord>builder(
        HadoopOutputFile.fromPath(new org.apache.hadoop.fs.Path(file.toUri()), new Configuration()))
        .withSchema(schema).build()) {
      for (Map<String, Object> row : rows) {
        GenericRecord r = new GenericData.Record(schema);
        row.forEach(r::put);
        writer.write(r);
      }
    }
  }
}
