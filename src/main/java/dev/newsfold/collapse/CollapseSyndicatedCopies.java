package dev.newsfold.collapse;

import dev.newsfold.fingerprint.CopyFingerprint;
import dev.newsfold.fingerprint.MinHasher;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.WithKeys;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TypeDescriptors;

/**
 * Folds copies of one story into one article: exact duplicates first (within the fold window), then
 * candidates (LSH bands, shared lead sentences), pairs verified on the bodies and their dates and figures, components split around their most complete copies, and every copy
 * assigned with the rule that placed it.
 */
public final class CollapseSyndicatedCopies extends PTransform<PCollection<CopyFingerprint>, PCollection<CopyAssignment>> {
  private final MinHasher minHasher;
  private final FoldRules rules;
  private final int maxBucketSize;

  /** With the default fold window ({@link FoldRules#DEFAULT_WINDOW_DAYS}). */
  public CollapseSyndicatedCopies(MinHasher minHasher, MatchThresholds thresholds, int maxBucketSize) {
    this(minHasher, new FoldRules(thresholds, FoldRules.DEFAULT_WINDOW_DAYS), maxBucketSize);
  }

  public CollapseSyndicatedCopies(MinHasher minHasher, FoldRules rules, int maxBucketSize) {
    this.minHasher = minHasher;
    this.rules = rules;
    this.maxBucketSize = maxBucketSize;
  }

  @Override
  public PCollection<CopyAssignment> expand(PCollection<CopyFingerprint> copies) {
    PCollectionTuple exact = copies.apply("FoldExactDuplicates", new FoldExactDuplicates(rules.foldWindowDays()));
    PCollection<CopyFingerprint> representatives = exact.get(FoldExactDuplicates.REPRESENTATIVES);
    PCollection<KV<String, String>> candidates =
        representatives.apply("FindCandidatePairs", new FindCandidatePairs(minHasher, rules, maxBucketSize));
    PCollection<KV<String, CopyFingerprint>> byId = representatives
        .apply("KeyById", WithKeys.of(CopyFingerprint::copyId).withKeyType(TypeDescriptors.strings()));
    PCollection<KV<String, String>> edges = PCollectionTuple.of(VerifyCandidatePairs.PAIRS, candidates)
        .and(VerifyCandidatePairs.FINGERPRINTS, byId)
        .apply("VerifyCandidatePairs", new VerifyCandidatePairs(rules));
    PCollection<KV<String, Placement>> placements = PCollectionTuple.of(ClusterAroundCentres.EDGES, edges)
        .and(ClusterAroundCentres.COPIES, representatives)
        .apply("ClusterAroundCentres", new ClusterAroundCentres(rules));
    return PCollectionTuple.of(AssignCopies.PLACEMENTS, placements)
        .and(AssignCopies.DUPLICATES, exact.get(FoldExactDuplicates.DUPLICATES))
        .and(AssignCopies.RECURRENCES, exact.get(FoldExactDuplicates.RECURRENCES))
        .apply("AssignCopies", new AssignCopies());
  }
}
