package dev.newsfold.bench;

import dev.newsfold.entities.CoreNlpRecognizer;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What CoreNLP alone costs for the canonical bodies of an archive, the floor of the job's entities stage (issue
 * #15): {@code EntityThroughput ARCHIVE THREADS MAX_CHARS}. Reads every article row's body from the archive's
 * Parquet with DuckDB, cut to MAX_CHARS as the job cuts it, and recognizes them with {@link CoreNlpRecognizer} on
 * THREADS threads, one recognizer each (as each of the job's workers holds one), taking bodies from a shared
 * counter. Prints the model load and the recognition separately, in wall and CPU seconds. Run by
 * {@code pipelines/benchmark/entity-throughput.sh}.
 */
public final class EntityThroughput {
  private EntityThroughput() {}

  public static void main(String[] args) throws Exception {
    if (args.length != 3) {
      System.err.println("usage: EntityThroughput ARCHIVE THREADS MAX_CHARS");
      System.exit(64);
    }
    List<String> bodies = bodies(args[0], Integer.parseInt(args[2]));
    int threads = Integer.parseInt(args[1]);
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    long loadStart = System.nanoTime();
    List<Future<Loaded>> loading = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      loading.add(pool.submit(() -> {
        long cpu0 = cpu.getCurrentThreadCpuTime();
        CoreNlpRecognizer recognizer = new CoreNlpRecognizer();
        return new Loaded(recognizer, cpu.getCurrentThreadCpuTime() - cpu0);
      }));
    }
    long loadCpuNanos = 0;
    List<CoreNlpRecognizer> recognizers = new ArrayList<>();
    for (Future<Loaded> f : loading) {
      recognizers.add(f.get().recognizer());
      loadCpuNanos += f.get().cpuNanos();
    }
    double loadWall = (System.nanoTime() - loadStart) / 1e9;
    AtomicInteger next = new AtomicInteger();
    long start = System.nanoTime();
    List<Future<long[]>> work = new ArrayList<>();
    for (CoreNlpRecognizer recognizer : recognizers) {
      work.add(pool.submit(() -> {
        long cpu0 = cpu.getCurrentThreadCpuTime();
        long mentions = 0;
        for (int i = next.getAndIncrement(); i < bodies.size(); i = next.getAndIncrement()) {
          mentions += recognizer.recognize(bodies.get(i)).mentions().size();
        }
        return new long[] {cpu.getCurrentThreadCpuTime() - cpu0, mentions};
      }));
    }
    long cpuNanos = 0;
    long mentions = 0;
    for (Future<long[]> f : work) {
      cpuNanos += f.get()[0];
      mentions += f.get()[1];
    }
    double wall = (System.nanoTime() - start) / 1e9;
    pool.shutdown();
    long chars = bodies.stream().mapToLong(String::length).sum();
    System.out.printf("bodies: %d (%,d chars), threads: %d%nmodel load: %.1f s wall, %.1f s CPU%n"
        + "recognition: %.1f s wall, %.1f s CPU, %d mentions, %.1f bodies/s, %,.0f chars per CPU second%n",
        bodies.size(), chars, threads, loadWall, loadCpuNanos / 1e9, wall, cpuNanos / 1e9, mentions,
        bodies.size() / wall, chars / (cpuNanos / 1e9));
  }

  private record Loaded(CoreNlpRecognizer recognizer, long cpuNanos) {}

  /** Every article row's body, in article id order, cut to {@code maxChars}. */
  private static List<String> bodies(String archive, int maxChars) throws Exception {
    List<String> bodies = new ArrayList<>();
    try (Connection db = DriverManager.getConnection("jdbc:duckdb:"); Statement s = db.createStatement();
        ResultSet rows = s.executeQuery("SELECT body_text FROM read_parquet('" + archive.replace("'", "''")
            + "/articles/run=*/*.parquet') ORDER BY article_id, version")) {
      while (rows.next()) {
        String body = rows.getString(1);
        bodies.add(body.length() > maxChars ? body.substring(0, maxChars) : body);
      }
    }
    return bodies;
  }
}
