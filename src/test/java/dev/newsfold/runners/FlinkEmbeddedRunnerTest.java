package dev.newsfold.runners;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsfold.NewsfoldOptions;
import dev.newsfold.NewsfoldPipeline;
import dev.newsfold.RunSummary;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.beam.runners.flink.FlinkPipelineOptions;
import org.apache.beam.runners.flink.FlinkRunner;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.junit.jupiter.api.Test;

/**
 * The job on the FlinkRunner in embedded mode (a Flink mini cluster in this JVM) writes the same
 * rows as on the DirectRunner, every table compared row by row. Both runs' tables stay under
 * target/runner-tables/ for the Spark check that runs later in the build.
 */
class FlinkEmbeddedRunnerTest {

  @Test
  void embeddedFlinkWritesTheSameRowsAsTheDirectRunner() throws Exception {
    String input = RunnerTables.sampleInput();
    Path direct = RunnerTables.freshOutput("direct");
    Path flink = RunnerTables.freshOutput("flink-embedded");

    RunSummary onDirect = NewsfoldPipeline.run(options("--runner=DirectRunner", "--input=" + input, "--output=" + direct));
    NewsfoldOptions flinkOptions = options("--runner=FlinkRunner", "--flinkMaster=[local]", "--parallelism=2",
        "--input=" + input, "--output=" + flink);
    assertEquals(FlinkRunner.class, flinkOptions.getRunner());
    assertEquals("[local]", flinkOptions.as(FlinkPipelineOptions.class).getFlinkMaster());
    RunSummary onFlink = NewsfoldPipeline.run(flinkOptions);

    assertTrue(onDirect.accountsForEveryFile(), onDirect.render());
    assertTrue(onFlink.accountsForEveryFile(), onFlink.render());
    assertEquals(14, onFlink.filesMatched(), onFlink.render());
    assertEquals(8, onFlink.articles(), onFlink.render());
    assertEquals(onDirect.copies(), onFlink.copies());
    assertEquals(onDirect.rejects(), onFlink.rejects());
    RunnerTables.assertSameRows(direct, flink);
    assertEquals(14, RunnerTables.rows(flink, "copies").size());
    assertEquals(8, RunnerTables.rows(flink, "articles").size());
    // At most a file per worker on Flink, and the DirectRunner's fixed two. (That Flink writes without a shuffle
    // into shards, which two fixed shards would also pass here, is TableShardsTest's.)
    for (String table : List.of("copies", "articles", "assignments")) {
      long onFlinkFiles = parquetFiles(flink.resolve(table));
      assertTrue(onFlinkFiles >= 1 && onFlinkFiles <= 2, table + ": " + onFlinkFiles + " files on Flink");
      assertEquals(NewsfoldPipeline.DIRECT_RUNNER_SHARDS, parquetFiles(direct.resolve(table)), table);
    }
  }

  private static long parquetFiles(Path table) throws java.io.IOException {
    try (Stream<Path> files = Files.walk(table)) {
      return files.filter(p -> p.toString().endsWith(".parquet")).count();
    }
  }

  /** Parsed as main() parses them: the runners' options are found through their registrars. */
  static NewsfoldOptions options(String... args) {
    PipelineOptionsFactory.register(NewsfoldOptions.class);
    return PipelineOptionsFactory.fromArgs(args).withValidation().as(NewsfoldOptions.class);
  }
}
