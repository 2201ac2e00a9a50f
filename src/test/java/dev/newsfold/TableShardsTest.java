package dev.newsfold;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.newsfold.archive.WriteArchiveTables;
import org.apache.beam.runners.direct.DirectRunner;
import org.apache.beam.runners.flink.FlinkRunner;
import java.util.Set;
import java.util.TreeSet;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.apache.beam.sdk.runners.TransformHierarchy;
import org.junit.jupiter.api.Test;

/**
 * --shards: by default the runner chooses (on Flink each worker writes its files, with no shuffle before),
 * but the DirectRunner writes a fixed few files; a count given is kept.
 */
class TableShardsTest {
  @Test
  void byDefaultFlinkChoosesAndTheDirectRunnerWritesAFixedFew() {
    assertEquals(WriteArchiveTables.RUNNER_CHOOSES, NewsfoldPipeline.tableShards(options(FlinkRunner.class)));
    assertEquals(NewsfoldPipeline.DIRECT_RUNNER_SHARDS, NewsfoldPipeline.tableShards(options(DirectRunner.class)));
  }

  @Test
  void aCountGivenIsKeptOnEveryRunner() {
    NewsfoldOptions flink = options(FlinkRunner.class);
    flink.setShards(5);
    assertEquals(5, NewsfoldPipeline.tableShards(flink));
    NewsfoldOptions direct = options(DirectRunner.class);
    direct.setShards(1);
    assertEquals(1, NewsfoldPipeline.tableShards(direct));
  }

  @Test
  void aNegativeCountIsRefused() {
    NewsfoldOptions options = options(FlinkRunner.class);
    options.setShards(-1);
    assertThrows(IllegalArgumentException.class, () -> NewsfoldPipeline.tableShards(options));
  }

  @Test
  void onFlinkNoTableIsShuffledIntoShardsBeforeItIsWritten() {
    assertEquals(Set.of("WriteUnshardedBundlesToTempFiles"), writeSteps(options(FlinkRunner.class)));
    assertEquals(Set.of("WriteShardedBundlesToTempFiles"), writeSteps(options(DirectRunner.class)));
  }

  /** The steps by which the job's tables reach their temporary files. */
  private static Set<String> writeSteps(NewsfoldOptions options) {
    options.setInput("sample-input");
    options.setExtractEntities(false);
    Pipeline pipeline = Pipeline.create(options);
    NewsfoldPipeline.buildPipeline(pipeline, options, "target/never-written", null);
    Set<String> steps = new TreeSet<>();
    pipeline.traverseTopologically(new Pipeline.PipelineVisitor.Defaults() {
      @Override
      public CompositeBehavior enterCompositeTransform(TransformHierarchy.Node node) {
        String name = node.getFullName();
        if (name.startsWith("WriteArchiveTables/")) {
          String step = name.substring(name.lastIndexOf('/') + 1);
          if (step.endsWith("BundlesToTempFiles")) {
            steps.add(step);
          }
        }
        return CompositeBehavior.ENTER_TRANSFORM;
      }
    });
    return steps;
  }

  private static NewsfoldOptions options(Class<? extends org.apache.beam.sdk.PipelineRunner<?>> runner) {
    NewsfoldOptions options = PipelineOptionsFactory.as(NewsfoldOptions.class);
    options.setRunner(runner);
    return options;
  }
}
