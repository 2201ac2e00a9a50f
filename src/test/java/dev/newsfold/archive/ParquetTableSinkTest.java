package dev.newsfold.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.avro.SchemaBuilder;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParquetTableSinkTest {
  private static final int ROWS = 1000;
  /** Small row groups, so that each file has several and its writer makes new column writers mid-file. */
  private static final int ROW_GROUP_BYTES = 4096;

  @TempDir
  Path dir;

  /**
   * Two tables written at once, as a run writes them, the second writer built after the first began: each
   * file's distinct-valued columns are without a dictionary in every row group, its others keep theirs. The
   * values repeat, so that a dictionary would be kept had the column one: with distinct values the writer
   * drops its dictionary at the first page, and only the CPU spent tells the difference.
   */
  @Test
  void tablesWrittenAtOnceKeepTheirColumnsEncodingsInEveryRowGroup() throws Exception {
    Path assignmentsFile = dir.resolve("assignments.parquet");
    Path articlesFile = dir.resolve("articles.parquet");
    try (FileChannel assignments = create(assignmentsFile); FileChannel articles = create(articlesFile)) {
      ParquetTableSink assignmentSink = new ParquetTableSink(TableSchemas.ASSIGNMENTS, ROW_GROUP_BYTES);
      assignmentSink.open(assignments);
      assignmentSink.write(assignment(0));
      ParquetTableSink articleSink = new ParquetTableSink(TableSchemas.ARTICLES, ROW_GROUP_BYTES);
      articleSink.open(articles);
      for (int i = 1; i < ROWS; i++) {
        assignmentSink.write(assignment(i));
        articleSink.write(article(i));
      }
      assignmentSink.flush();
      articleSink.flush();
      assertTrue(assignments.isOpen() && articles.isOpen(), "FileIO closes the channel, not the sink");
    }

    try (Connection db = DriverManager.getConnection("jdbc:duckdb:"); Statement s = db.createStatement()) {
      assertEquals(List.of("1000|100|500"), rows(s, "SELECT count(*) || '|' || count(DISTINCT copy_id) || '|' "
          + "|| count(*) FILTER (is_canonical) FROM read_parquet('" + assignmentsFile + "')"));
      assertEquals(List.of("a-8|[c-8, c-9]|body 8"), rows(s, "SELECT DISTINCT article_id || '|' || copy_ids::VARCHAR || '|' "
          + "|| body_text FROM read_parquet('" + articlesFile + "') WHERE article_id = 'a-8'"));

      Map<String, List<String>> assignmentEncodings = encodings(s, assignmentsFile);
      assertTrue(assignmentEncodings.get("copy_id").size() > 2, "several row groups: " + assignmentEncodings);
      assertWithoutDictionary(assignmentEncodings, "copy_id");
      assertWithDictionary(assignmentEncodings, "match_rule");
      Map<String, List<String>> articleEncodings = encodings(s, articlesFile);
      assertWithoutDictionary(articleEncodings, "body_text");
      assertWithoutDictionary(articleEncodings, "copy_ids, list, element");
      assertWithDictionary(articleEncodings, "title");
      assertWithDictionary(articleEncodings, "sources, list, element");
    }
  }

  @Test
  void onlyTheArchiveTablesAreWritten() {
    assertThrows(IllegalArgumentException.class, () -> new ParquetTableSink(
        SchemaBuilder.record("other").fields().requiredString("copy_id").endRecord(), ROW_GROUP_BYTES));
  }

  private static GenericRecord assignment(int i) {
    GenericRecord r = new GenericData.Record(TableSchemas.ASSIGNMENTS);
    r.put("article_id", "a-" + i % 50);
    r.put("article_version", 1);
    r.put("copy_id", "c-" + i % 100);
    r.put("is_canonical", i % 2 == 0);
    r.put("match_rule", i % 2 == 0 ? "canonical" : "near_duplicate");
    r.put("canonical_copy_id", "c-" + (i % 50) * 2);
    r.put("jaccard_to_canonical", 1.0);
    r.put("containment_in_canonical", 1.0);
    return r;
  }

  private static GenericRecord article(int i) {
    GenericRecord r = new GenericData.Record(TableSchemas.ARTICLES);
    r.put("article_id", "a-" + i % 10);
    r.put("version", 1);
    r.put("canonical_copy_id", "c-" + i % 10);
    r.put("title", "Title " + i % 10);
    r.put("urls", List.of());
    r.put("body_text", "body " + i % 10);
    r.put("word_count", 2);
    r.put("copy_count", 2);
    r.put("copy_ids", List.of("c-" + i % 10, "c-" + (i % 10 + 1)));
    r.put("sources", List.of("wire.example", "daily.example"));
    r.put("field_sources", Map.of());
    return r;
  }

  private static void assertWithoutDictionary(Map<String, List<String>> encodings, String column) {
    assertFalse(encodings.get(column).stream().anyMatch(e -> e.contains("DICTIONARY")),
        column + " is written without a dictionary in every row group: " + encodings.get(column));
  }

  private static void assertWithDictionary(Map<String, List<String>> encodings, String column) {
    assertTrue(encodings.get(column).stream().allMatch(e -> e.contains("DICTIONARY")),
        column + " keeps its dictionary in every row group: " + encodings.get(column));
  }

  /** Each column's encodings, one entry per row group. */
  private static Map<String, List<String>> encodings(Statement s, Path file) throws SQLException {
    Map<String, List<String>> out = new TreeMap<>();
    try (ResultSet rs = s.executeQuery("SELECT path_in_schema, encodings FROM parquet_metadata('" + file + "') "
        + "ORDER BY row_group_id")) {
      while (rs.next()) {
        out.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
      }
    }
    return out;
  }

  private static FileChannel create(Path file) throws java.io.IOException {
    return FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
  }

  private static List<String> rows(Statement s, String sql) throws SQLException {
    List<String> out = new ArrayList<>();
    try (ResultSet rs = s.executeQuery(sql)) {
      while (rs.next()) {
        out.add(rs.getString(1));
      }
    }
    return out;
  }
}
