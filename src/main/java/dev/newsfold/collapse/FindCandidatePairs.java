package dev.newsfold.collapse;

import dev.newsfold.fingerprint.CopyFingerprint;
import dev.newsfold.fingerprint.MinHasher;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.Distinct;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.GroupByKey;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;

/**
 * LSH: copies that agree on every row of some band land in one bucket and become candidate pairs.
 * So do copies that share one of their first sentences: an abridged reprint (the first paragraphs
 * of a long story) has too low a Jaccard for the bands to find it.
 * Buckets carry ids with a date and two counts, so the shuffle is small, and a bucket leaves out the pairs
 * that {@link FoldRules#neverFolds} can tell apart without their shingles. A bucket larger than the cap (a template, a
 * shared boilerplate sentence) is not paired all against all: each member pairs with the first
 * few members only, which keeps a real large cluster connected at linear cost.
 */
public final class FindCandidatePairs extends PTransform<PCollection<CopyFingerprint>, PCollection<KV<String, String>>> {
  /** A copy's first sentences that serve as bucket keys: where any abridged reprint keeps some of its text. */
  static final int LEAD_SENTENCES = 6;
  /** Keeps sentence keys apart from band keys. */
  private static final long LEAD_SENTENCE_SALT = 0x5e17e9ce1eadL;
  /** About 180 bytes each (the pair, its two ids and the set's entry): some 47 MB per worker at most. */
  static final int MAX_REMEMBERED_PAIRS = 1 << 18;
  private final MinHasher minHasher;
  private final FoldRules rules;
  private final int maxBucketSize;

  public FindCandidatePairs(MinHasher minHasher, FoldRules rules, int maxBucketSize) {
    this.minHasher = minHasher;
    this.rules = rules;
    this.maxBucketSize = maxBucketSize;
  }

  @Override
  public PCollection<KV<String, String>> expand(PCollection<CopyFingerprint> copies) {
    return copies
        .apply("EmitBandKeys", ParDo.of(new BandKeysFn(minHasher)))
        .apply("GroupByBand", GroupByKey.create())
        .apply("PairBucketMembers", ParDo.of(new PairBucketFn(rules, maxBucketSize)))
        .apply("DistinctPairs", Distinct.create());
  }

  static final class BandKeysFn extends DoFn<CopyFingerprint, KV<Long, BucketMember>> {
    private final MinHasher minHasher;

    BandKeysFn(MinHasher minHasher) {
      this.minHasher = minHasher;
    }

    @ProcessElement
    public void process(@Element CopyFingerprint copy, OutputReceiver<KV<Long, BucketMember>> out) {
      if (copy.shingles().length == 0) {
        return;
      }
      BucketMember member = BucketMember.of(copy);
      for (long key : minHasher.bandKeys(copy.minhash())) {
        out.output(KV.of(key, member));
      }
      long[] sentences = copy.evidence().sentences();
      for (int i = 0; i < Math.min(LEAD_SENTENCES, sentences.length); i++) {
        out.output(KV.of(sentences[i] ^ LEAD_SENTENCE_SALT, member));
      }
    }
  }

  /**
   * A bucket's pairs, each pair once per bundle as far as memory allows. Copies of one story share most of their
   * buckets, so a pair comes from up to every band and lead sentence: 1.76 million pairs for about 185,000 distinct
   * ones at 100,000 copies, all sorted by {@code DistinctPairs}, whose sorts decode both keys at every comparison on
   * Flink (issue #15). The pairs output lately are remembered and not output again; the set is dropped once
   * {@code maxRememberedPairs} is passed, which only lets some repeats through to the {@code Distinct} that follows.
   * The counters count every pair of every bucket, as before, so they do not depend on how a runner makes bundles.
   */
  static final class PairBucketFn extends DoFn<KV<Long, Iterable<BucketMember>>, KV<String, String>> {
    private final FoldRules rules;
    private final int maxBucketSize;
    private final int maxRememberedPairs;
    private transient Set<KV<String, String>> recentPairs;
    private final Counter oversized = Metrics.counter(FindCandidatePairs.class, "lsh_oversized_buckets");
    private final Counter pairs = Metrics.counter(FindCandidatePairs.class, "lsh_candidate_pairs");
    private final Counter neverFold = Metrics.counter(FindCandidatePairs.class, "lsh_pairs_never_fold");

    PairBucketFn(FoldRules rules, int maxBucketSize) {
      this(rules, maxBucketSize, MAX_REMEMBERED_PAIRS);
    }

    PairBucketFn(FoldRules rules, int maxBucketSize, int maxRememberedPairs) {
      this.rules = rules;
      this.maxBucketSize = maxBucketSize;
      this.maxRememberedPairs = maxRememberedPairs;
    }

    @StartBundle
    public void startBundle() {
      recentPairs = new HashSet<>();
    }

    @ProcessElement
    public void process(@Element KV<Long, Iterable<BucketMember>> bucket, OutputReceiver<KV<String, String>> out) {
      List<BucketMember> members = new ArrayList<>();
      bucket.getValue().forEach(members::add);
      if (members.size() < 2) {
        return;
      }
      members.sort(Comparator.comparing(BucketMember::copyId));
      int partners = members.size();
      if (members.size() > maxBucketSize) {
        oversized.inc();
        partners = Math.max(1, maxBucketSize / 10);
      }
      for (int i = 0; i < Math.min(partners, members.size()); i++) {
        for (int j = i + 1; j < members.size(); j++) {
          if (rules.neverFolds(members.get(i), members.get(j))) {
            neverFold.inc();
          } else {
            pairs.inc();
            KV<String, String> pair = KV.of(members.get(i).copyId(), members.get(j).copyId());
            if (recentPairs.add(pair)) {
              out.output(pair);
            }
          }
        }
      }
      if (recentPairs.size() > maxRememberedPairs) {
        recentPairs = new HashSet<>();
      }
    }
  }
}
