package dev.newsfold.bench;

import dev.newsfold.NewsfoldOptions;
import dev.newsfold.NewsfoldPipeline;
import dev.newsfold.RunSummary;
import dev.newsfold.archive.ArchiveTables;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.beam.sdk.options.PipelineOptionsFactory;

/**
 * The benchmark's Java steps, one per subcommand, each run in its own JVM by
 * {@code pipelines/benchmark/run.sh} (which does the timing, RSS and heap measurement from outside):
 * <ul>
 *   <li>{@code generate DIR COPIES SEED [ROOT]}: a corpus of about COPIES files (stories = COPIES / 2.95);</li>
 *   <li>{@code floor FILES_DIR}: the floor, one single-threaded pass reading and SHA-256-hashing every file;</li>
 *   <li>{@code job COUNTERS_FILE NEWSFOLD_ARGS...}: the job as {@code NewsfoldPipeline.main} runs it, plus its
 *       Beam counters written to COUNTERS_FILE (name=value lines);</li>
 *   <li>{@code score CORPUS_DIR archive OUTPUT_DIR [KINDS_TSV]} or {@code score CORPUS_DIR tsv CLUSTERS_TSV
 *       [KINDS_TSV]}: collapse quality against {@code truth.tsv}, printed as one CSV fragment
 *       {@code precision,recall,f1,ari,trap_merges,clusters,unassigned}; with KINDS_TSV, the quality per
 *       truth kind of file ({@link KindScores}) written there.</li>
 * </ul>
 * Nothing here measures time: the numbers it prints are counts and scores.
 */
public final class Benchmark {
  /** Copies per story of {@link CorpusGenerator} (measured on its output: about 2.95). */
  static final double COPIES_PER_STORY = 2.95;

  private Benchmark() {}

  public static void main(String[] args) throws Exception {
    if (args.length == 0) {
      usage();
    }
    switch (args[0]) {
      case "generate" -> generate(args);
      case "floor" -> floor(Path.of(args[1]));
      case "job" -> job(args);
      case "score" -> score(args);
      case "dates" -> ArchiveTables.strings(Path.of(args[1]),
          "SELECT relative_path || chr(9) || coalesce(published_date::VARCHAR, '') FROM copies ORDER BY 1")
          .forEach(System.out::println);
      case "same-latest-state" -> sameLatestState(Path.of(args[1]), Path.of(args[2]));
      default -> usage();
    }
  }

  private static void usage() {
    System.err.println("usage: Benchmark generate DIR COPIES SEED [ROOT] | floor FILES_DIR"
        + " | job COUNTERS_FILE ARGS... | score CORPUS_DIR (archive OUTPUT_DIR | tsv CLUSTERS_TSV)"
        + " | dates ARCHIVE | same-latest-state ARCHIVE ARCHIVE");
    System.exit(64);
  }

  private static void generate(String[] args) throws IOException {
    Path out = Path.of(args[1]);
    int copies = Integer.parseInt(args[2]);
    long seed = Long.parseLong(args[3]);
    Path root = args.length > 4 ? Path.of(args[4]) : Path.of("");
    int stories = Math.max(1, (int) Math.round(copies / COPIES_PER_STORY));
    CorpusGenerator.Summary s = CorpusGenerator.generate(out, stories, seed, root);
    System.out.printf("files=%d stories=%d bytes=%d%n", s.files(), s.stories(), s.bytes());
  }

  /** Reads every regular file under the folder, in path order, on one thread, through one SHA-256. */
  private static void floor(Path dir) throws Exception {
    List<Path> files;
    try (Stream<Path> s = Files.walk(dir)) {
      files = s.filter(Files::isRegularFile).sorted().toList();
    }
    MessageDigest all = MessageDigest.getInstance("SHA-256");
    byte[] buffer = new byte[1 << 16];
    long bytes = 0;
    for (Path f : files) {
      MessageDigest one = MessageDigest.getInstance("SHA-256");
      try (InputStream in = Files.newInputStream(f)) {
        int n;
        while ((n = in.read(buffer)) > 0) {
          one.update(buffer, 0, n);
          bytes += n;
        }
      }
      all.update(one.digest());
    }
    System.out.printf("files=%d bytes=%d sha256_of_sha256s=%s%n", files.size(), bytes,
        HexFormat.of().formatHex(all.digest()));
  }

  /** Runs the job in this JVM, as {@code NewsfoldPipeline.main} does, and writes its counters. */
  private static void job(String[] args) throws IOException {
    Path countersFile = Path.of(args[1]);
    String[] jobArgs = java.util.Arrays.copyOfRange(args, 2, args.length);
    PipelineOptionsFactory.register(NewsfoldOptions.class);
    NewsfoldOptions options = PipelineOptionsFactory.fromArgs(jobArgs).withValidation().as(NewsfoldOptions.class);
    RunSummary summary = NewsfoldPipeline.run(options);
    System.out.println(summary.render());
    StringBuilder lines = new StringBuilder();
    summary.counters().forEach((k, v) -> lines.append(k).append('=').append(v).append('\n'));
    Files.writeString(countersFile, lines.toString());
    if (!summary.accountsForEveryFile()) {
      System.err.println("newsfold: the run lost track of files");
      System.exit(2);
    }
  }

  /** Whether two archives' latest articles (ids, canonical copies, bodies, copies, metadata) are the same. */
  private static void sameLatestState(Path a, Path b) throws Exception {
    String rows = "SELECT r::VARCHAR FROM (SELECT * EXCLUDE (run, version, entities_version) FROM articles) r ORDER BY 1";
    List<String> left = ArchiveTables.strings(a, rows);
    List<String> right = ArchiveTables.strings(b, rows);
    Set<String> onlyLeft = new HashSet<>(left);
    right.forEach(onlyLeft::remove);
    Set<String> onlyRight = new HashSet<>(right);
    left.forEach(onlyRight::remove);
    System.out.printf("latest articles: %d and %d; %s%n", left.size(), right.size(), left.equals(right)
        ? "identical" : onlyLeft.size() + " only in the first, " + onlyRight.size() + " only in the second");
  }

  private static void score(String[] args) throws Exception {
    Path corpus = Path.of(args[1]);
    Map<String, String> truth = new HashMap<>();
    Map<String, String> kinds = new HashMap<>();
    Set<String> traps = new HashSet<>();
    for (String line : Files.readAllLines(corpus.resolve("truth.tsv"))) {
      if (line.isEmpty()) {
        continue;
      }
      String[] f = line.split("\t");
      truth.put(f[0], f[1]);
      kinds.put(f[0], f[2]);
      if (f[2].startsWith("trap_")) {
        traps.add(f[1]);
      }
    }
    List<String> rows = new ArrayList<>();
    switch (args[2]) {
      case "archive" -> rows.addAll(ArchiveTables.strings(Path.of(args[3]),
          "SELECT relative_path || '\t' || article_id FROM copies"));
      case "tsv" -> rows.addAll(Files.readAllLines(Path.of(args[3]), StandardCharsets.UTF_8));
      default -> usage();
    }
    Map<String, String> predicted = new HashMap<>();
    for (String row : rows) {
      if (!row.isEmpty()) {
        String[] f = row.split("\t");
        predicted.put(f[0], f[1]);
      }
    }
    // A file of the truth that the run did not assign (rejected, unreadable) stands alone: scored as a
    // cluster of its own, and counted as unassigned.
    int unassigned = 0;
    for (String file : truth.keySet()) {
      if (!predicted.containsKey(file)) {
        predicted.put(file, "unassigned:" + file);
        unassigned++;
      }
    }
    predicted.keySet().retainAll(truth.keySet());
    ClusteringScores s = ClusteringScores.score(truth, predicted, traps);
    long clusters = predicted.values().stream().distinct().count();
    System.out.printf(java.util.Locale.ROOT, "%.4f,%.4f,%.4f,%.4f,%d,%d,%d%n", s.precision(), s.recall(), s.f1(),
        s.adjustedRand(), s.trapMerges(), clusters, unassigned);
    if (args.length > 4) { // The quality per kind of file (traps and wire kinds), for the report.
      List<String> lines = new ArrayList<>(List.of("kind\tfiles\tpair_recall\tmerged_with_other_story"));
      KindScores.score(truth, kinds, predicted).forEach(k -> lines.add(k.tsv()));
      Files.write(Path.of(args[4]), lines, StandardCharsets.UTF_8);
    }
  }
}
