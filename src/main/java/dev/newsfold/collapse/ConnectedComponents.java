package dev.newsfold.collapse;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.GroupByKey;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.WithKeys;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;

/**
 * Edges between ids to each id's component, named by its smallest id, without gathering the edges on one
 * worker: a fixed number of large-star / small-star rounds ({@link StarContraction}), each one group-by-node,
 * turns the components into stars around their smallest ids; a component that is a star by then is named by
 * its centre where it sits. Only the edges of components that are not yet stars (long chains need more rounds)
 * go to one union-find, so the result is exact whatever the rounds; the counter {@code edges_to_one_worker}
 * says how many edges that last step took. An edge from an id to itself is no evidence and is dropped.
 */
public final class ConnectedComponents extends PTransform<PCollection<KV<String, String>>, PCollection<KV<String, String>>> {
  /** Rounds of a large-star and a small-star step: enough for the components of syndicated stories. */
  static final int DEFAULT_ROUNDS = 4;
  private final int rounds;

  public ConnectedComponents() {
    this(DEFAULT_ROUNDS);
  }

  ConnectedComponents(int rounds) {
    this.rounds = rounds;
  }

  @Override
  public PCollection<KV<String, String>> expand(PCollection<KV<String, String>> edges) {
    PCollection<KV<String, String>> current = edges;
    for (int round = 1; round <= rounds; round++) {
      current = current.apply("LargeStar" + round, new StarStep(true))
          .apply("SmallStar" + round, new StarStep(false));
    }
    TupleTag<KV<String, String>> named = new TupleTag<>() {};
    TupleTag<KV<String, String>> unsettled = new TupleTag<>() {};
    PCollectionTuple settled = neighbours(current)
        .apply("TellNeighboursDegree", ParDo.of(new DegreeFn()))
        .apply("GroupDegrees", GroupByKey.create())
        .apply("NameStars", ParDo.of(new NameStarsFn(named, unsettled)).withOutputTags(named, TupleTagList.of(unsettled)));
    PCollection<KV<String, String>> rest = settled.get(unsettled)
        .apply("UnsettledEdgesTogether", WithKeys.of("edges"))
        .apply("GroupUnsettled", GroupByKey.create())
        .apply("UnionFind", ParDo.of(new UnionFindFn()));
    return PCollectionList.of(settled.get(named)).and(rest).apply("AllComponents", Flatten.pCollections());
  }

  /** One large-star or small-star step over the whole edge set. */
  static final class StarStep extends PTransform<PCollection<KV<String, String>>, PCollection<KV<String, String>>> {
    private final boolean large;

    StarStep(boolean large) {
      this.large = large;
    }

    @Override
    public PCollection<KV<String, String>> expand(PCollection<KV<String, String>> edges) {
      return neighbours(edges).apply("Rewire", ParDo.of(new RewireFn(large)));
    }
  }

  /** Each node with its neighbours, whichever end of an edge it stood at. */
  private static PCollection<KV<String, Iterable<String>>> neighbours(PCollection<KV<String, String>> edges) {
    return edges.apply("BothDirections", ParDo.of(new BothDirectionsFn()))
        .apply("GroupByNode", GroupByKey.create());
  }

  static final class BothDirectionsFn extends DoFn<KV<String, String>, KV<String, String>> {
    @ProcessElement
    public void process(@Element KV<String, String> edge, OutputReceiver<KV<String, String>> out) {
      if (!edge.getKey().equals(edge.getValue())) {
        out.output(edge);
        out.output(KV.of(edge.getValue(), edge.getKey()));
      }
    }
  }

  static final class RewireFn extends DoFn<KV<String, Iterable<String>>, KV<String, String>> {
    private final boolean large;

    RewireFn(boolean large) {
      this.large = large;
    }

    @ProcessElement
    public void process(@Element KV<String, Iterable<String>> node, OutputReceiver<KV<String, String>> out) {
      List<KV<String, String>> edges = large ? StarContraction.largeStar(node.getKey(), node.getValue())
          : StarContraction.smallStar(node.getKey(), node.getValue());
      edges.forEach(out::output);
    }
  }

  /** Each node tells every neighbour how many distinct neighbours it has. */
  static final class DegreeFn extends DoFn<KV<String, Iterable<String>>, KV<String, KV<String, Integer>>> {
    @ProcessElement
    public void process(@Element KV<String, Iterable<String>> node, OutputReceiver<KV<String, KV<String, Integer>>> out) {
      TreeSet<String> neighbours = new TreeSet<>();
      node.getValue().forEach(neighbours::add);
      for (String neighbour : neighbours) {
        out.output(KV.of(neighbour, KV.of(node.getKey(), neighbours.size())));
      }
    }
  }

  /**
   * A node smaller than all its neighbours, each of which has no other neighbour, is the centre of a finished
   * star: it names itself and its leaves. Every other node hands its edges to larger neighbours to the
   * union-find, so each edge goes once, from its smaller end; a leaf has no larger neighbour, and a centre's
   * edges are its star's.
   */
  static final class NameStarsFn extends DoFn<KV<String, Iterable<KV<String, Integer>>>, KV<String, String>> {
    private final TupleTag<KV<String, String>> named;
    private final TupleTag<KV<String, String>> unsettled;
    private final Counter starNodes = Metrics.counter(ConnectedComponents.class, "nodes_named_by_stars");
    private final Counter toOneWorker = Metrics.counter(ConnectedComponents.class, "edges_to_one_worker");

    NameStarsFn(TupleTag<KV<String, String>> named, TupleTag<KV<String, String>> unsettled) {
      this.named = named;
      this.unsettled = unsettled;
    }

    @ProcessElement
    public void process(@Element KV<String, Iterable<KV<String, Integer>>> node, MultiOutputReceiver out) {
      String id = node.getKey();
      List<KV<String, Integer>> neighbours = new ArrayList<>();
      node.getValue().forEach(neighbours::add);
      boolean centre = neighbours.stream().allMatch(n -> n.getKey().compareTo(id) > 0 && n.getValue() == 1);
      if (centre) {
        out.get(named).output(KV.of(id, id));
        neighbours.forEach(leaf -> out.get(named).output(KV.of(leaf.getKey(), id)));
        starNodes.inc(neighbours.size() + 1L);
        return;
      }
      for (KV<String, Integer> neighbour : neighbours) {
        if (neighbour.getKey().compareTo(id) > 0) {
          out.get(unsettled).output(KV.of(id, neighbour.getKey()));
          toOneWorker.inc();
        }
      }
    }
  }

  static final class UnionFindFn extends DoFn<KV<String, Iterable<KV<String, String>>>, KV<String, String>> {
    @ProcessElement
    public void process(@Element KV<String, Iterable<KV<String, String>>> edges, OutputReceiver<KV<String, String>> out) {
      UnionFind components = new UnionFind();
      for (KV<String, String> edge : edges.getValue()) {
        components.union(edge.getKey(), edge.getValue());
      }
      for (Map.Entry<String, String> e : components.components().entrySet()) {
        out.output(KV.of(e.getKey(), e.getValue()));
      }
    }
  }
}
