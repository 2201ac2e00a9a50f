package dev.newsfold.collapse;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/** Connected components over string ids; each component is named by its smallest id, so names are stable. */
public final class UnionFind {
  private final Map<String, String> parent = new HashMap<>();

  public void union(String a, String b) {
    parent.putIfAbsent(a, a);
    parent.putIfAbsent(b, b);
    String ra = find(a);
    String rb = find(b);
    if (!ra.equals(rb)) {
      if (ra.compareTo(rb) < 0) {
        parent.put(rb, ra);
      } else {
        parent.put(ra, rb);
      }
    }
  }

  public String find(String x) {
    String root = x;
    while (true) {
      String p = parent.getOrDefault(root, root);
      if (p.equals(root)) {
        break;
      }
      root = p;
    }
    String node = x;
    while (!node.equals(root)) { // Path compression keeps later finds short.
      String next = parent.getOrDefault(node, node);
      parent.put(node, root);
      node = next;
    }
    return root;
  }

  /** Every id seen, mapped to its component's name (the smallest id in it). */
  public Map<String, String> components() {
    Map<String, String> out = new TreeMap<>();
    for (String id : parent.keySet()) {
      out.put(id, find(id));
    }
    return out;
  }
}
