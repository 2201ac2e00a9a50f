package dev.newsfold;

import dev.newsfold.archive.SkipArchivedFiles;
import dev.newsfold.archive.SkipArchivedRejects;
import dev.newsfold.archive.TableSchemas;
import dev.newsfold.archive.WriteArchiveTables;
import java.util.ArrayList;
import java.util.List;
import dev.newsfold.ingest.ReadArticleFiles;
import dev.newsfold.report.RunReport;
import dev.newsfold.model.RejectReason;
import java.util.Map;
import java.util.TreeMap;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.metrics.MetricQueryResults;
import org.apache.beam.sdk.metrics.MetricResult;
import org.apache.beam.sdk.metrics.MetricsFilter;

/**
 * What a run did, from its metrics: files matched, rows per table, rejects by reason, files the
 * archive held already, and the accounting check.
 *
 * @param articles article versions written (new, changed and superseded articles)
 */
public record RunSummary(String output, String run, long filesMatched, long copies, long articles, long rejects,
    Map<String, Long> rejectsByReason, Map<String, Long> counters) {

  /** A counter of the run by its short name (e.g. "lsh_candidate_pairs"), summed over namespaces; 0 if absent. */
  public long counter(String name) {
    return counters.entrySet().stream().filter(e -> e.getKey().endsWith(":" + name))
        .mapToLong(Map.Entry::getValue).sum();
  }

  static RunSummary from(PipelineResult result, String output, String run) {
    Map<String, Long> counters = new TreeMap<>();
    MetricQueryResults metrics = result.metrics().queryMetrics(MetricsFilter.builder().build());
    for (MetricResult<Long> c : metrics.getCounters()) {
      long value;
      try {
        value = c.getCommitted();
      } catch (UnsupportedOperationException e) {
        value = c.getAttempted(); // Some runners report attempted values only.
      }
      counters.merge(c.getName().getNamespace() + ":" + c.getName().getName(), value, Long::sum);
    }
    Map<String, Long> byReason = new TreeMap<>();
    for (RejectReason reason : RejectReason.values()) {
      long n = counters.getOrDefault(WriteArchiveTables.class.getName() + ":rejects_" + reason.code(), 0L);
      if (n > 0) {
        byReason.put(reason.code(), n);
      }
    }
    return new RunSummary(output.endsWith("/") ? output : output + "/", run,
        counters.getOrDefault(ReadArticleFiles.class.getName() + ":files_matched", 0L),
        counters.getOrDefault(WriteArchiveTables.class.getName() + ":copies_rows", 0L),
        counters.getOrDefault(WriteArchiveTables.class.getName() + ":articles_rows", 0L),
        counters.getOrDefault(WriteArchiveTables.class.getName() + ":rejects_rows", 0L),
        byReason, counters);
  }

  /** Files whose row the archive holds already: the same bytes at the same path, as a copy or as a reject. */
  public long alreadyArchived() {
    return counter(SkipArchivedFiles.ALREADY_THERE) + counter(SkipArchivedRejects.ALREADY_THERE);
  }

  /** Every matched file is a row of copies or of rejects, this run's or the archive's. */
  public boolean accountsForEveryFile() {
    return filesMatched == copies + rejects + alreadyArchived();
  }

  /** Rows this run wrote, per table. */
  public long rows(String table) {
    return counter(table + "_rows");
  }

  /** The run found nothing the archive does not hold. */
  public boolean addsNothing() {
    return copies == 0 && rejects == 0 && articles == 0;
  }

  /** The tables this run wrote rows to; the entities snapshot only when an article changed. */
  public List<String> tablesWithRows() {
    List<String> tables = new ArrayList<>();
    for (String table : TableSchemas.TABLES.keySet()) {
      if (rows(table) > 0 && (!table.equals("entities") || articles > 0)) {
        tables.add(table);
      }
    }
    return tables;
  }

  public String render() {
    StringBuilder s = new StringBuilder();
    s.append("newsfold run summary (").append(run).append(")\n");
    s.append(String.format("  files matched   : %d%n", filesMatched));
    s.append(String.format("  copies added    : %d%n", copies));
    s.append(String.format("  already archived: %d%n", alreadyArchived()));
    s.append(String.format("  rejects added   : %d%s%n", rejects, rejectsByReason.isEmpty() ? "" : " " + rejectsByReason));
    s.append(String.format("  accounting      : %s (files matched = copies + rejects + already archived)%n",
        accountsForEveryFile() ? "OK" : "FAILED: " + filesMatched + " != " + copies + " + " + rejects + " + "
            + alreadyArchived()));
    s.append(String.format("  articles        : %d new, %d changed, %d unchanged, %d superseded%n",
        counter("articles_new"), counter("articles_changed"), counter("articles_unchanged"),
        counter("articles_superseded")));
    s.append(String.format("  mentions added  : %d%n", rows("mentions")));
    if (addsNothing()) {
      s.append("  nothing new     : the archive already holds every file; no run folder was written\n");
    } else {
      s.append("  tables          : ").append(output).append("{")
          .append(String.join(",", TableSchemas.TABLES.keySet())).append("}/").append(run).append("/*.parquet\n");
    }
    s.append("  query           : ").append(queryCommand()).append("   (or any SQL; no argument lists the queries)\n");
    java.nio.file.Path report = RunReport.pathFor(output, run);
    if (!output.contains("://") && java.nio.file.Files.exists(report)) {
      s.append("  report          : ").append(report).append('\n');
    }
    return s.toString();
  }

  /** The command that prints the archive's articles (its latest state). */
  public String queryCommand() {
    String archive = output.length() > 1 && output.endsWith("/") ? output.substring(0, output.length() - 1) : output;
    return "pipelines/query.sh --archive=" + (archive.contains(" ") ? "'" + archive + "'" : archive) + " articles";
  }
}
