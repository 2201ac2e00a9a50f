package dev.newsfold;

import dev.newsfold.archive.WriteArchiveTables;
import dev.newsfold.ingest.ReadArticleFiles;
import dev.newsfold.model.RejectReason;
import java.util.Map;
import java.util.TreeMap;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.metrics.MetricQueryResults;
import org.apache.beam.sdk.metrics.MetricResult;
import org.apache.beam.sdk.metrics.MetricsFilter;

/** What a run did, from its metrics: files matched, rows per table, rejects by reason, and the accounting check. */
public record RunSummary(String output, long filesMatched, long copies, long articles, long rejects,
    Map<String, Long> rejectsByReason, Map<String, Long> counters) {

  /** A counter of the run by its short name (e.g. "lsh_candidate_pairs"), summed over namespaces; 0 if absent. */
  public long counter(String name) {
    return counters.entrySet().stream().filter(e -> e.getKey().endsWith(":" + name))
        .mapToLong(Map.Entry::getValue).sum();
  }

  static RunSummary from(PipelineResult result, String output) {
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
    return new RunSummary(output,
        counters.getOrDefault(ReadArticleFiles.class.getName() + ":files_matched", 0L),
        counters.getOrDefault(WriteArchiveTables.class.getName() + ":copies_rows", 0L),
        counters.getOrDefault(WriteArchiveTables.class.getName() + ":articles_rows", 0L),
        counters.getOrDefault(WriteArchiveTables.class.getName() + ":rejects_rows", 0L),
        byReason, counters);
  }

  /** Every matched file is a row of copies or of rejects. */
  public boolean accountsForEveryFile() {
    return filesMatched == copies + rejects;
  }

  public String render() {
    String table = output.endsWith("/") ? output : output + "/";
    StringBuilder s = new StringBuilder();
    s.append("newsfold run summary\n");
    s.append(String.format("  files matched : %d%n", filesMatched));
    s.append(String.format("  copies        : %d%n", copies));
    s.append(String.format("  articles      : %d%n", articles));
    s.append(String.format("  rejects       : %d%s%n", rejects, rejectsByReason.isEmpty() ? "" : " " + rejectsByReason));
    s.append(String.format("  accounting    : %s (files matched = copies + rejects)%n",
        accountsForEveryFile() ? "OK" : "FAILED: " + filesMatched + " != " + copies + " + " + rejects));
    s.append(String.format("  mentions      : %d%n", counter("mentions_rows")));
    s.append("  tables        : ").append(table).append("{")
        .append(String.join(",", dev.newsfold.archive.TableSchemas.TABLES.keySet())).append("}/*.parquet\n");
    s.append("  start with    : duckdb -c \"SELECT title, copy_count, sources FROM read_parquet('")
        .append(table).append("articles/*.parquet') ORDER BY copy_count DESC\"\n");
    return s.toString();
  }
}
