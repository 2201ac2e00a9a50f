package dev.newsfold.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes {@code pipelines/benchmark/results.md} from the benchmark's CSV, the machine description and
 * the runs' folders (counters, jstack profiles). It only lays out what was measured.
 * Usage: BenchReport RESULTS_CSV MACHINE_TXT RUNS_DIR RESULTS_MD
 */
public final class BenchReport {
  private BenchReport() {}

  private record Row(Map<String, String> f) {
    String get(String k) {
      return f.getOrDefault(k, "");
    }

    int copies() {
      return Integer.parseInt(get("copies"));
    }

    boolean ok() {
      return get("status").equals("ok");
    }

    double num(String k) {
      String v = get(k);
      return v.isEmpty() ? Double.NaN : Double.parseDouble(v);
    }
  }

  public static void main(String[] args) throws IOException {
    List<String> lines = Files.readAllLines(Path.of(args[0]));
    String[] header = lines.get(0).split(",", -1);
    Map<Integer, List<Row>> bySize = new TreeMap<>();
    for (String line : lines.subList(1, lines.size())) {
      if (line.isBlank()) {
        continue;
      }
      String[] v = line.split(",", -1);
      Map<String, String> f = new LinkedHashMap<>();
      for (int i = 0; i < header.length && i < v.length; i++) {
        f.put(header[i], v[i]);
      }
      Row r = new Row(f);
      bySize.computeIfAbsent(r.copies(), k -> new ArrayList<>()).add(r);
    }
    Path runs = Path.of(args[2]);
    StringBuilder md = new StringBuilder();
    md.append("# newsfold benchmark results\n\n");
    md.append("Written by `pipelines/benchmark/run.sh` (issue #8) from `results.csv` beside this file; do not edit by hand:\n"
        + "the next run rewrites it. The tables hold the sizes of the latest run of each size.\n\n");
    md.append("## Machine (of the latest run)\n\n```\n").append(Files.readString(Path.of(args[1])).strip()).append("\n```\n\n");
    md.append(METHOD);
    for (Map.Entry<Integer, List<Row>> e : bySize.entrySet()) {
      List<Row> rows = e.getValue();
      Row first = rows.get(0);
      md.append(String.format("## %,d copies (%s files, %s MB)%n%n", e.getKey(), first.get("files"), first.get("corpus_mb")));
      md.append("| run | status | wall s | copies/s | MB/s | x floor | peak RSS MB | heap peak / live MB | CPU user+sys s"
          + " | precision | recall | F1 | ARI | trap merges | clusters | load 1m |\n");
      md.append("|---|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|\n");
      for (Row r : rows) {
        String cpu = r.get("cpu_user_s").isEmpty() ? "" : String.format("%.1f", r.num("cpu_user_s") + r.num("cpu_sys_s"));
        md.append("| ").append(r.get("run")).append(" | ").append(r.ok() ? "ok" : "**failed**: " + r.get("reason"))
            .append(" | ").append(r.get("wall_s")).append(" | ").append(r.get("copies_per_s"))
            .append(" | ").append(r.get("mb_per_s")).append(" | ").append(r.get("x_floor"))
            .append(" | ").append(r.get("peak_rss_mb")).append(" | ").append(r.get("heap_peak_mb")).append(" / ")
            .append(r.get("heap_live_mb")).append(" | ").append(cpu)
            .append(" | ").append(r.get("precision")).append(" | ").append(r.get("recall")).append(" | ").append(r.get("f1"))
            .append(" | ").append(r.get("ari")).append(" | ").append(r.get("trap_merges")).append(" | ")
            .append(r.get("clusters")).append(" | ").append(r.get("load_1m")).append(" |\n");
      }
      md.append('\n');
      stageCosts(md, rows, runs.resolve(String.valueOf(e.getKey())));
    }
    growth(md, bySize);
    profiles(md, bySize, runs);
    Files.writeString(Path.of(args[3]), md.toString());
  }

  private static Row find(List<Row> rows, String run) {
    return rows.stream().filter(r -> r.get("run").equals(run)).findFirst().orElse(null);
  }

  /** The entities stage as the difference of the runs with and without it, and the collapse counters. */
  private static void stageCosts(StringBuilder md, List<Row> rows, Path runDir) throws IOException {
    List<String> out = new ArrayList<>();
    for (String runner : List.of("direct", "flink")) {
      Row with = find(rows, runner + "-entities");
      Row without = find(rows, runner + "-noentities");
      if (with != null && without != null && with.ok() && without.ok()) {
        double entities = with.num("wall_s") - without.num("wall_s");
        out.add(String.format("- %s: read + parse + boilerplate + fingerprint + collapse + write %.1f s (%.0f copies/s);"
            + " entities add %.1f s (%.1f copies/s for that stage alone)", runner, without.num("wall_s"),
            without.num("copies_per_s"), entities, entities > 0 ? Double.parseDouble(with.get("files")) / entities : Double.NaN));
      }
    }
    Path counters = runDir.resolve("direct-noentities").resolve("counters.txt");
    if (Files.exists(counters)) {
      StringBuilder c = new StringBuilder();
      for (String line : Files.readAllLines(counters)) {
        String name = line.substring(line.lastIndexOf(':') + 1);
        if (name.matches("(lsh_candidate_pairs|pairs_verified|pairs_refuted|pairs_kept_apart_time|pairs_kept_apart_figures"
            + "|exact_duplicates|exact_groups_split_by_date|lsh_oversized_buckets"
            + "|corpus_repeated_paragraphs_removed|copies_rows|articles_rows|rejects_rows)=.*")) {
          c.append(c.length() == 0 ? "" : ", ").append(name.replace("=", " = "));
        }
      }
      out.add("- DirectRunner counters (no entities): " + c);
    }
    Path kinds = runDir.resolve("direct-noentities").resolve("kinds.tsv");
    if (!Files.exists(kinds)) {
      kinds = runDir.resolve("flink-noentities").resolve("kinds.tsv");
    }
    if (Files.exists(kinds)) {
      md.append("Collapse quality per kind of file (").append(kinds.getParent().getFileName()).append("): the share of each"
          + " file's same-story pairs folded together, and files put in an article with another story's file."
          + " `trap_recurring*` briefs recur on other dates with other figures and must stay apart from them.\n\n"
          + "| kind | files | pair recall | merged with another story |\n|---|--:|--:|--:|\n");
      for (String line : Files.readAllLines(kinds).subList(1, Files.readAllLines(kinds).size())) {
        md.append("| ").append(String.join(" | ", line.split("\t"))).append(" |\n");
      }
      md.append('\n');
    }
    if (!out.isEmpty()) {
      md.append("Stage costs (from the separate runs with and without entities):\n\n").append(String.join("\n", out))
          .append("\n\n");
    }
  }

  /** How wall time, throughput and memory change from one size to the next. */
  private static void growth(StringBuilder md, Map<Integer, List<Row>> bySize) {
    List<Integer> sizes = new ArrayList<>(bySize.keySet());
    if (sizes.size() < 2) {
      md.append("## Growth\n\nOnly one size has been run: no ratios yet.\n\n");
      return;
    }
    md.append("## Growth\n\nRatios between consecutive sizes (larger / smaller); a wall ratio equal to the files ratio is"
        + " linear growth. Empty where either run failed.\n\n");
    md.append("| run | sizes | files ratio | wall ratio | copies/s ratio | peak RSS ratio | heap live ratio |\n");
    md.append("|---|---|--:|--:|--:|--:|--:|\n");
    for (int i = 1; i < sizes.size(); i++) {
      for (Row b : bySize.get(sizes.get(i))) {
        Row a = find(bySize.get(sizes.get(i - 1)), b.get("run"));
        if (a == null) {
          continue;
        }
        boolean both = a.ok() && b.ok();
        md.append(String.format("| %s | %d -> %d | %.2f | %s | %s | %s | %s |%n", b.get("run"), sizes.get(i - 1), sizes.get(i),
            Double.parseDouble(b.get("files")) / Double.parseDouble(a.get("files")), ratio(both, b, a, "wall_s"),
            ratio(both, b, a, "copies_per_s"), ratio(both, b, a, "peak_rss_mb"), ratio(both, b, a, "heap_live_mb")));
      }
    }
    md.append('\n');
  }

  private static String ratio(boolean both, Row b, Row a, String k) {
    double x = b.num(k);
    double y = a.num(k);
    return both && !Double.isNaN(x) && !Double.isNaN(y) && y > 0 ? String.format("%.2f", x / y) : "";
  }

  /** The jstack profiles of the largest size's runs. */
  private static void profiles(StringBuilder md, Map<Integer, List<Row>> bySize, Path runs) throws IOException {
    int largest = ((TreeMap<Integer, List<Row>>) bySize).lastKey();
    StringBuilder p = new StringBuilder();
    for (Row r : bySize.get(largest)) {
      Path f = runs.resolve(String.valueOf(largest)).resolve(r.get("run")).resolve("profile.txt");
      if (Files.exists(f) && Files.size(f) > 0) {
        p.append("### ").append(r.get("run")).append("\n\n```\n").append(Files.readString(f).strip()).append("\n```\n\n");
      }
    }
    if (p.length() > 0) {
      md.append(String.format("## Where the time goes (%,d copies)%n%n", largest))
          .append("Thread dumps of the run's JVM every 5 s (SIGQUIT, printed to the run's stdout). Each RUNNABLE thread"
              + " (JVM, compiler and idle network threads left out) is put in the first matching class of its whole"
              + " stack: CoreNLP, Hadoop Configuration, Java deserialization, Java serialization, element decoding"
              + " and encoding (coders, Flink serializers), Parquet, Avro, Snappy;"
              + " else its first newsfold frame; else its top frame. Counts over all dumps.\n\n")
          .append(p);
    }
  }

  private static final String METHOD = """
      ## What was measured, and how

      `pipelines/benchmark/run.sh [--quick] [COPIES...]` generates each corpus with `CorpusGenerator`
      (stories = copies / 2.95, seed 20240601, under `/tmp/newsfold-bench` unless `NEWSFOLD_BENCH_WORK` is set)
      and runs each of the following in a JVM of its own, one after the other:

      - **floor**: one thread reads every file and SHA-256-hashes it (`Benchmark floor`). x floor = wall / floor wall.
      - **direct-entities / direct-noentities**: the job on the DirectRunner (`Benchmark job`, which calls
        `NewsfoldPipeline.run` as `main` does), with and without `--extractEntities`; the difference is the
        entities stage. Default options otherwise (2 files per table, shingle 4, 32 x 4 LSH).
      - **flink-entities / flink-noentities**: `java -XX:+UseParallelGC -jar newsfold-bundled-flink.jar --runner=FlinkRunner
        --flinkMaster=[local] --parallelism=2`, embedded Flink in the launching JVM, with the launchers' JVM flags.
      - **local**: the README's first command on the corpus, `pipelines/local/run.sh --input=... --overwrite`: the
        engine it picks (embedded Flink above 2,000 files), its JVM flags and its defaults (entities on).
      - **spark-raw**: the peer, Spark 3.5.5 MLlib in `local[2]` (`pipelines/benchmark/spark-peer`): Spark reads the
        raw files itself (`binaryFiles`, gzip decompressed), strips HTML tags/scripts and Markdown marks with regular
        expressions, normalizes (NFKC, case folding, punctuation dropped, as `TextNormalizer.words`), takes word
        4-gram shingles, `HashingTF` (2^22 binary features), `MinHashLSH` with 10 hash tables,
        `approxSimilarityJoin` of the set with itself at Jaccard distance < 0.5 (newsfold's Jaccard rule is
        >= 0.5), and the connected components of the pairs (union-find in the driver) as clusters. This is what a
        user would write: it has no boilerplate removal and no containment rule, so its quality is its own.
      - **spark-body**: the same peer on newsfold's cleaned `body_text` (read from the direct-noentities run's
        `copies` table, or flink-noentities' where Direct was not run), so that only the dedup is compared; its time excludes reading and parsing, so it is a
        quality comparison, not a throughput one.

      Wall time is taken around the whole JVM (start-up included); copies/s and MB/s are files and corpus bytes
      (as stored) over wall time. Peak RSS is `/usr/bin/time -v`'s maximum resident set size. Heap is from each
      JVM's `-Xlog:gc`: *peak* is the largest heap occupancy seen at the start of a GC (it tracks the heap sizing
      policy as much as the need), *live* the largest occupancy after a GC (the better sign of whether heap grows
      with the corpus); empty when no GC ran. Heap cap: `-Xmx8g` for the job and peer JVMs. Quality is
      `ClusteringScores` against `truth.tsv` (pairwise precision/recall/F1 over same-cluster pairs, ARI, articles
      merging a trap story with another); a file a run did not assign (a reject) counts as a cluster of its own.
      Runs that fail or pass the time limit are listed as failed with the reason. The machine is shared with
      other builds: figures vary between runs; the load average at the start is recorded above and the
      1-minute load average at the end of each run in the table (load 1m; on 2 cores, above 2 means the run
      shared the CPUs). CPU user+sys seconds depend less on the load than wall time does.

      """;
}
