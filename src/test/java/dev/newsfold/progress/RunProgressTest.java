package dev.newsfold.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.metrics.MetricKey;
import org.apache.beam.sdk.metrics.MetricName;
import org.apache.beam.sdk.metrics.MetricQueryResults;
import org.apache.beam.sdk.metrics.MetricResult;
import org.apache.beam.sdk.metrics.MetricResults;
import org.apache.beam.sdk.metrics.MetricsFilter;
import org.joda.time.Duration;
import org.junit.jupiter.api.Test;

class RunProgressTest {
  /** A job that read 9,000 files, in the state {@code run()} returned it in. */
  private static PipelineResult job(PipelineResult.State state) {
    MetricResult<Long> files = MetricResult.attempted(
        MetricKey.create("ReadArticleFiles", MetricName.named("dev.newsfold.ingest.ReadArticleFiles", "files_matched")),
        9_000L);
    return new PipelineResult() {
      @Override
      public State getState() {
        return state;
      }

      @Override
      public State cancel() {
        return state;
      }

      @Override
      public State waitUntilFinish(Duration duration) {
        return state;
      }

      @Override
      public State waitUntilFinish() {
        return state;
      }

      @Override
      public MetricResults metrics() {
        return new MetricResults() {
          @Override
          public MetricQueryResults queryMetrics(MetricsFilter filter) {
            return MetricQueryResults.create(List.of(files), List.of(), List.of(), List.of());
          }
        };
      }
    };
  }

  @Test
  void aJobThatEndedInsideRunIsTimedFromBeforeRunAndGivesNoStageTimes() {
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    long startedBeforeRun = System.nanoTime() - TimeUnit.SECONDS.toNanos(90);
    RunProgress progress = RunProgress.start(job(PipelineResult.State.DONE), startedBeforeRun, 5,
        new PrintStream(printed, true, StandardCharsets.UTF_8));
    RunTimings timings = progress.finish();
    String line = printed.toString(StandardCharsets.UTF_8);
    assertTrue(line.startsWith("done     0:01:3"), line);
    java.util.regex.Matcher rate = java.util.regex.Pattern.compile("9,000 files read.*\\((\\d+\\.\\d) files/s\\)").matcher(line);
    assertTrue(rate.find(), line);
    double filesPerSecond = Double.parseDouble(rate.group(1));
    assertTrue(filesPerSecond > 70 && filesPerSecond <= 100.0, line); // 9,000 files over the 90 s and more since.
    assertTrue(timings.pipelineSeconds() >= 90 && timings.pipelineSeconds() < 120, "" + timings.pipelineSeconds());
    assertTrue(timings.stages().isEmpty(), "no counter was seen moving: " + timings.stages());
  }

  @Test
  void aJobFollowedWhileItRunsGetsItsStageTimes() {
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    RunProgress progress = RunProgress.start(job(PipelineResult.State.RUNNING), System.nanoTime(), 0,
        new PrintStream(printed, true, StandardCharsets.UTF_8));
    RunTimings timings = progress.finish();
    assertEquals(List.of("read"), timings.stages().stream().map(RunTimings.Stage::name).toList());
    assertFalse(printed.toString(StandardCharsets.UTF_8).isEmpty());
  }
}
