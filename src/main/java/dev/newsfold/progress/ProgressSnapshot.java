package dev.newsfold.progress;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The pipeline's counters at one moment, by short name (summed over namespaces), and the progress
 * line they make. Pure: {@link RunProgress} samples the runner's metrics into it.
 */
public record ProgressSnapshot(double elapsedSeconds, Map<String, Long> counters) {
  /** The stages the progress line and the timings report, each with the counters that move while it works. */
  static final Map<String, List<String>> STAGES = stages();

  private static Map<String, List<String>> stages() {
    Map<String, List<String>> stages = new LinkedHashMap<>();
    stages.put("read", List.of("files_matched"));
    stages.put("parse", List.of("copies_parsed", "rejected_no_article_text"));
    stages.put("fingerprint", List.of("copies_fingerprinted"));
    stages.put("collapse", List.of("lsh_candidate_pairs", "pairs_verified", "pairs_refuted", "exact_duplicates"));
    stages.put("version", List.of("articles_new", "articles_changed", "articles_unchanged"));
    stages.put("entities", List.of("mentions_per_article"));
    stages.put("write", List.of("copies_rows", "articles_rows", "assignments_rows", "rejects_rows", "mentions_rows",
        "entities_rows"));
    return stages;
  }

  public long get(String name) {
    return counters.getOrDefault(name, 0L);
  }

  /** The sum of a stage's counters: it moves while the stage works. */
  long stageTotal(String stage) {
    return STAGES.get(stage).stream().mapToLong(this::get).sum();
  }

  /**
   * One line: elapsed time, files read, copies parsed and fingerprinted, articles through entities,
   * rows written, and the read rate.
   */
  public String line() {
    List<String> parts = new ArrayList<>();
    parts.add(String.format("%,d files read", get("files_matched"))); // read into copies or rejects
    parts.add(String.format("%,d parsed", get("copies_parsed")));
    parts.add(String.format("%,d fingerprinted", get("copies_fingerprinted")));
    if (get("mentions_per_article") > 0) {
      parts.add(String.format("%,d articles through entities", get("mentions_per_article")));
    }
    parts.add(String.format("%,d articles and %,d copies written", get("articles_rows"), get("copies_rows")));
    double rate = elapsedSeconds > 0 ? get("files_matched") / elapsedSeconds : 0;
    return String.format("progress %s  %s  (%.1f files/s)", clock(elapsedSeconds), String.join(", ", parts), rate);
  }

  static String clock(double seconds) {
    long s = (long) seconds;
    return String.format("%d:%02d:%02d", s / 3600, (s / 60) % 60, s % 60);
  }
}
