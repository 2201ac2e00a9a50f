package dev.newsfold.progress;

import java.util.List;

/**
 * How long a run took: the whole pipeline, and when each stage's counters were first and last seen
 * moving (sampled at each progress poll, so accurate to the poll interval; runners report metrics in
 * steps: the DirectRunner per bundle, Flink per heartbeat).
 */
public record RunTimings(double pipelineSeconds, List<Stage> stages) {
  public record Stage(String name, double firstSeenSeconds, double lastMovedSeconds) {}

  public static RunTimings none() {
    return new RunTimings(0, List.of());
  }
}
