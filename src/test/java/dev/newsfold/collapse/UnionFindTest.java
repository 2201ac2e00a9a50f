package dev.newsfold.collapse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

class UnionFindTest {

  @Test
  void componentsAreNamedBySmallestId() {
    UnionFind uf = new UnionFind();
    uf.union("d", "c");
    uf.union("c", "b");
    uf.union("x", "y");
    assertEquals("b", uf.find("d"));
    assertEquals("b", uf.find("c"));
    assertEquals("b", uf.find("b"));
    assertEquals("x", uf.find("y"));
    assertNotEquals(uf.find("b"), uf.find("x"));
  }

  @Test
  void mergingComponentsKeepsTheSmallestName() {
    UnionFind uf = new UnionFind();
    uf.union("m", "z");
    uf.union("k", "q");
    uf.union("z", "q"); // joins {m,z} and {k,q}
    for (String id : new String[] {"m", "z", "k", "q"}) {
      assertEquals("k", uf.find(id), id);
    }
  }

  @Test
  void nameDoesNotDependOnUnionOrder() {
    UnionFind forward = new UnionFind();
    forward.union("a1", "b2");
    forward.union("b2", "c3");
    UnionFind backward = new UnionFind();
    backward.union("c3", "b2");
    backward.union("b2", "a1");
    assertEquals("a1", forward.find("c3"));
    assertEquals("a1", backward.find("c3"));
  }

  @Test
  void unseenIdIsItsOwnComponent() {
    assertEquals("lonely", new UnionFind().find("lonely"));
  }

  @Test
  void unionIsIdempotent() {
    UnionFind uf = new UnionFind();
    uf.union("a", "b");
    uf.union("b", "a");
    uf.union("a", "a");
    assertEquals("a", uf.find("b"));
  }

  @Test
  void componentsMapsNonRootIdsToTheirName() {
    UnionFind uf = new UnionFind();
    uf.union("d", "c");
    uf.union("c", "b");
    uf.union("x", "y");
    Map<String, String> components = uf.components();
    assertEquals("b", components.get("c"));
    assertEquals("b", components.get("d"));
    assertEquals("x", components.get("y"));
  }

  @Test
  void componentsListsEveryIdSeen() {
    UnionFind uf = new UnionFind();
    uf.union("a", "b");
    uf.union("x", "y");
    assertEquals(Map.of("a", "a", "b", "a", "x", "x", "y", "x"), uf.components());
  }
}
