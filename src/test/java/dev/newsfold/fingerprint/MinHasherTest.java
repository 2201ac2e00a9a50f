package dev.newsfold.fingerprint;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MinHasherTest {
  private static final int SHINGLE = 4;

  private static List<String> randomWords(Random random, int count) {
    List<String> words = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      StringBuilder w = new StringBuilder();
      int length = 3 + random.nextInt(6);
      for (int j = 0; j < length; j++) {
        w.append((char) ('a' + random.nextInt(26)));
      }
      words.add(w.toString());
    }
    return words;
  }

  private static double agreement(long[] a, long[] b) {
    int same = 0;
    for (int i = 0; i < a.length; i++) {
      if (a[i] == b[i]) {
        same++;
      }
    }
    return (double) same / a.length;
  }

  @Test
  void signatureHasOneValuePerHash() {
    MinHasher hasher = new MinHasher(32, 4);
    assertEquals(128, hasher.numHashes());
    assertEquals(32, hasher.bands());
    assertEquals(128, hasher.signature(new long[] {1, 2, 3}).length);
    assertEquals(32, hasher.bandKeys(hasher.signature(new long[] {1, 2, 3})).length);
  }

  @Test
  void deterministicAcrossInstances() {
    long[] shingles = Shingles.of(List.of("The port of Lisbon was brought to a standstill on Wednesday"), SHINGLE);
    long[] first = new MinHasher(32, 4).signature(shingles);
    long[] second = new MinHasher(32, 4).signature(shingles);
    assertArrayEquals(first, second);
    assertArrayEquals(FingerprintSettings.DEFAULT.minHasher().signature(shingles), first);
    assertArrayEquals(new MinHasher(32, 4).bandKeys(first), new MinHasher(32, 4).bandKeys(second));
  }

  @Test
  void bothWaysOfComputingASignatureGiveTheSameValues() {
    MinHasher hasher = FingerprintSettings.DEFAULT.minHasher();
    Random random = new Random(11);
    for (int doc = 0; doc < 300; doc++) {
      long[] shingles = random.longs(random.nextInt(2000)).toArray();
      if (doc % 3 == 0) { // Odd shingles too; the hashes of random ones fall on both sides of the sign that is flipped.
        shingles = java.util.stream.LongStream.concat(java.util.Arrays.stream(shingles),
            java.util.stream.LongStream.of(0L, -1L, Long.MIN_VALUE, Long.MAX_VALUE)).toArray();
      }
      assertArrayEquals(hasher.signatureInOnePass(shingles), hasher.signatureInTwoPasses(shingles));
    }
    assertArrayEquals(hasher.signatureInOnePass(new long[0]), hasher.signatureInTwoPasses(new long[0]));
    // The first values of a signature, as computed since v1: archived signatures stay comparable.
    assertEquals(658006869215568080L, hasher.signature(new long[] {1L, 2L, 3L})[0]);
  }

  @Test
  void signatureDependsOnTheSetNotItsOrder() {
    MinHasher hasher = new MinHasher(16, 4);
    assertArrayEquals(hasher.signature(new long[] {5, 9, 13, 42}), hasher.signature(new long[] {42, 13, 9, 5}));
  }

  @Test
  void identicalSetsShareAllBands() {
    MinHasher hasher = new MinHasher(32, 4);
    long[] shingles = Shingles.of(randomWords(new Random(1), 300), SHINGLE);
    long[] a = hasher.signature(shingles);
    long[] b = hasher.signature(shingles.clone());
    assertArrayEquals(hasher.bandKeys(a), hasher.bandKeys(b));
    assertEquals(0, hasher.firstSharedBand(a, b));
  }

  @Test
  void unrelatedTextsShareNoBand() {
    MinHasher hasher = new MinHasher(32, 4);
    long[] a = hasher.signature(Shingles.of(randomWords(new Random(2), 300), SHINGLE));
    long[] b = hasher.signature(Shingles.of(randomWords(new Random(3), 300), SHINGLE));
    assertEquals(-1, hasher.firstSharedBand(a, b));
    long[] keysA = hasher.bandKeys(a);
    long[] keysB = hasher.bandKeys(b);
    for (int i = 0; i < keysA.length; i++) {
      assertNotEquals(keysA[i], keysB[i], "band " + i);
    }
  }

  @Test
  void bandKeysDifferAcrossBandsForEqualRows() {
    MinHasher hasher = new MinHasher(8, 2);
    long[] flat = new long[16]; // every row the same value
    long[] keys = hasher.bandKeys(flat);
    Set<Long> distinct = new HashSet<>();
    for (long k : keys) {
      distinct.add(k);
    }
    assertEquals(8, distinct.size());
  }

  @Test
  void firstSharedBandFindsTheBand() {
    MinHasher hasher = new MinHasher(4, 2);
    long[] a = {1, 2, 3, 4, 5, 6, 7, 8};
    long[] b = {1, 0, 3, 0, 5, 6, 7, 8};
    assertEquals(2, hasher.firstSharedBand(a, b));
    assertEquals(-1, hasher.firstSharedBand(a, new long[] {0, 2, 3, 0, 0, 6, 7, 0}));
  }

  @Test
  void agreementEstimatesJaccard() {
    MinHasher hasher = new MinHasher(64, 4); // 256 hashes: standard error about 0.03
    Random random = new Random(11);
    List<String> common = randomWords(random, 600);
    for (int extra : new int[] {0, 150, 400, 1200}) {
      List<String> a = new ArrayList<>(common);
      a.addAll(randomWords(random, extra));
      List<String> b = new ArrayList<>(common);
      b.addAll(randomWords(random, extra));
      long[] sa = Shingles.of(List.of(String.join(" ", a)), SHINGLE);
      long[] sb = Shingles.of(List.of(String.join(" ", b)), SHINGLE);
      int inter = Shingles.intersection(sa, sb);
      double jaccard = (double) inter / (sa.length + sb.length - inter);
      double estimate = agreement(hasher.signature(sa), hasher.signature(sb));
      assertEquals(jaccard, estimate, 0.12, "extra " + extra + ": jaccard " + jaccard + " estimate " + estimate);
    }
  }

  @Test
  void nearDuplicatesShareABand() {
    MinHasher hasher = FingerprintSettings.DEFAULT.minHasher();
    List<String> words = randomWords(new Random(5), 400);
    List<String> edited = new ArrayList<>(words);
    edited.set(100, "changed");
    edited.set(300, "edited");
    long[] a = hasher.signature(Shingles.of(List.of(String.join(" ", words)), SHINGLE));
    long[] b = hasher.signature(Shingles.of(List.of(String.join(" ", edited)), SHINGLE));
    assertTrue(hasher.firstSharedBand(a, b) >= 0);
  }

  @Test
  void disjointTinySetsDoNotAgree() {
    MinHasher hasher = new MinHasher(32, 4);
    int agreeing = 0;
    for (long i = 1; i <= 20; i++) {
      long[] a = hasher.signature(new long[] {i});
      long[] b = hasher.signature(new long[] {i + 1000});
      agreeing += (int) Math.round(agreement(a, b) * a.length);
    }
    assertEquals(0, agreeing, "slots agreeing across 20 pairs of disjoint one-shingle sets");
  }
}
