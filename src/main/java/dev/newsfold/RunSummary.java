package dev.newsfold;

import dev.newsfold.archive.SkipArchivedFiles;
import dev.newsfold.archive.SkipArchivedRejects;
import dev.newsfold.archive.StagedRunCheck;
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
 * What a run did: files matched and files the archive held already (from the pipeline's metrics),
 * rows per table (counted in the staged tables themselves), rejects by reason, and what the check of
 * the staged run found.
 *
 * @param articles article versions written (new, changed and superseded articles)
 * @param rows rows per table, as staged
 * @param problems what the staged run check found wrong; the run is published only when empty
 */
public record RunSummary(String output, String run, long filesMatched, long copies, long articles, long rejects,
    Map<String, Long> rejectsByReason, Map<String, Long> counters, Map<String, Long> rows, List<String> problems) {

  /** A counter of the run by its short name (e.g. "lsh_candidate_pairs"), summed over namespaces; 0 if absent. */
  public long counter(String name) {
    return sum(counters, name);
  }

  /** Files matched and files archived before, from a finished pipeline's metrics (committed where the runner has them). */
  static Map<String, Long> counters(PipelineResult result) {
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
    return counters;
  }

  static long filesMatched(Map<String, Long> counters) {
    return counters.getOrDefault(ReadArticleFiles.class.getName() + ":" + ReadArticleFiles.FILES_MATCHED, 0L);
  }

  private static long sum(Map<String, Long> counters, String... names) {
    long n = 0;
    for (String name : names) {
      n += counters.entrySet().stream().filter(e -> e.getKey().endsWith(":" + name)).mapToLong(Map.Entry::getValue).sum();
    }
    return n;
  }

  static long alreadyArchived(Map<String, Long> counters) {
    return sum(counters, SkipArchivedFiles.ALREADY_THERE, SkipArchivedRejects.ALREADY_THERE);
  }

  /** What must end as rows or be skipped: every article file, and every record of the WARC and JSON Lines files. */
  static long inputs(Map<String, Long> counters) {
    return filesMatched(counters) - sum(counters, ReadArticleFiles.RECORD_FILES_MATCHED)
        + sum(counters, ReadArticleFiles.RECORDS_READ);
  }

  /** Inputs that need no row of this run: files and records the archive holds, and skipped records. */
  static long accountedBefore(Map<String, Long> counters) {
    return alreadyArchived(counters) + sum(counters, ReadArticleFiles.RECORDS_SKIPPED);
  }

  static RunSummary from(Map<String, Long> counters, String output, String run, StagedRunCheck.Result check) {
    Map<String, Long> byReason = new TreeMap<>();
    for (RejectReason reason : RejectReason.values()) {
      long n = counters.getOrDefault(WriteArchiveTables.class.getName() + ":rejects_" + reason.code(), 0L);
      if (n > 0) {
        byReason.put(reason.code(), n);
      }
    }
    Map<String, Long> rows = check.rows();
    return new RunSummary(output.endsWith("/") ? output : output + "/", run, filesMatched(counters),
        rows.getOrDefault("copies", 0L), rows.getOrDefault("articles", 0L), rows.getOrDefault("rejects", 0L),
        byReason, counters, rows, check.problems());
  }

  /** Files whose row the archive holds already: the same bytes at the same path, as a copy or as a reject. */
  public long alreadyArchived() {
    return alreadyArchived(counters);
  }

  /** WARC and JSON Lines files among the files matched: each is accounted for by its records, not as one row. */
  public long recordFiles() {
    return counter(ReadArticleFiles.RECORD_FILES_MATCHED);
  }

  /** Records read from WARC and JSON Lines files (a file's unreadable or damaged rest counts as one). */
  public long recordsRead() {
    return counter(ReadArticleFiles.RECORDS_READ);
  }

  /** Records that are not articles by their type (WARC requests, metadata, revisits; blank lines): no row. */
  public long recordsSkipped() {
    return counter(ReadArticleFiles.RECORDS_SKIPPED);
  }

  /** What must end as rows or be skipped: every article file, and every record of the WARC and JSON Lines files. */
  public long inputs() {
    return inputs(counters);
  }

  /** Skipped records by their type, e.g. {request=3, revisit=1}. */
  public Map<String, Long> skippedByType() {
    String prefix = ReadArticleFiles.class.getName() + ":" + ReadArticleFiles.RECORDS_SKIPPED + "_";
    Map<String, Long> byType = new TreeMap<>();
    counters.forEach((name, n) -> {
      if (name.startsWith(prefix) && n > 0) {
        byType.put(name.substring(prefix.length()), n);
      }
    });
    return byType;
  }

  /**
   * The staged run is whole: every matched article file and every WARC or JSON Lines record is a row of
   * copies or of rejects (this run's or the archive's) or a skipped record, every copy is in an article
   * version, every article has its canonical copy, every mention its article version.
   */
  public boolean accountsForEveryFile() {
    return problems.isEmpty();
  }

  /** Rows this run wrote, per table. */
  public long rows(String table) {
    return rows.getOrDefault(table, 0L);
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
    if (recordFiles() > 0) {
      s.append(String.format("  records read    : %d in %d WARC / JSON Lines files, %d skipped %s%n", recordsRead(),
          recordFiles(), recordsSkipped(), skippedByType()));
    }
    s.append(String.format("  accounting      : %s (read from the staged tables: %s = copies + rejects + %s; "
        + "every copy in an article)%n", accountsForEveryFile() ? "OK" : "FAILED: " + String.join("; ", problems),
        recordFiles() > 0 ? "files matched - WARC/JSONL files + records" : "files matched",
        recordFiles() > 0 ? "skipped + already archived" : "already archived"));
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
