package dev.newsfold.collapse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.newsfold.NewsfoldOptions;
import dev.newsfold.NewsfoldPipeline;
import dev.newsfold.archive.ArchiveTables;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same body on dates further apart than the fold window is two stories (a brief recurring with
 * the same figures), and so two articles with ids of their own: the run once failed when both took
 * the id of their shared exact fingerprint.
 */
class RecurringBodyTest {
  private static String page(String date) {
    return "<html><head><title>Reserve operations</title><meta property=\"article:published_time\" content=\""
        + date + "T10:00:00Z\"></head><body><article><h1>Reserve operations</h1>"
        + "<p>The Federal Reserve entered the government securities market to arrange 1.5 billion dlrs of"
        + " customer repurchase agreements, a Fed spokesman said on the day.</p>"
        + "<p>Dealers said Federal funds were trading at 6-3/16 pct when the Fed began its temporary and"
        + " indirect supply of reserves to the banking system.</p></article></body></html>";
  }

  @Test
  void theSameBodyAMonthApartIsTwoArticlesWithTwoIds(@TempDir Path temp) throws Exception {
    Path input = Files.createDirectories(temp.resolve("in"));
    Files.writeString(input.resolve("march.html"), page("2025-03-02"));
    Files.writeString(input.resolve("march-again.html"), page("2025-03-02"));
    Files.writeString(input.resolve("april.html"), page("2025-04-06"));
    Path archive = temp.resolve("archive");
    NewsfoldPipeline.run(PipelineOptionsFactory.fromArgs("--input=" + input, "--output=" + archive,
        "--extractEntities=false").as(NewsfoldOptions.class));
    List<String> rows = ArchiveTables.strings(archive, "SELECT published_date || ' ' || count(*) || ' '"
        + " || count(DISTINCT article_id) FROM copies GROUP BY published_date ORDER BY published_date");
    assertEquals(List.of("2025-03-02 2 1", "2025-04-06 1 1"), rows);
    assertEquals(List.of("2"), ArchiveTables.strings(archive, "SELECT count(DISTINCT article_id) FROM copies"));
  }
}
