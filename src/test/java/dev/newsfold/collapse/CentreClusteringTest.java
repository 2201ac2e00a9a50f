package dev.newsfold.collapse;

import static dev.newsfold.collapse.SimilarityTest.range;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsfold.fingerprint.CopyFingerprint;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CentreClusteringTest {
  private static final MatchThresholds T = MatchThresholds.DEFAULT;

  private static CopyFingerprint copy(String id, long[] shingles, int bodyChars, int metadataFields) {
    return new CopyFingerprint(id, "exact-" + id, shingles, new long[0], bodyChars, metadataFields);
  }

  /** Copy id to the copy id of its centre. */
  private static Map<String, String> centres(List<CopyFingerprint> input) {
    List<CentreClustering.Placement> placements = CentreClustering.cluster(input, T);
    assertEquals(input.size(), placements.size(), "every copy is placed once");
    Map<String, String> out = new HashMap<>();
    for (CentreClustering.Placement p : placements) {
      assertEquals(null, out.put(p.copy().copyId(), p.centre().copyId()), "placed twice: " + p.copy().copyId());
    }
    return out;
  }

  private static <T> List<List<T>> permutations(List<T> items) {
    if (items.isEmpty()) {
      List<List<T>> one = new ArrayList<>();
      one.add(new ArrayList<>());
      return one;
    }
    List<List<T>> out = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      List<T> rest = new ArrayList<>(items);
      T head = rest.remove(i);
      for (List<T> p : permutations(rest)) {
        p.add(0, head);
        out.add(p);
      }
    }
    return out;
  }

  @Test
  void chainDoesNotPullTheFarEndIn() {
    // A~B and B~C (Jaccard 0.5 each), but A and C share only 10 of 50 shingles.
    CopyFingerprint a = copy("a", range(1, 30), 3000, 4);
    CopyFingerprint b = copy("b", range(11, 40), 2900, 4);
    CopyFingerprint c = copy("c", range(21, 50), 2800, 4);
    assertTrue(T.sameStory(Similarity.of(a.shingles(), b.shingles()), 30, 30));
    assertTrue(T.sameStory(Similarity.of(b.shingles(), c.shingles()), 30, 30));
    for (List<CopyFingerprint> order : permutations(List.of(a, b, c))) {
      Map<String, String> centres = centres(order);
      assertEquals("a", centres.get("a"), order.toString());
      assertEquals("a", centres.get("b"), order.toString());
      assertNotEquals(centres.get("a"), centres.get("c"), "C must not join A's article");
      assertEquals("c", centres.get("c"));
    }
  }

  @Test
  void chainFromTheOtherEnd() {
    CopyFingerprint a = copy("a", range(1, 30), 2800, 4);
    CopyFingerprint b = copy("b", range(11, 40), 2900, 4);
    CopyFingerprint c = copy("c", range(21, 50), 3000, 4);
    for (List<CopyFingerprint> order : permutations(List.of(a, b, c))) {
      Map<String, String> centres = centres(order);
      assertEquals("c", centres.get("b"));
      assertEquals("a", centres.get("a"));
    }
  }

  @Test
  void roundUpContainingTwoUnrelatedStoriesDoesNotJoinThem() {
    // B, the most complete, contains both A and C; A and C share nothing.
    CopyFingerprint a = copy("a", range(1, 30), 300, 4);
    CopyFingerprint b = copy("b", range(1, 60), 600, 4);
    CopyFingerprint c = copy("c", range(31, 60), 300, 4);
    for (List<CopyFingerprint> order : permutations(List.of(a, b, c))) {
      Map<String, String> centres = centres(order);
      assertEquals("b", centres.get("b"));
      assertEquals("b", centres.get("a"), "the first half joins the round-up");
      assertNotEquals(centres.get("a"), centres.get("c"), "C must not share A's article: " + order);
    }
  }

  @Test
  void copiesThatOverlapEachOtherAllJoinTheCentre() {
    CopyFingerprint full = copy("full", range(1, 100), 1000, 4);
    CopyFingerprint first = copy("first", range(1, 60), 600, 4);
    CopyFingerprint second = copy("second", range(1, 70), 700, 4);
    assertEquals(Map.of("full", "full", "first", "full", "second", "full"), centres(List.of(first, second, full)));
  }

  @Test
  void trimmedCopyJoinsTheFullOne() {
    CopyFingerprint full = copy("full", range(1, 100), 1000, 4);
    CopyFingerprint trimmed = copy("trimmed", range(1, 40), 400, 4);
    assertTrue(Similarity.of(full.shingles(), trimmed.shingles()).jaccard() < T.minJaccard(),
        "joins by containment, not Jaccard");
    List<CentreClustering.Placement> placements = CentreClustering.cluster(List.of(trimmed, full), T);
    CentreClustering.Placement placed = placements.stream().filter(p -> p.copy() == trimmed).findFirst().orElseThrow();
    assertEquals("full", placed.centre().copyId());
    assertEquals(0.4, placed.similarity().jaccard(), 1e-9);
    assertEquals(1.0, placed.similarity().containment(), 1e-9);
    CentreClustering.Placement centre = placements.stream().filter(p -> p.copy() == full).findFirst().orElseThrow();
    assertEquals(full, centre.centre());
    assertEquals(new Similarity(1, 1), centre.similarity());
  }

  @Test
  void shortBriefQuotedInALongStoryStaysApart() {
    CopyFingerprint story = copy("story", range(1, 200), 2000, 4);
    CopyFingerprint brief = copy("brief", range(1, 20), 200, 4);
    Map<String, String> centres = centres(List.of(story, brief));
    assertEquals("brief", centres.get("brief"));
  }

  @Test
  void mostCompleteCopyIsTheCentreRegardlessOfOrder() {
    CopyFingerprint full = copy("zz-full", range(1, 100), 1000, 2);
    CopyFingerprint edited = copy("aa-edited", concat(range(1, 95), range(500, 504)), 990, 4);
    CopyFingerprint trimmed = copy("mm-trimmed", range(1, 70), 700, 4);
    for (List<CopyFingerprint> order : permutations(List.of(full, edited, trimmed))) {
      Map<String, String> centres = centres(order);
      assertEquals(Map.of("zz-full", "zz-full", "aa-edited", "zz-full", "mm-trimmed", "zz-full"), centres,
          order.toString());
    }
  }

  @Test
  void tiesAreBrokenByMetadataThenCopyId() {
    CopyFingerprint less = copy("a-less", range(1, 50), 500, 1);
    CopyFingerprint more = copy("b-more", range(1, 50), 500, 3);
    for (List<CopyFingerprint> order : permutations(List.of(less, more))) {
      assertEquals("b-more", centres(order).get("a-less"));
    }
    CopyFingerprint x = copy("x", range(1, 50), 500, 3);
    CopyFingerprint y = copy("y", range(1, 50), 500, 3);
    for (List<CopyFingerprint> order : permutations(List.of(y, x))) {
      assertEquals("x", centres(order).get("y"));
    }
  }

  @Test
  void unrelatedCopiesAreTheirOwnCentres() {
    CopyFingerprint one = copy("one", range(1, 50), 500, 1);
    CopyFingerprint two = copy("two", range(100, 150), 510, 1);
    assertEquals(Map.of("one", "one", "two", "two"), centres(List.of(one, two)));
  }

  @Test
  void aCopyJoinsALongPaddedCentreThroughAMemberButNotWithoutAMatch() {
    // The longest copy carries 60 shingles of its own (a leftover promo).
    long[] story = SimilarityTest.range(0, 99);
    CopyFingerprint padded = copy("padded", concat(story, SimilarityTest.range(1000, 1059)), 900, 0);
    CopyFingerprint full = copy("full", story, 800, 3);
    // 80 story shingles and 40 of its own: matches "full" (Jaccard 0.57), only 0.67 contained in "padded".
    CopyFingerprint edited = copy("edited", concat(SimilarityTest.range(0, 79), SimilarityTest.range(2000, 2039)), 700, 1);
    // 70 story shingles and 50 of its own: matches no copy of the story.
    CopyFingerprint loose = copy("loose", concat(SimilarityTest.range(0, 69), SimilarityTest.range(3000, 3049)), 650, 1);
    Map<String, String> centre = centres(List.of(loose, edited, padded, full));
    assertEquals(Map.of("padded", "padded", "full", "padded", "edited", "padded", "loose", "loose"), centre);
  }

  private static long[] concat(long[] a, long[] b) {
    long[] out = new long[a.length + b.length];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  @Test
  void dailyBriefsInOneComponentStayApartAndACorrectionBecomesCanonical() {
    java.time.LocalDate day = FoldRulesTest.MARCH_2;
    CopyFingerprint march2 = FoldRulesTest.copy("a2", "FED ADDS RESERVES", day, FoldRulesTest.reserves("1.5", "6-3/16"));
    CopyFingerprint resend2 = FoldRulesTest.copy("b2", "REPEAT", day, FoldRulesTest.reserves("1.5", "6-3/16"));
    CopyFingerprint corrected2 = FoldRulesTest.copy("c2", "CORRECTED - FED ADDS RESERVES", day,
        FoldRulesTest.reserves("1.6", "6-3/16"));
    CopyFingerprint undated2 = FoldRulesTest.copy("d2", "FED ADDS RESERVES", null, FoldRulesTest.reserves("1.6", "6-3/16"));
    CopyFingerprint march3 = FoldRulesTest.copy("a3", "FED ADDS RESERVES", day.plusDays(1), FoldRulesTest.reserves("1.5", "6-1/4"));
    CopyFingerprint march5 = FoldRulesTest.copy("a5", "FED ADDS RESERVES", day.plusDays(3), FoldRulesTest.reserves("2.5", "6-1/4"));
    List<CopyFingerprint> all = List.of(march2, resend2, corrected2, undated2, march3, march5);
    for (List<CopyFingerprint> order : permutations(all)) {
      Map<String, CentreClustering.Placement> placed = new HashMap<>();
      for (CentreClustering.Placement p : CentreClustering.cluster(order, FoldRules.DEFAULT)) {
        placed.put(p.copy().copyId(), p);
      }
      for (String id : List.of("a2", "b2", "c2", "d2")) {
        assertEquals("c2", placed.get(id).centre().copyId(), id + " folds into the correction, in order " + order);
      }
      assertEquals(MatchRule.REVISION, placed.get("a2").rule());
      assertEquals("a3", placed.get("a3").centre().copyId());
      assertEquals("a5", placed.get("a5").centre().copyId());
    }
  }
}
