package dev.newsfold;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsfold.archive.ArchiveTables;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An archive grown batch by batch (--archive), read back with DuckDB through pipelines/queries/latest.sql. */
class IncrementalArchiveTest {
  private static final Path SAMPLE = Path.of("sample-input");
  /** The latest state, minus what says when a row was written (run, versions) and where the batch lay (source_path). */
  private static final List<String> LATEST_STATE = List.of(
      "SELECT * EXCLUDE (run, version, entities_version) FROM articles",
      "SELECT * EXCLUDE (run, source_path) FROM copies",
      "SELECT * EXCLUDE (article_version) FROM mentions",
      "SELECT * FROM entities",
      "SELECT * EXCLUDE (run, source_path) FROM rejects");
  @TempDir
  static Path temp;
  private static Path oneRun;
  private static List<Path> files;

  @BeforeAll
  static void archiveTheSampleInOneRun() throws IOException {
    try (Stream<Path> walk = Files.list(SAMPLE)) {
      files = walk.filter(Files::isRegularFile).sorted().toList();
    }
    oneRun = temp.resolve("one-run");
    run("--input=" + SAMPLE, "--output=" + oneRun);
  }

  @Test
  void twoBatchesInEitherOrderGiveTheLatestStateOfOneRun() throws Exception {
    // The byte-identical 011 and 014 land in different batches: two copies, as in one run.
    Path even = batch("even", i -> i % 2 == 0);
    Path odd = batch("odd", i -> i % 2 == 1);
    for (List<Path> order : List.of(List.of(even, odd), List.of(odd, even))) {
      Path archive = temp.resolve("batches-" + order.get(0).getFileName());
      RunSummary first = run("--input=" + order.get(0), "--output=" + archive);
      RunSummary second = run("--input=" + order.get(1), "--archive=" + archive);
      assertTrue(first.accountsForEveryFile() && second.accountsForEveryFile(), second.render());
      assertEquals("run=000002", second.run());
      assertTrue(second.counter("articles_changed") > 0, "copies of archived stories join them: " + second.render());
      for (String query : LATEST_STATE) {
        assertSameRows(rows(oneRun, query), rows(archive, query), order.get(0).getFileName() + " first: " + query);
      }
      assertEquals(List.of("8"), strings(archive, "SELECT count(*)::VARCHAR FROM articles"));
      // An archived id whose story now has another id (a copy dated earlier arrived) points to it.
      assertEquals(List.of(), strings(archive, "SELECT v.article_id FROM article_versions v "
          + "WHERE v.superseded_by IS NOT NULL AND v.superseded_by NOT IN (SELECT article_id FROM articles)"));
      assertEquals(List.of(String.valueOf(second.counter("articles_superseded"))), strings(archive,
          "SELECT count(*)::VARCHAR FROM article_versions WHERE superseded_by IS NOT NULL"));
      // Entities are extracted again only for versions whose body is new; the others keep their mentions.
      assertEquals(List.of("0"), strings(archive, "SELECT count(*)::VARCHAR FROM read_parquet('" + archive
          + "/mentions/run=000002/*.parquet') m WHERE NOT EXISTS (SELECT 1 FROM article_versions v WHERE v.run = 2 "
          + "AND v.article_id = m.article_id AND v.version = m.article_version AND v.entities_version = v.version)"));
      if (order.get(0).equals(even)) { // 010, the full copy, came first: 011 and 013 join without a new body.
        assertTrue(!strings(archive, "SELECT article_id FROM articles WHERE version = 2 AND entities_version = 1").isEmpty());
      }
      System.out.println(order.get(0).getFileName() + " first, then " + order.get(1).getFileName() + ": "
          + second.counter("articles_new") + " new, " + second.counter("articles_changed") + " changed, "
          + second.counter("articles_unchanged") + " unchanged, " + second.counter("articles_superseded") + " superseded");
    }
  }

  @Test
  void aGeneratedCorpusInTwoBatchesGivesTheLatestStateOfOneRun() throws Exception {
    // Outlet boilerplate that only recurs across both batches must come out of the first batch's copies too.
    Path corpus = temp.resolve("generated");
    dev.newsfold.bench.CorpusGenerator.generate(corpus, 40, 20261122L);
    Path files = corpus.resolve("files");
    List<Path> all;
    try (Stream<Path> walk = Files.walk(files)) {
      all = walk.filter(Files::isRegularFile).sorted().toList();
    }
    Path[] batches = {temp.resolve("generated-1"), temp.resolve("generated-2")};
    for (Path f : all) {
      Path target = batches[Math.floorMod(files.relativize(f).toString().hashCode(), 2)].resolve(files.relativize(f));
      Files.createDirectories(target.getParent());
      Files.copy(f, target);
    }
    Path whole = temp.resolve("generated-one-run");
    Path grown = temp.resolve("generated-two-runs");
    run("--input=" + files, "--output=" + whole, "--extractEntities=false");
    run("--input=" + batches[0], "--output=" + grown, "--extractEntities=false");
    RunSummary second = run("--input=" + batches[1], "--archive=" + grown, "--extractEntities=false");
    assertTrue(second.counter("archived_copies_stripped_anew") > 0, "the corpus exercises boilerplate decided again: "
        + second.counters());
    for (String query : List.of("SELECT * EXCLUDE (run, version, entities_version) FROM articles",
        // A copy row keeps its body and fingerprints as first archived; its place comes from the current ones.
        "SELECT * EXCLUDE (run, source_path, body_text, word_count, stripped_blocks, corpus_removed_paragraphs, "
            + "corpus_removed_positions, exact_fingerprint, minhash, shingles, shingle_count) FROM copies")) {
      assertSameRows(rows(whole, query), rows(grown, query), query);
    }
  }

  @Test
  void rerunningABatchAddsNothing() throws Exception {
    Path archive = temp.resolve("rerun");
    run("--input=" + SAMPLE, "--output=" + archive, "--extractEntities=false");
    List<String> before = tree(archive);
    RunSummary again = run("--input=" + SAMPLE, "--archive=" + archive, "--extractEntities=false");
    assertTrue(again.addsNothing(), again.render());
    assertEquals(files.size(), again.alreadyArchived());
    assertEquals(8, again.counter("articles_unchanged"));
    assertEquals(before, tree(archive), "a rerun writes no file");
  }

  @Test
  void aFileDeliveredAgainIsNotArchivedTwiceButTheSameBytesUnderAnotherNameAreAnotherCopy() throws Exception {
    Path archive = temp.resolve("redelivered");
    run("--input=" + SAMPLE, "--output=" + archive, "--extractEntities=false");
    Path nextDump = temp.resolve("next-dump");
    Files.createDirectories(nextDump);
    Files.copy(SAMPLE.resolve("001_f9f9b3f117937358.txt"), nextDump.resolve("001_f9f9b3f117937358.txt"));
    Files.copy(SAMPLE.resolve("001_f9f9b3f117937358.txt"), nextDump.resolve("moscow-times-resaved.txt"));
    RunSummary summary = run("--input=" + nextDump, "--archive=" + archive, "--extractEntities=false");
    assertTrue(summary.accountsForEveryFile(), summary.render());
    assertEquals(1, summary.alreadyArchived(), "the same bytes at the same path below the input root");
    assertEquals(1, summary.copies(), summary.render());
    assertEquals(List.of("true:3"), strings(archive, "SELECT (c.article_id = (SELECT article_id FROM copies "
        + "WHERE relative_path = '001_f9f9b3f117937358.txt'))::VARCHAR || ':' || a.copy_count "
        + "FROM copies c JOIN articles a USING (article_id) WHERE c.relative_path = 'moscow-times-resaved.txt'"));
    assertEquals(List.of("15"), strings(archive, "SELECT count(*)::VARCHAR FROM copies"));
    assertEquals(List.of("0"), strings(archive, "SELECT count(*)::VARCHAR FROM rejects"));
  }

  @Test
  void aMoreCompleteCopyBecomesCanonicalAndTheEarlierVersionStays() throws Exception {
    // 011 and 013 are trimmed copies of the Lisbon strike story; 010 is the full wire copy.
    Path trimmed = batch("trimmed", i -> files.get(i).getFileName().toString().matches("01[13]_.*"));
    Path full = batch("full", i -> files.get(i).getFileName().toString().startsWith("010_"));
    Path archive = temp.resolve("more-complete");
    run("--input=" + trimmed, "--output=" + archive);
    String id = strings(archive, "SELECT article_id FROM articles").get(0);
    RunSummary summary = run("--input=" + full, "--archive=" + archive);
    assertEquals(1, summary.counter("articles_changed"), summary.render());
    String fullCopy = strings(archive, "SELECT copy_id FROM copies WHERE relative_path LIKE '010%'").get(0);
    assertEquals(List.of(id + ":1:false", id + ":2:true"), strings(archive,
        "SELECT article_id || ':' || version || ':' || (canonical_copy_id = '" + fullCopy + "') "
            + "FROM article_versions ORDER BY version"), "the id stays; version 1 is still there");
    assertEquals(List.of("3:" + fullCopy), strings(archive, "SELECT copy_count || ':' || canonical_copy_id FROM articles"));
    assertEquals(List.of("true"), strings(archive, "SELECT is_canonical::VARCHAR FROM copies WHERE copy_id = '" + fullCopy + "'"));
    // Mentions were extracted again for the new body, and the current ones point into it.
    assertEquals(List.of("2"), strings(archive, "SELECT entities_version::VARCHAR FROM articles"));
    assertEquals(List.of("0"), strings(archive, "SELECT count(*)::VARCHAR FROM mentions m JOIN articles a USING (article_id) "
        + "WHERE substr(a.body_text, m.start_offset + 1, m.end_offset - m.start_offset) <> m.text"));
    assertTrue(Integer.parseInt(strings(archive, "SELECT count(*)::VARCHAR FROM mentions").get(0)) > 0);
  }

  private static RunSummary run(String... args) {
    return NewsfoldPipeline.run(PipelineOptionsFactory.fromArgs(args).as(NewsfoldOptions.class));
  }

  /** A folder holding the sample files whose index (in name order) passes {@code chosen}. */
  private static Path batch(String name, Predicate<Integer> chosen) throws IOException {
    Path folder = temp.resolve("input-" + name);
    Files.createDirectories(folder);
    for (int i = 0; i < files.size(); i++) {
      if (chosen.test(i)) {
        Files.copy(files.get(i), folder.resolve(files.get(i).getFileName()));
      }
    }
    return folder;
  }

  private static void assertSameRows(List<String> expected, List<String> actual, String what) {
    for (int i = 0; i < Math.max(expected.size(), actual.size()); i++) {
      String want = i < expected.size() ? expected.get(i) : "(none)";
      String got = i < actual.size() ? actual.get(i) : "(none)";
      if (!want.equals(got)) {
        int at = 0;
        while (at < Math.min(want.length(), got.length()) && want.charAt(at) == got.charAt(at)) {
          at++;
        }
        int from = Math.max(0, at - 150);
        throw new AssertionError(what + ": sorted row " + i + " differs at character " + at + "\n  expected: ..."
            + want.substring(from, Math.min(want.length(), at + 150)) + "\n  actual:   ..."
            + got.substring(from, Math.min(got.length(), at + 150)));
      }
    }
  }

  /** Every row of a query, sorted, as text. */
  private static List<String> rows(Path archive, String query) throws Exception {
    return strings(archive, "SELECT r::VARCHAR FROM (" + query + ") r ORDER BY 1");
  }

  private static List<String> strings(Path archive, String sql) throws Exception {
    return ArchiveTables.strings(archive, sql);
  }

  private static List<String> tree(Path folder) throws IOException {
    List<String> out = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(folder)) {
      walk.sorted().forEach(p -> out.add(folder.relativize(p) + (Files.isRegularFile(p) ? " " + p.toFile().length() : "")));
    }
    return out;
  }
}
