package dev.newsfold.collapse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.apache.beam.runners.core.metrics.MetricsContainerImpl;
import org.apache.beam.sdk.metrics.MetricName;
import org.apache.beam.sdk.metrics.MetricsEnvironment;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.values.KV;
import org.junit.jupiter.api.Test;

/** A bucket's pairs: each once per bundle while the remembered pairs fit, every one of them when they do not. */
class FindCandidatePairsTest {
  private static final LocalDate DAY = LocalDate.of(2024, 6, 1);

  @Test
  void aPairHeldByManyBucketsIsOutputOnceInABundle() {
    List<String> emitted = pairsOf(FindCandidatePairs.MAX_REMEMBERED_PAIRS, storyBuckets());
    assertEquals(List.of("a-b", "a-c", "a-d", "b-c", "b-d", "c-d", "d-e"), emitted.stream().sorted().toList());
  }

  @Test
  void pastTheBoundRepeatsPassToTheDistinctThatFollowsAndNoPairIsLost() {
    List<String> emitted = pairsOf(0, storyBuckets()); // The set is dropped after every bucket.
    assertEquals(3 * 6 + 1, emitted.size());
    assertEquals(new TreeSet<>(pairsOf(FindCandidatePairs.MAX_REMEMBERED_PAIRS, storyBuckets())),
        new TreeSet<>(emitted));
  }

  @Test
  void theCounterCountsEveryPairOfEveryBucketWhateverWasRemembered() {
    for (int bound : new int[] {0, FindCandidatePairs.MAX_REMEMBERED_PAIRS}) {
      MetricsContainerImpl metrics = new MetricsContainerImpl("PairBucketMembers");
      pairsOf(bound, storyBuckets(), metrics);
      assertEquals(19L, metrics.getCounter(MetricName.named(FindCandidatePairs.class, "lsh_candidate_pairs"))
          .getCumulative());
    }
  }

  /** Three bands where a story's four copies agree, and one where two of its copies share a bucket with another. */
  private static List<KV<Long, Iterable<BucketMember>>> storyBuckets() {
    List<KV<Long, Iterable<BucketMember>>> buckets = new ArrayList<>();
    for (long band = 0; band < 3; band++) {
      buckets.add(KV.of(band, List.of(member("c"), member("a"), member("d"), member("b"))));
    }
    buckets.add(KV.of(7L, List.of(member("e"), member("d"))));
    return buckets;
  }

  private static BucketMember member(String id) {
    return new BucketMember(id, DAY, 200, 200);
  }

  private static List<String> pairsOf(int maxRememberedPairs, List<KV<Long, Iterable<BucketMember>>> buckets) {
    return pairsOf(maxRememberedPairs, buckets, new MetricsContainerImpl("PairBucketMembers"));
  }

  /** The pairs output by one bundle of the buckets, its counters in {@code metrics}. */
  private static List<String> pairsOf(int maxRememberedPairs, List<KV<Long, Iterable<BucketMember>>> buckets,
      MetricsContainerImpl metrics) {
    List<String> emitted = new ArrayList<>();
    DoFn.OutputReceiver<KV<String, String>> receiver = new DoFn.OutputReceiver<>() {
      @Override
      public void output(KV<String, String> pair) {
        emitted.add(pair.getKey() + "-" + pair.getValue());
      }

      @Override
      public void outputWithTimestamp(KV<String, String> pair, org.joda.time.Instant timestamp) {
        output(pair);
      }
    };
    FindCandidatePairs.PairBucketFn fn = new FindCandidatePairs.PairBucketFn(FoldRules.DEFAULT, 100, maxRememberedPairs);
    try (Closeable scope = MetricsEnvironment.scopedMetricsContainer(metrics)) {
      fn.startBundle();
      buckets.forEach(bucket -> fn.process(bucket, receiver));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return emitted;
  }
}
