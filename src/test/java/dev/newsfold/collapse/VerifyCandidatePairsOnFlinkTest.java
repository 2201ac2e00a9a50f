package dev.newsfold.collapse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.newsfold.coders.CopyFingerprintCoder;
import dev.newsfold.fingerprint.CopyFingerprint;
import dev.newsfold.fingerprint.MinHasher;
import dev.newsfold.runners.EmbeddedFlink;
import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.junit.jupiter.api.Test;

/**
 * Pair verification on embedded Flink, whose batch groups can be iterated only once: a copy in more pairs than
 * Beam's CoGroupByKey keeps in memory (10,000), as the first member of an oversized bucket is, on either side of
 * its pairs, still has every pair verified. The 1,000,000-copy benchmark failed here ("GBK result is not
 * re-iterable") before the joins read each group once.
 */
class VerifyCandidatePairsOnFlinkTest {
  private static final int PARTNERS = 10_050;

  @Test
  void aCopyInMorePairsThanAJoinHoldsInMemoryHasEveryPairVerified() {
    Pipeline pipeline = EmbeddedFlink.pipeline();
    long[] shingles = {11L, 13L, 17L, 19L, 23L};
    long[] minhash = new MinHasher(4, 2).signature(shingles);
    List<KV<String, CopyFingerprint>> prints = new ArrayList<>();
    List<KV<String, String>> pairs = new ArrayList<>();
    for (String hub : List.of("a-hub", "z-hub")) {
      prints.add(KV.of(hub, new CopyFingerprint(hub, "same", shingles, minhash, 500, 2)));
    }
    for (int i = 0; i < PARTNERS; i++) {
      String id = String.format("m%05d", i);
      prints.add(KV.of(id, new CopyFingerprint(id, "same", shingles, minhash, 500, 2)));
      pairs.add(KV.of("a-hub", id)); // the hub is every pair's left copy
      pairs.add(KV.of(id, "z-hub")); // and here every pair's right copy
    }
    PCollectionTuple.of(VerifyCandidatePairs.PAIRS, pipeline.apply("Pairs",
            Create.of(pairs).withCoder(KvCoder.of(StringUtf8Coder.of(), StringUtf8Coder.of()))))
        .and(VerifyCandidatePairs.FINGERPRINTS, pipeline.apply("Prints",
            Create.of(prints).withCoder(KvCoder.of(StringUtf8Coder.of(), CopyFingerprintCoder.of()))))
        .apply(new VerifyCandidatePairs(FoldRules.DEFAULT));
    assertEquals(2L * PARTNERS, EmbeddedFlink.runAndCount(pipeline, VerifyCandidatePairs.class, "pairs_verified"));
  }
}
