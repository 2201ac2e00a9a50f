package dev.newsfold.runners;

import org.apache.beam.runners.flink.FlinkPipelineOptions;
import org.apache.beam.runners.flink.FlinkRunner;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.metrics.MetricNameFilter;
import org.apache.beam.sdk.metrics.MetricResult;
import org.apache.beam.sdk.metrics.MetricsFilter;
import org.apache.beam.sdk.options.PipelineOptionsFactory;

/** A pipeline on embedded Flink with two workers, for the tests of what Flink's batch groups allow, and its counters. */
public final class EmbeddedFlink {
  private EmbeddedFlink() {}

  public static Pipeline pipeline() {
    FlinkPipelineOptions options = PipelineOptionsFactory.as(FlinkPipelineOptions.class);
    options.setRunner(FlinkRunner.class);
    options.setFlinkMaster("[local]");
    options.setParallelism(2);
    return Pipeline.create(options);
  }

  /** Runs the pipeline to its end and sums one counter over its steps. */
  public static long runAndCount(Pipeline pipeline, Class<?> namespace, String counter) {
    PipelineResult result = pipeline.run();
    result.waitUntilFinish();
    long total = 0;
    for (MetricResult<Long> value : result.metrics().queryMetrics(MetricsFilter.builder()
        .addNameFilter(MetricNameFilter.named(namespace, counter)).build()).getCounters()) {
      total += value.getAttempted();
    }
    return total;
  }
}
