package dev.newsfold.archive;

import dev.newsfold.boilerplate.StripBoilerplate;
import dev.newsfold.coders.FingerprintedCopyCoder;
import dev.newsfold.fingerprint.CopyFingerprint;
import dev.newsfold.fingerprint.Fingerprint;
import dev.newsfold.fingerprint.FingerprintSettings;
import dev.newsfold.fingerprint.FingerprintedCopy;
import dev.newsfold.fingerprint.MinHasher;
import dev.newsfold.model.ParsedCopy;
import dev.newsfold.parse.ParsedArticle;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.WithKeys;
import org.apache.beam.sdk.transforms.join.CoGbkResult;
import org.apache.beam.sdk.transforms.join.CoGroupByKey;
import org.apache.beam.sdk.transforms.join.KeyedPCollectionTuple;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TypeDescriptors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The archived copies as this run sees them: stripped of corpus boilerplate with this run's evidence,
 * with the stored fingerprint when this run removed the same paragraphs as the archived decision,
 * else a fingerprint computed from the new body. The copies table keeps the body as archived; articles take the current one.
 * A copy that cannot be fingerprinted again stays as archived (counted, logged): see {@link RefreshFn}.
 */
public final class RefreshArchivedCopies extends PTransform<PCollectionTuple, PCollection<FingerprintedCopy>> {
  public static final TupleTag<FingerprintedCopy> KNOWN = new TupleTag<>() {};
  private static final Logger LOG = LoggerFactory.getLogger(RefreshArchivedCopies.class);
  /** The archived copies as stripped by this run. */
  public static final TupleTag<ParsedCopy> STRIPPED = new TupleTag<>() {};
  private final FingerprintSettings settings;
  private final boolean everyCopy;

  /** With {@code everyCopy}, every archived copy is fingerprinted again (the archive's settings changed). */
  public RefreshArchivedCopies(FingerprintSettings settings, boolean everyCopy) {
    this.settings = settings;
    this.everyCopy = everyCopy;
  }

  @Override
  public PCollection<FingerprintedCopy> expand(PCollectionTuple input) {
    TupleTag<FingerprintedCopy> known = new TupleTag<>();
    TupleTag<ParsedCopy> restripped = new TupleTag<>();
    return KeyedPCollectionTuple
        .of(known, input.get(KNOWN).apply("KeyKnownById",
            WithKeys.of((FingerprintedCopy k) -> k.copy().copyId()).withKeyType(TypeDescriptors.strings())))
        .and(restripped, input.get(STRIPPED).apply("KeyStrippedById",
            WithKeys.of(ParsedCopy::copyId).withKeyType(TypeDescriptors.strings())))
        .apply("JoinRestripped", CoGroupByKey.create())
        .apply("Refingerprint", ParDo.of(new RefreshFn(known, restripped, settings, everyCopy)))
        .setCoder(FingerprintedCopyCoder.of());
  }

  static final class RefreshFn extends DoFn<KV<String, CoGbkResult>, FingerprintedCopy> {
    private final TupleTag<FingerprintedCopy> known;
    private final TupleTag<ParsedCopy> restripped;
    private final FingerprintSettings settings;
    private final MinHasher minHasher;
    private final boolean everyCopy;
    private final Counter refreshed = Metrics.counter(RefreshArchivedCopies.class, "archived_copies_stripped_anew");
    private final Counter failed = Metrics.counter(RefreshArchivedCopies.class, "archived_copies_refresh_failed");

    RefreshFn(TupleTag<FingerprintedCopy> known, TupleTag<ParsedCopy> restripped, FingerprintSettings settings,
        boolean everyCopy) {
      this.everyCopy = everyCopy;
      this.known = known;
      this.restripped = restripped;
      this.settings = settings;
      this.minHasher = settings.minHasher();
    }

    @ProcessElement
    public void process(@Element KV<String, CoGbkResult> joined, OutputReceiver<FingerprintedCopy> out) {
      FingerprintedCopy stored = joined.getValue().getOnly(known);
      ParsedCopy stripped = joined.getValue().getOnly(restripped);
      // The same paragraphs removed from the same paragraphs: the body, and so the fingerprint, as archived.
      if (!everyCopy && java.util.Arrays.equals(stripped.corpusRemovedAt(), stored.copy().corpusRemovedAt())) {
        out.output(new FingerprintedCopy(stripped, stored.fingerprint()));
        return;
      }
      CopyFingerprint fresh;
      try {
        fresh = Fingerprint.of(stripped, settings, minHasher);
      } catch (RuntimeException e) {
        // Unlike a new file, an archived copy cannot become a reject: its row is already in the archive,
        // and dropping it here would take it out of its article (which could lose its canonical copy or
        // be superseded) for a failure of ours, not a change in the data. Its stored fingerprint is
        // the one the archive was last collapsed with, so the copy keeps its place as last published;
        // it keeps its archived body too, so that body and fingerprint still describe the same text.
        failed.inc();
        LOG.warn("archived copy {} could not be fingerprinted again; it keeps its archived body and fingerprint",
            joined.getKey(), e);
        out.output(new FingerprintedCopy(asArchived(stored.copy()), stored.fingerprint()));
        return;
      }
      refreshed.inc();
      out.output(new FingerprintedCopy(stripped, fresh));
    }
  }

  /** An archived copy as it was archived: without the paragraphs its archived decision removed. */
  static ParsedCopy asArchived(ParsedCopy stored) {
    ParsedArticle before = stored.article();
    java.util.Set<Integer> removedAt = new java.util.HashSet<>();
    for (int at : stored.corpusRemovedAt()) {
      removedAt.add(at);
    }
    List<String> kept = new ArrayList<>();
    for (int i = 0; i < before.paragraphs().size(); i++) {
      if (!removedAt.contains(i)) {
        kept.add(before.paragraphs().get(i));
      }
    }
    Map<String, Integer> stripped = new TreeMap<>(before.stripped());
    if (!stored.corpusRemoved().isEmpty()) {
      stripped.put(StripBoilerplate.RULE, stored.corpusRemoved().size());
    }
    return stored.corpusStripped(new ParsedArticle(before.format(), before.metadata(), kept, stripped,
        before.extraction(), before.furnitureKeys()),
        stored.paragraphKeys(), stored.corpusRemoved(), stored.corpusRemovedAt());
  }
}
