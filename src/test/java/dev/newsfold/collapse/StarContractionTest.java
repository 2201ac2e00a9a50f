package dev.newsfold.collapse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.apache.beam.sdk.values.KV;
import org.junit.jupiter.api.Test;

class StarContractionTest {
  @Test
  void largeStarLinksTheLargerNeighboursToTheSmallestSeen() {
    assertEquals(List.of(KV.of("d", "a"), KV.of("e", "a")), StarContraction.largeStar("c", List.of("e", "a", "d", "a")));
  }

  @Test
  void largeStarAtTheSmallestNodeKeepsItsEdges() {
    assertEquals(List.of(KV.of("b", "a"), KV.of("c", "a")), StarContraction.largeStar("a", List.of("c", "b")));
  }

  @Test
  void smallStarLinksTheNodeAndItsSmallerNeighboursToTheSmallest() {
    assertEquals(List.of(KV.of("d", "a"), KV.of("b", "a"), KV.of("c", "a")),
        StarContraction.smallStar("d", List.of("c", "e", "a", "b")));
  }

  @Test
  void smallStarLeavesAnEdgeToALargerNodeToThatNode() {
    assertEquals(List.of(), StarContraction.smallStar("a", List.of("b", "c")));
  }
}
