package dev.newsfold.collapse;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.apache.beam.sdk.values.KV;

/**
 * The two steps of the large-star / small-star connected-components algorithm (Kiveris et al., "Connected
 * Components in MapReduce and Beyond", SoCC 2014), for one node and its neighbours. Each step rewires edges
 * towards the smallest id it sees and keeps every component connected; alternating them turns each component
 * into a star around its smallest id in a few rounds. Each edge is rewired at one end only: large-star at its
 * smaller end, small-star at its larger end.
 */
final class StarContraction {
  private StarContraction() {}

  /** Every neighbour larger than {@code node} is linked to the smallest of the node and its neighbours. */
  static List<KV<String, String>> largeStar(String node, Iterable<String> neighbours) {
    TreeSet<String> around = distinct(neighbours);
    String smallest = around.isEmpty() || node.compareTo(around.first()) < 0 ? node : around.first();
    List<KV<String, String>> edges = new ArrayList<>();
    for (String larger : around.tailSet(node, false)) {
      edges.add(KV.of(larger, smallest));
    }
    return edges;
  }

  /** The node and its smaller neighbours are linked to the smallest of them. */
  static List<KV<String, String>> smallStar(String node, Iterable<String> neighbours) {
    TreeSet<String> smaller = new TreeSet<>(distinct(neighbours).headSet(node, false));
    if (smaller.isEmpty()) {
      return List.of();
    }
    String smallest = smaller.first();
    List<KV<String, String>> edges = new ArrayList<>();
    edges.add(KV.of(node, smallest));
    for (String other : smaller.tailSet(smallest, false)) {
      edges.add(KV.of(other, smallest));
    }
    return edges;
  }

  private static TreeSet<String> distinct(Iterable<String> ids) {
    TreeSet<String> set = new TreeSet<>();
    ids.forEach(set::add);
    return set;
  }
}
