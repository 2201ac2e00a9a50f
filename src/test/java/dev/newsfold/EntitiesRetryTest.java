package dev.newsfold;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsfold.archive.ArchiveTables;
import dev.newsfold.entities.EntityRecognizer;
import dev.newsfold.entities.Recognition;
import dev.newsfold.entities.Recognizers;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Entities recorded only when extracted, on three sample stories: a run whose recognizer fails on
 * one body leaves that article's entities_version null, and a later run extracts it into a next
 * version; an archive built without entities is backfilled by the first run with them. Either way
 * the archive ends with the mentions and entities of one run over the files.
 */
class EntitiesRetryTest {
  private static final List<String> FILES = List.of("000_6c056e0bb85963ea.txt", "030_library-reopens_fenwickcourier.txt",
      "040_rate-cut_northgateeconomist.md");
  private static final List<String> ENTITY_STATE = List.of(
      "SELECT * EXCLUDE (run, version, entities_version) FROM articles",
      "SELECT * EXCLUDE (article_version) FROM mentions",
      "SELECT * FROM entities");
  @TempDir
  static Path temp;
  private static Path input;
  private static Path oneRun;

  /** CoreNLP, except that it breaks on the library story (the Wendbridge one). */
  static final class BreaksOnWendbridge implements EntityRecognizer {
    @Override
    public Recognition recognize(String text) {
      if (text.contains("Wendbridge")) {
        throw new IllegalStateException("recognizer failure injected by the test");
      }
      return Recognizers.coreNlp().recognize(text);
    }
  }

  @BeforeAll
  static void archiveTheFilesInOneRun() throws IOException {
    input = temp.resolve("input");
    Files.createDirectories(input);
    for (String file : FILES) {
      Files.copy(Path.of("sample-input", file), input.resolve(file));
    }
    oneRun = temp.resolve("one-run");
    run(false, "--input=" + input, "--output=" + oneRun);
  }

  @Test
  void aFailedExtractionIsRecordedAsMissingAndTheNextRunExtractsIt() throws Exception {
    Path archive = temp.resolve("failed-once");
    RunSummary first = run(true, "--input=" + input, "--output=" + archive);
    assertEquals(1, first.counter("articles_failed_entities"), first.render());
    assertEquals(1, first.counter("article_versions_written_without_entities"), first.render());
    String library = strings(archive, "SELECT article_id FROM articles WHERE body_text LIKE '%Wendbridge%'").get(0);
    assertEquals(List.of(library + ":1:null"), strings(archive, "SELECT article_id || ':' || version || ':' "
        + "|| coalesce(entities_version::VARCHAR, 'null') FROM articles WHERE entities_version IS NULL"));
    assertEquals(List.of("2"), strings(archive, "SELECT count(*)::VARCHAR FROM articles WHERE entities_version = 1"));
    assertEquals(List.of("0"), strings(archive, "SELECT count(*)::VARCHAR FROM mentions WHERE article_id = '" + library + "'"));

    // Failing again adds nothing: no identical version on every run while the recognizer breaks.
    RunSummary again = run(true, "--input=" + input, "--archive=" + archive);
    assertEquals(1, again.counter("articles_entities_backfill_failed"), again.render());
    assertTrue(again.addsNothing(), again.render());

    RunSummary fixed = run(false, "--input=" + input, "--archive=" + archive);
    assertEquals(1, fixed.counter("articles_entities_backfilled"), fixed.render());
    assertEquals(List.of(library + ":1:null", library + ":2:2"), strings(archive,
        "SELECT article_id || ':' || version || ':' || coalesce(entities_version::VARCHAR, 'null') "
            + "FROM article_versions WHERE run = 2 OR article_id = '" + library + "' ORDER BY version"),
        "a next version of the library story, the others untouched");
    assertTrue(!strings(archive, "SELECT text FROM mentions WHERE article_id = '" + library
        + "' AND article_version = 2").isEmpty());
    assertSameEntityStateAsOneRun(archive);
  }

  @Test
  void anArchiveBuiltWithoutEntitiesIsBackfilledByTheFirstRunWithThem() throws Exception {
    Path archive = temp.resolve("without-entities");
    run(false, "--input=" + input, "--output=" + archive, "--extractEntities=false");
    long articles = Long.parseLong(strings(archive, "SELECT count(*)::VARCHAR FROM articles").get(0));
    RunSummary backfill = run(false, "--input=" + input, "--archive=" + archive);
    assertEquals(articles, backfill.counter("articles_entities_missing"), backfill.render());
    assertEquals(articles, backfill.counter("articles_entities_backfilled"), backfill.render());
    assertEquals(List.of(articles + ":2:2"), strings(archive, "SELECT count(*) || ':' || min(version) || ':' "
        + "|| min(entities_version) FROM articles WHERE version = entities_version"), "every live article");
    assertSameEntityStateAsOneRun(archive);
    RunSummary rerun = run(false, "--input=" + input, "--archive=" + archive);
    assertTrue(rerun.addsNothing(), rerun.render());
  }

  private static void assertSameEntityStateAsOneRun(Path archive) throws Exception {
    for (String query : ENTITY_STATE) {
      assertEquals(rows(oneRun, query), rows(archive, query), query);
    }
    assertFalse(rows(archive, "SELECT * FROM mentions").isEmpty());
  }

  private static RunSummary run(boolean breakOnWendbridge, String... args) {
    NewsfoldOptions options = PipelineOptionsFactory.fromArgs(args).as(NewsfoldOptions.class);
    if (breakOnWendbridge) {
      options.setEntityRecognizer(BreaksOnWendbridge::new);
    }
    RunSummary summary = NewsfoldPipeline.run(options);
    assertTrue(summary.accountsForEveryFile(), summary.render());
    return summary;
  }

  private static List<String> rows(Path archive, String query) throws Exception {
    return strings(archive, "SELECT r::VARCHAR FROM (" + query + ") r ORDER BY 1");
  }

  private static List<String> strings(Path archive, String sql) throws Exception {
    return ArchiveTables.strings(archive, sql);
  }
}
