package dev.newsfold.ingest;

import dev.newsfold.model.RawCopy;
import dev.newsfold.model.Reject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Keeps what a record reader gave, in order, for tests. */
final class CollectingSink implements RecordSink {
  final List<RawCopy> copies = new ArrayList<>();
  final List<Reject> rejects = new ArrayList<>();
  final Map<String, Integer> skipped = new TreeMap<>();
  int outcomes;

  @Override
  public void copy(RawCopy copy) {
    outcomes++;
    copies.add(copy);
  }

  @Override
  public void reject(Reject reject) {
    outcomes++;
    rejects.add(reject);
  }

  @Override
  public void skip(String recordType) {
    outcomes++;
    skipped.merge(recordType, 1, Integer::sum);
  }

  int skippedCount() {
    return skipped.values().stream().mapToInt(Integer::intValue).sum();
  }
}
