package dev.newsfold.report;

import dev.newsfold.RunSummary;
import dev.newsfold.progress.RunTimings;
import dev.newsfold.query.ArchiveDatabase;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A run's report.html: what the run did and what the archive now holds, computed from the published
 * tables with embedded DuckDB (the views the query command defines). Written to
 * {@code <archive>/reports/run=NNNNNN/report.html} and copied to {@code <archive>/report.html} (the
 * latest run's). Self-contained: charts are embedded images, nothing is fetched when it opens.
 */
public final class RunReport {
  public static final String FILE = "report.html";

  private RunReport() {}

  /** Where a run's report is written. */
  public static Path pathFor(String archive, String runName) {
    return Path.of(archive).resolve("reports").resolve(runName).resolve(FILE);
  }

  /**
   * Writes the report of a published run. A report that cannot be written does not fail the run (its
   * tables are published): the reason goes to stderr and the result is empty. Archives on object stores
   * get no report (embedded DuckDB reads local files only here).
   */
  public static Optional<Path> writeAfterPublish(String archive, String runName, RunSummary summary, RunTimings timings) {
    if (archive.contains("://")) {
      System.err.println("report: not written for " + archive + ": reports are written for local archives only");
      return Optional.empty();
    }
    Path path = pathFor(archive, runName);
    try {
      Files.deleteIfExists(path); // an overwritten run's old report must not pass for this one's
      Files.createDirectories(path.getParent());
      String html = render(archive, runName, summary, timings);
      Files.writeString(path, html, StandardCharsets.UTF_8);
      Files.writeString(Path.of(archive).resolve(FILE), html, StandardCharsets.UTF_8);
      return Optional.of(path);
    } catch (IOException | SQLException | RuntimeException e) {
      System.err.println("report: could not write the report of " + runName + " in " + archive + ": " + e);
      return Optional.empty();
    }
  }

  static String render(String archiveFolder, String runName, RunSummary summary, RunTimings timings)
      throws SQLException {
    String archive = archiveFolder.length() > 1 && archiveFolder.endsWith("/")
        ? archiveFolder.substring(0, archiveFolder.length() - 1) : archiveFolder;
    ReportPage page = new ReportPage("newsfold report: " + archive + " " + runName);
    page.paragraph("The archive's latest state after " + runName + ", with what this run added. Produced from the "
        + "published tables; the same numbers come from pipelines/query.sh --archive=" + archive + ".");
    page.facts("accounting", "Accounting of this run", accounting(summary),
        summary.accountsForEveryFile() ? "ok" : "failed",
        summary.accountsForEveryFile() ? "OK: every file matched is a copy, a reject, or already archived."
            : "FAILED: files matched != copies + rejects + already archived.");
    try (Connection db = ArchiveDatabase.open(archive)) {
      ReportFigures figures = new ReportFigures(db, runName);
      page.breakdown(figures.totals(), Optional.empty());
      Breakdown histogram = figures.copiesPerArticle();
      page.breakdown(histogram, ReportCharts.barChart(histogram, "copies per article", 2));
      Breakdown outlets = figures.copiesByOutlet();
      page.breakdown(outlets, ReportCharts.barChart(outlets, "outlet", 2));
      Breakdown folders = figures.copiesByFolder();
      page.breakdown(folders, ReportCharts.barChart(folders, "source folder", 2));
      page.table("top-stories", "The ten most-copied stories",
          "Latest state: each article's title is its canonical (most complete) copy's.",
          List.of("title", "copies", "agency", "published", "outlets", "article_id"), figures.topStories(), 1);
      Breakdown rejects = figures.rejectsByReason();
      page.breakdown(rejects, ReportCharts.barChart(rejects, "reason", 2));
      Breakdown boilerplate = figures.boilerplateByRule();
      page.breakdown(boilerplate, ReportCharts.barChart(boilerplate, "rule", 2));
      Breakdown entities = figures.entities();
      page.breakdown(entities, ReportCharts.barChart(entities, "entity", 1));
    }
    page.table("timings", "Run timings", timings.stages().isEmpty()
            ? String.format("The pipeline ran %.1f s. Not recorded per stage: the runner reported no metrics while "
                + "the job ran (embedded Flink runs the whole job inside run()).", timings.pipelineSeconds())
            : String.format("The pipeline ran %.1f s. Per stage: when its counters were first and last seen moving, "
                + "in seconds from the start (sampled every progress interval).", timings.pipelineSeconds()),
        List.of("stage", "first seen (s)", "last moved (s)"), timingRows(timings), -1);
    page.table("counters", "Run counters", "Every counter the pipeline reported: what each step read, kept, "
        + "dropped and rejected, by the class that counts it.", List.of("counted by", "counter", "value"),
        counterRows(summary.counters()), 2);
    return page.finish();
  }

  private static Map<String, String> accounting(RunSummary summary) {
    Map<String, String> facts = new LinkedHashMap<>();
    facts.put("files matched", String.format("%,d", summary.filesMatched()));
    facts.put("copies added", String.format("%,d", summary.copies()));
    facts.put("already archived", String.format("%,d", summary.alreadyArchived()));
    facts.put("rejects added", String.format("%,d", summary.rejects()));
    facts.put("articles new", String.format("%,d", summary.counter("articles_new")));
    facts.put("articles changed", String.format("%,d", summary.counter("articles_changed")));
    facts.put("articles unchanged", String.format("%,d", summary.counter("articles_unchanged")));
    facts.put("articles superseded", String.format("%,d", summary.counter("articles_superseded")));
    facts.put("mentions added", String.format("%,d", summary.rows("mentions")));
    return facts;
  }

  private static List<List<String>> counterRows(Map<String, Long> counters) {
    List<List<String>> rows = new ArrayList<>();
    counters.forEach((name, value) -> {
      int colon = name.lastIndexOf(':');
      String namespace = name.substring(0, Math.max(colon, 0));
      rows.add(List.of(namespace.substring(namespace.lastIndexOf('.') + 1), name.substring(colon + 1),
          String.format("%,d", value)));
    });
    return rows;
  }

  private static List<List<String>> timingRows(RunTimings timings) {
    List<List<String>> rows = new ArrayList<>();
    for (RunTimings.Stage stage : timings.stages()) {
      rows.add(List.of(stage.name(), String.format("%.1f", stage.firstSeenSeconds()),
          String.format("%.1f", stage.lastMovedSeconds())));
    }
    return rows;
  }
}
