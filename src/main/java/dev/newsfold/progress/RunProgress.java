package dev.newsfold.progress;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.metrics.MetricQueryResults;
import org.apache.beam.sdk.metrics.MetricResult;
import org.apache.beam.sdk.metrics.MetricsFilter;
import org.apache.beam.sdk.options.PipelineOptions;

/**
 * A progress line every few seconds while the pipeline runs, from the runner's metrics (polled on a
 * daemon thread), and the stage timings they show. Works where {@code pipeline.run()} returns before
 * the job ends: {@link #letRunReturn} arranges that on the DirectRunner, which otherwise blocks in
 * {@code run()}. Where the job has ended when {@code run()} returns (embedded Flink), only the final line is
 * printed, timed from before {@code run()}, and no stage times are given: none were seen.
 */
public final class RunProgress {
  private final PipelineResult result;
  private final PrintStream out;
  private final long started;
  /** The job ended inside {@code run()} (an attached embedded Flink): no counter was seen moving, so no stage times. */
  private final boolean endedBeforeFollowed;
  private final StageActivity activity = new StageActivity();
  private final Thread poller;

  private RunProgress(PipelineResult result, long startedNanos, long intervalSeconds, PrintStream out) {
    this.result = result;
    this.started = startedNanos;
    this.endedBeforeFollowed = result.getState().isTerminal();
    this.out = out;
    this.poller = new Thread(() -> poll(intervalSeconds), "newsfold-progress");
    poller.setDaemon(true);
  }

  /**
   * The DirectRunner blocks in run() unless told not to. The FlinkRunner is left attached: detached,
   * an embedded Flink ({@code [local]}) shuts its mini cluster down when the job ends, and the result
   * can then no longer say whether the job succeeded, which publishing must know. On Flink only the
   * final line is printed; Dataflow's run() returns at once anyway.
   */
  public static void letRunReturn(PipelineOptions options) {
    if (options.getRunner() != null && options.getRunner().getSimpleName().equals("DirectRunner")) {
      options.as(org.apache.beam.runners.direct.DirectOptions.class).setBlockOnRun(false);
    }
  }

  /**
   * Starts printing a line to {@code out} every {@code intervalSeconds} (0: only the final one), timed from
   * {@code startedNanos} ({@link System#nanoTime}), taken before {@code run()}: a runner that blocks in
   * {@code run()} returns a job that has already ended.
   */
  public static RunProgress start(PipelineResult result, long startedNanos, long intervalSeconds, PrintStream out) {
    RunProgress progress = new RunProgress(result, startedNanos, intervalSeconds, out);
    if (intervalSeconds > 0 && !progress.endedBeforeFollowed) {
      progress.poller.start();
    }
    return progress;
  }

  /** Stops the periodic lines (the job ended, or failed). */
  public void stop() {
    poller.interrupt();
  }

  /** After the job ended: the final line, and the stage timings. */
  public RunTimings finish() {
    stop();
    ProgressSnapshot last = sample();
    out.println(last.line().replaceFirst("^progress", "done    "));
    out.flush();
    return endedBeforeFollowed ? new RunTimings(last.elapsedSeconds(), List.of()) : activity.timings(last.elapsedSeconds());
  }

  private void poll(long intervalSeconds) {
    try {
      while (!Thread.currentThread().isInterrupted()) {
        TimeUnit.SECONDS.sleep(intervalSeconds);
        ProgressSnapshot snapshot = sample();
        if (!Thread.currentThread().isInterrupted()) {
          out.println(snapshot.line());
          out.flush();
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (RuntimeException e) {
      // Metrics that cannot be read while running (a runner that reports them only at the end): stop polling.
    }
  }

  private synchronized ProgressSnapshot sample() {
    double elapsed = (System.nanoTime() - started) / 1e9;
    Map<String, Long> counters = new TreeMap<>();
    try {
      MetricQueryResults metrics = result.metrics().queryMetrics(MetricsFilter.builder().build());
      for (MetricResult<Long> c : metrics.getCounters()) {
        counters.merge(c.getName().getName(), c.getAttempted(), Long::sum);
      }
      metrics.getDistributions().forEach(d -> counters.merge(d.getName().getName(), d.getAttempted().getCount(), Long::sum));
    } catch (RuntimeException e) {
      // Metrics unreadable right now (the job is starting or ending): the line shows zeros this time.
    }
    ProgressSnapshot snapshot = new ProgressSnapshot(elapsed, counters);
    if (!endedBeforeFollowed) {
      activity.observe(snapshot);
    }
    return snapshot;
  }
}
