package dev.newsfold;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import dev.newsfold.archive.ArchiveTables;
import java.util.zip.GZIPInputStream;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The job on sample-input/, its tables read back with DuckDB as users read them. */
class ArchiveEndToEndTest {
  private static final Path SAMPLE = Path.of("sample-input");
  @TempDir
  static Path temp;
  private static Path firstRun;
  private static RunSummary summary;

  @BeforeAll
  static void archiveTheSample() {
    firstRun = temp.resolve("run1");
    summary = run(SAMPLE.toString(), firstRun);
  }

  static RunSummary run(String input, Path output) {
    NewsfoldOptions options = PipelineOptionsFactory.fromArgs("--input=" + input, "--output=" + output)
        .as(NewsfoldOptions.class);
    return NewsfoldPipeline.run(options);
  }

  @Test
  void everyInputFileIsACopyOrAReject() throws Exception {
    List<String> files;
    try (Stream<Path> walk = Files.walk(SAMPLE)) {
      files = walk.filter(Files::isRegularFile).map(p -> p.toAbsolutePath().toString()).sorted().toList();
    }
    List<String> archived = new ArrayList<>(strings(firstRun, "SELECT source_path FROM copies UNION ALL SELECT source_path FROM rejects"));
    archived.sort(null);
    assertEquals(files, archived);
    assertEquals(files.size(), summary.filesMatched());
    assertTrue(summary.accountsForEveryFile(), summary.render());
  }

  @Test
  void rawTextReEncodedGivesTheFileBack() throws Exception {
    try (Connection db = duckdb(firstRun); Statement s = db.createStatement();
        ResultSet rs = s.executeQuery("SELECT source_path, charset, compression, raw_sha256, raw_text FROM copies")) {
      int rows = 0;
      while (rs.next()) {
        rows++;
        byte[] bytes = Files.readAllBytes(Path.of(rs.getString(1)));
        if (rs.getString(3).equals("gzip")) {
          bytes = new GZIPInputStream(new java.io.ByteArrayInputStream(bytes)).readAllBytes();
        }
        byte[] reEncoded = rs.getString(5).getBytes(Charset.forName(rs.getString(2)));
        assertEquals(dev.newsfold.text.Hashing.sha256Hex(bytes), rs.getString(4), rs.getString(1));
        assertEquals(dev.newsfold.text.Hashing.sha256Hex(bytes), dev.newsfold.text.Hashing.sha256Hex(reEncoded),
            "raw text of " + rs.getString(1) + " must re-encode to the file's bytes");
      }
      assertEquals(14, rows);
    }
  }

  @Test
  void theSeedsFoldIntoOneCleanArticle() throws Exception {
    try (Connection db = duckdb(firstRun); Statement s = db.createStatement();
        ResultSet rs = s.executeQuery("SELECT a.title, a.agency, a.published_date, a.urls, a.copy_count, a.body_text "
            + "FROM articles a WHERE list_contains(a.copy_ids, (SELECT copy_id FROM copies WHERE relative_path = '000_6c056e0bb85963ea.txt'))")) {
      assertTrue(rs.next());
      assertEquals("Russia Tells Hamas to 'Keep Promises' on Hostage Release", rs.getString(1));
      assertEquals("AFP", rs.getString(2));
      assertEquals("2025-02-04", rs.getString(3));
      assertTrue(rs.getString(4).contains("https://www.themoscowtimes.com/2025/02/04/russia-tells-hamas-to-keep-promises-on-hostage-release-a87847"));
      assertEquals(2, rs.getInt(5));
      String body = rs.getString(6);
      assertTrue(body.startsWith("A deputy Russian foreign minister met Monday"), body);
      for (String noise : List.of("A Message from The Moscow Times", "Remind me later", "Shcherbak", "Related article",
          "Original url", "themoscowtimes.com")) {
        assertTrue(!body.contains(noise), "boilerplate in the article body: " + noise);
      }
    }
  }

  @Test
  void sampleStoriesFoldAsTheManifestSays() throws Exception {
    Map<String, String> articleOf = new HashMap<>();
    try (Connection db = duckdb(firstRun); Statement s = db.createStatement();
        ResultSet rs = s.executeQuery("SELECT relative_path, article_id FROM copies")) {
      while (rs.next()) {
        articleOf.put(rs.getString(1).substring(0, 3), rs.getString(2));
      }
    }
    List<List<String>> expected = List.of(List.of("000", "001"), List.of("010", "011", "012", "013", "014"),
        List.of("015"), List.of("020", "021"), List.of("030"), List.of("031"), List.of("040"), List.of("050"));
    Set<String> articleIds = new HashSet<>();
    for (List<String> story : expected) {
      Set<String> ids = new HashSet<>();
      story.forEach(f -> ids.add(articleOf.get(f)));
      assertEquals(1, ids.size(), "files " + story + " must be one article");
      articleIds.addAll(ids);
    }
    assertEquals(expected.size(), articleIds.size(), "the stories must be different articles");
    assertEquals(8, summary.articles());
  }

  @Test
  void exactDuplicatesFollowTheirStoryAndEveryArticleHasOneCanonicalCopy() throws Exception {
    // 011 and 014 are byte-identical trimmed copies; 010, the full wire copy, is the story's canonical copy.
    List<String> rows = strings(firstRun, "SELECT match_rule || ':' || is_canonical || ':' || round(containment_in_canonical, 6) "
        + "FROM copies WHERE relative_path LIKE '011%' OR relative_path LIKE '014%'");
    assertEquals(2, rows.size());
    assertEquals(rows.get(0), rows.get(1));
    assertTrue(rows.get(0).startsWith("near:false:"), rows.toString());
    assertEquals(List.of("true"), strings(firstRun,
        "SELECT is_canonical::VARCHAR FROM copies WHERE relative_path LIKE '010%'"));
    assertEquals(List.of(), strings(firstRun, "SELECT article_id FROM copies GROUP BY article_id "
        + "HAVING count(*) FILTER (WHERE is_canonical) <> 1"), "every article has exactly one canonical copy");
    assertEquals(List.of("2"), strings(firstRun, "SELECT count(*)::VARCHAR FROM copies WHERE relative_path LIKE '00%' "
        + "AND article_id = (SELECT article_id FROM copies WHERE relative_path LIKE '001%')"));
  }

  @Test
  void mentionsPointIntoTheArticleBodyAndEntitiesCountThem() throws Exception {
    assertEquals(List.of("0"), strings(firstRun, "SELECT count(*)::VARCHAR FROM mentions m JOIN articles a USING (article_id) "
        + "WHERE substr(a.body_text, m.start_offset + 1, m.end_offset - m.start_offset) <> m.text"));
    assertTrue(Integer.parseInt(strings(firstRun, "SELECT count(*)::VARCHAR FROM mentions").get(0)) > 100);
    assertEquals(List.of("Mikhail Bogdanov"), strings(firstRun, "SELECT DISTINCT entity_key FROM mentions WHERE text = 'Bogdanov'"));
    assertEquals(List.of("1:2:2025-02-04"), strings(firstRun, "SELECT article_count || ':' || mention_count || ':' || first_date "
        + "FROM entities WHERE entity_key = 'Mikhail Bogdanov' AND type = 'PERSON'"));
    assertEquals(List.of("0"), strings(firstRun, "SELECT count(*)::VARCHAR FROM (SELECT entity_key, type, count(*) AS n "
        + "FROM mentions GROUP BY ALL) m JOIN entities e USING (entity_key, type) WHERE m.n <> e.mention_count"));
  }

  @Test
  void anOutputHoldingTablesIsRefusedWithoutOverwrite() throws Exception {
    IllegalArgumentException refused = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
        () -> run(SAMPLE.toString(), firstRun));
    assertTrue(refused.getMessage().contains("--overwrite"), refused.getMessage());
    try (Stream<Path> files = Files.walk(firstRun)) {
      assertTrue(files.noneMatch(p -> p.toString().contains(".newsfold-staging") || p.toString().contains(".temp-beam")),
          "no staging or temporary files are left among the tables");
    }
  }

  @Test
  void twoRunsWriteIdenticalRows() throws Exception {
    Path secondRun = temp.resolve("run2");
    run(SAMPLE.toAbsolutePath() + "/", secondRun);
    for (String table : List.of("copies", "articles", "rejects", "mentions", "entities")) {
      String digest = "SELECT count(*) || ':' || coalesce(md5(string_agg(r::VARCHAR, '|' ORDER BY r::VARCHAR)), '') "
          + "FROM (SELECT * FROM " + table + ") r";
      assertEquals(strings(firstRun, digest), strings(secondRun, digest), table + " differs between two runs");
    }
  }

  @Test
  void theShippedQueriesRunOnTheTables() throws Exception {
    List<Path> queries;
    try (Stream<Path> files = Files.list(Path.of("pipelines/queries"))) {
      queries = files.filter(p -> p.toString().endsWith(".sql") && !p.equals(ArchiveTables.LATEST_VIEWS)).sorted().toList();
    }
    assertTrue(queries.size() >= 7, queries.toString());
    try (Connection db = duckdb(firstRun); Statement s = db.createStatement()) {
      for (Path query : queries) {
        String sql = Files.readString(query);
        try (ResultSet rs = s.executeQuery(sql)) {
          int rows = 0;
          while (rs.next()) {
            rows++;
          }
          assertTrue(rows > 0 || query.endsWith("rejects.sql"), query + " returned no rows");
        }
      }
    }
  }

  @Test
  void filesInAnotherOrderAndOtherParallelismGiveTheSameRows() throws Exception {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(SAMPLE)) {
      files = walk.filter(Files::isRegularFile).sorted(java.util.Comparator.reverseOrder()).toList();
    }
    Path reordered = temp.resolve("reordered-input");
    for (Path f : files) { // written in reverse order: another directory order, other inodes
      Path target = reordered.resolve(SAMPLE.relativize(f).toString());
      Files.createDirectories(target.getParent());
      Files.copy(f, target);
    }
    Path output = temp.resolve("run-reordered");
    NewsfoldPipeline.run(PipelineOptionsFactory.fromArgs("--input=" + reordered, "--output=" + output,
        "--targetParallelism=1", "--shards=3").as(NewsfoldOptions.class));
    for (String table : List.of("copies", "articles", "rejects", "mentions", "entities")) {
      String digest = "SELECT count(*) || ':' || coalesce(md5(string_agg(r::VARCHAR, '|' ORDER BY r::VARCHAR)), '') "
          + "FROM (SELECT * EXCLUDE (" + (table.equals("copies") || table.equals("rejects") ? "source_path" : "dummy")
          + ") FROM " + table + ") r";
      if (!table.equals("copies") && !table.equals("rejects")) {
        digest = digest.replace(" EXCLUDE (dummy)", "");
      }
      assertEquals(strings(firstRun, digest), strings(output, digest), table + " differs with files in another order");
    }
  }

  private static Connection duckdb(Path output) throws SQLException {
    return ArchiveTables.open(output);
  }

  private static List<String> strings(Path output, String sql) throws SQLException {
    return ArchiveTables.strings(output, sql);
  }
}
