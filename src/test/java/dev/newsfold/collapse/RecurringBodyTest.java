package dev.newsfold.collapse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.newsfold.NewsfoldOptions;
import dev.newsfold.NewsfoldPipeline;
import dev.newsfold.archive.ArchiveTables;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same body on dates further apart than the fold window is two stories (a brief recurring with
 * the same figures), and so two articles with ids of their own: the run once failed when both took
 * the id of their shared exact fingerprint. An undated copy of the body stays with its first story.
 */
class RecurringBodyTest {
  private static final String BY_DATE = "SELECT coalesce(published_date::VARCHAR, 'undated') || ' ' || count(*) || ' '"
      + " || count(DISTINCT article_id) FROM copies GROUP BY published_date ORDER BY published_date NULLS LAST";
  private static final String IDS = "SELECT coalesce(published_date::VARCHAR, 'undated') || ' ' || article_id"
      + " FROM copies ORDER BY 1";

  private static String page(String date) {
    String meta = date == null ? "" : "<meta property=\"article:published_time\" content=\"" + date + "T10:00:00Z\">";
    return "<html><head><title>Reserve operations</title>" + meta + "</head><body><article><h1>Reserve operations</h1>"
        + "<p>The Federal Reserve entered the government securities market to arrange 1.5 billion dlrs of"
        + " customer repurchase agreements, a Fed spokesman said on the day.</p>"
        + "<p>Dealers said Federal funds were trading at 6-3/16 pct when the Fed began its temporary and"
        + " indirect supply of reserves to the banking system.</p></article></body></html>";
  }

  private static final Map<String, String> MARCH = Map.of("march.html", "2025-03-02", "march-again.html", "2025-03-02");
  private static final Map<String, String> APRIL = Map.of("april.html", "2025-04-06");

  private static Path folder(Path temp, String name, Map<String, String> pages) throws Exception {
    Path folder = Files.createDirectories(temp.resolve(name));
    for (Map.Entry<String, String> p : pages.entrySet()) {
      Files.writeString(folder.resolve(p.getKey()), page(p.getValue()));
    }
    return folder;
  }

  private static void run(String... args) {
    NewsfoldPipeline.run(PipelineOptionsFactory.fromArgs(args).withValidation().as(NewsfoldOptions.class));
  }

  @Test
  void theSameBodyAMonthApartIsTwoArticlesWithTwoIds(@TempDir Path temp) throws Exception {
    Path input = folder(temp, "in", MARCH);
    Files.writeString(input.resolve("april.html"), page("2025-04-06"));
    Files.writeString(input.resolve("undated.html"), page(null));
    Path archive = temp.resolve("archive");
    run("--input=" + input, "--output=" + archive, "--extractEntities=false");
    assertEquals(List.of("2025-03-02 2 1", "2025-04-06 1 1", "undated 1 1"), ArchiveTables.strings(archive, BY_DATE));
    assertEquals(List.of("2"), ArchiveTables.strings(archive, "SELECT count(DISTINCT article_id) FROM copies"));
    assertEquals(List.of("1"), ArchiveTables.strings(archive, "SELECT count(DISTINCT article_id) FROM copies"
        + " WHERE published_date IS NULL OR published_date = DATE '2025-03-02'"));
  }

  @Test
  void grownInEitherOrderTheIdsAreThoseOfOneRun(@TempDir Path temp) throws Exception {
    Path march = folder(temp, "march", MARCH);
    Path april = folder(temp, "april", APRIL);
    Path both = folder(temp, "both", Map.of("march.html", "2025-03-02", "march-again.html", "2025-03-02",
        "april.html", "2025-04-06"));
    Path whole = temp.resolve("whole");
    run("--input=" + both, "--output=" + whole, "--extractEntities=false");
    List<String> expected = ArchiveTables.strings(whole, IDS);
    for (List<Path> order : List.of(List.of(march, april), List.of(april, march))) {
      Path archive = temp.resolve("grown-" + order.get(0).getFileName());
      run("--input=" + order.get(0), "--output=" + archive, "--extractEntities=false");
      run("--input=" + order.get(1), "--archive=" + archive, "--extractEntities=false");
      assertEquals(expected, ArchiveTables.strings(archive, IDS), order.get(0).getFileName() + " first");
    }
  }
}
