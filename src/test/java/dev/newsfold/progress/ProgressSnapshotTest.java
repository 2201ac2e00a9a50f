package dev.newsfold.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProgressSnapshotTest {
  @Test
  void theLineSaysHowFarEachStageIs() {
    ProgressSnapshot snapshot = new ProgressSnapshot(125.0, Map.of("files_matched", 2500L, "copies_parsed", 2400L,
        "copies_fingerprinted", 1000L, "articles_rows", 0L, "copies_rows", 0L));
    assertEquals("progress 0:02:05  2,500 files read, 2,400 parsed, 1,000 fingerprinted, "
        + "0 articles and 0 copies written  (20.0 files/s)", snapshot.line());
  }

  @Test
  void entitiesShowOnceArticlesGoThroughThem() {
    ProgressSnapshot snapshot = new ProgressSnapshot(10, Map.of("mentions_per_article", 7L));
    assertEquals("progress 0:00:10  0 files read, 0 parsed, 0 fingerprinted, 7 articles through entities, "
        + "0 articles and 0 copies written  (0.0 files/s)", snapshot.line());
  }

  @Test
  void aStageRunsFromItsFirstCountToItsLastChange() {
    StageActivity activity = new StageActivity();
    activity.observe(new ProgressSnapshot(5, Map.of()));
    activity.observe(new ProgressSnapshot(10, Map.of("files_matched", 3L)));
    activity.observe(new ProgressSnapshot(15, Map.of("files_matched", 9L, "copies_parsed", 2L)));
    activity.observe(new ProgressSnapshot(20, Map.of("files_matched", 9L, "copies_parsed", 9L)));
    activity.observe(new ProgressSnapshot(25, Map.of("files_matched", 9L, "copies_parsed", 9L)));
    assertEquals(new RunTimings(26, List.of(new RunTimings.Stage("read", 10, 15), new RunTimings.Stage("parse", 15, 20))),
        activity.timings(26));
  }
}
