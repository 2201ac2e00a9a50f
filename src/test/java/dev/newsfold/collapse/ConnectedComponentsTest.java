package dev.newsfold.collapse;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.metrics.MetricNameFilter;
import org.apache.beam.sdk.metrics.MetricResult;
import org.apache.beam.sdk.metrics.MetricsFilter;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.junit.Rule;
import org.junit.Test;

/** The spread-out components against a union-find over the same edges: the same name for every id. */
public class ConnectedComponentsTest {
  @Rule
  public final transient TestPipeline pipeline = TestPipeline.create();

  @Test
  public void manySmallComponentsBecomeStarsAndNeedNoSingleWorker() {
    List<KV<String, String>> edges = new ArrayList<>();
    Random random = new Random(7);
    for (int component = 0; component < 60; component++) {
      int size = 2 + random.nextInt(12);
      for (int edge = 0; edge < size + random.nextInt(size); edge++) {
        edges.add(KV.of(id(component, random.nextInt(size)), id(component, random.nextInt(size))));
      }
      for (int node = 1; node < size; node++) { // connected: each node to an earlier one
        edges.add(KV.of(id(component, node), id(component, random.nextInt(node))));
      }
    }
    PipelineResult result = run(edges, ConnectedComponents.DEFAULT_ROUNDS);
    assertEquals(0, counter(result, "edges_to_one_worker"));
    assertTrue(counter(result, "nodes_named_by_stars") > 60);
  }

  @Test
  public void aChainLongerThanTheRoundsReachIsFinishedByTheUnionFind() {
    List<KV<String, String>> edges = new ArrayList<>();
    for (int node = 1; node < 200; node++) { // ids in a shuffled order along the chain
      edges.add(KV.of(id(0, (node - 1) * 37 % 200), id(0, node * 37 % 200)));
    }
    edges.add(KV.of("x", "y"));
    edges.add(KV.of("y", "y"));
    PipelineResult result = run(edges, 1);
    assertTrue(counter(result, "edges_to_one_worker") > 0);
  }

  @Test
  public void noRoundsIsTheUnionFindAlone() {
    run(List.of(KV.of("b", "c"), KV.of("c", "a"), KV.of("e", "d"), KV.of("a", "b")), 0);
  }

  private PipelineResult run(List<KV<String, String>> edges, int rounds) {
    UnionFind reference = new UnionFind();
    edges.forEach(e -> reference.union(e.getKey(), e.getValue()));
    Map<String, String> expected = new TreeMap<>(reference.components());
    PCollection<KV<String, String>> components = pipeline.apply(Create.of(edges))
        .apply(new ConnectedComponents(rounds));
    List<KV<String, String>> rows = new ArrayList<>();
    expected.forEach((node, name) -> rows.add(KV.of(node, name)));
    PAssert.that(components).containsInAnyOrder(rows);
    PipelineResult result = pipeline.run();
    result.waitUntilFinish();
    return result;
  }

  private static long counter(PipelineResult result, String name) {
    long total = 0;
    for (MetricResult<Long> c : result.metrics().queryMetrics(MetricsFilter.builder()
        .addNameFilter(MetricNameFilter.named(ConnectedComponents.class, name)).build()).getCounters()) {
      total += c.getAttempted();
    }
    return total;
  }

  private static String id(int component, int node) {
    return String.format("c%03d-n%03d", component, node);
  }
}
