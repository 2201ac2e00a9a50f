package dev.newsfold.progress;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * When each stage's counters were first seen above zero and last seen moving, from successive
 * snapshots: the per-stage timings of the run report.
 */
final class StageActivity {
  private final Map<String, Long> lastTotal = new LinkedHashMap<>();
  private final Map<String, Double> firstSeen = new LinkedHashMap<>();
  private final Map<String, Double> lastMoved = new LinkedHashMap<>();

  void observe(ProgressSnapshot snapshot) {
    for (String stage : ProgressSnapshot.STAGES.keySet()) {
      long total = snapshot.stageTotal(stage);
      if (total == 0) {
        continue;
      }
      firstSeen.putIfAbsent(stage, snapshot.elapsedSeconds());
      if (total != lastTotal.getOrDefault(stage, 0L)) {
        lastMoved.put(stage, snapshot.elapsedSeconds());
        lastTotal.put(stage, total);
      }
    }
  }

  RunTimings timings(double pipelineSeconds) {
    List<RunTimings.Stage> stages = new ArrayList<>();
    for (String stage : ProgressSnapshot.STAGES.keySet()) {
      if (firstSeen.containsKey(stage)) {
        stages.add(new RunTimings.Stage(stage, firstSeen.get(stage), lastMoved.get(stage)));
      }
    }
    return new RunTimings(pipelineSeconds, stages);
  }
}
