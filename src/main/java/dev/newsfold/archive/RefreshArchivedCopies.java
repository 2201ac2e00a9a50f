package dev.newsfold.archive;

import dev.newsfold.archive.ArchiveRecords.KnownCopy;
import dev.newsfold.fingerprint.Fingerprint;
import dev.newsfold.fingerprint.FingerprintSettings;
import dev.newsfold.fingerprint.MinHasher;
import dev.newsfold.model.ParsedCopy;
import org.apache.beam.sdk.coders.SerializableCoder;
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

/**
 * The archived copies as this run sees them: stripped of corpus boilerplate with this run's evidence,
 * with the stored fingerprint when this run removed the same paragraphs as the archived decision,
 * else a fingerprint computed from the new body. The copies table keeps the body as archived; articles take the current one.
 */
public final class RefreshArchivedCopies extends PTransform<PCollectionTuple, PCollection<KnownCopy>> {
  public static final TupleTag<KnownCopy> KNOWN = new TupleTag<>() {};
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
  public PCollection<KnownCopy> expand(PCollectionTuple input) {
    TupleTag<KnownCopy> known = new TupleTag<>();
    TupleTag<ParsedCopy> restripped = new TupleTag<>();
    return KeyedPCollectionTuple
        .of(known, input.get(KNOWN).apply("KeyKnownById",
            WithKeys.of((KnownCopy k) -> k.copy().copyId()).withKeyType(TypeDescriptors.strings())))
        .and(restripped, input.get(STRIPPED).apply("KeyStrippedById",
            WithKeys.of(ParsedCopy::copyId).withKeyType(TypeDescriptors.strings())))
        .apply("JoinRestripped", CoGroupByKey.create())
        .apply("Refingerprint", ParDo.of(new RefreshFn(known, restripped, settings, everyCopy)))
        .setCoder(SerializableCoder.of(KnownCopy.class));
  }

  static final class RefreshFn extends DoFn<KV<String, CoGbkResult>, KnownCopy> {
    private final TupleTag<KnownCopy> known;
    private final TupleTag<ParsedCopy> restripped;
    private final FingerprintSettings settings;
    private final MinHasher minHasher;
    private final boolean everyCopy;
    private final Counter refreshed = Metrics.counter(RefreshArchivedCopies.class, "archived_copies_stripped_anew");

    RefreshFn(TupleTag<KnownCopy> known, TupleTag<ParsedCopy> restripped, FingerprintSettings settings,
        boolean everyCopy) {
      this.everyCopy = everyCopy;
      this.known = known;
      this.restripped = restripped;
      this.settings = settings;
      this.minHasher = settings.minHasher();
    }

    @ProcessElement
    public void process(@Element KV<String, CoGbkResult> joined, OutputReceiver<KnownCopy> out) {
      KnownCopy stored = joined.getValue().getOnly(known);
      ParsedCopy stripped = joined.getValue().getOnly(restripped);
      // The same paragraphs removed from the same paragraphs: the body, and so the fingerprint, as archived.
      if (!everyCopy && java.util.Arrays.equals(stripped.corpusRemovedAt(), stored.copy().corpusRemovedAt())) {
        out.output(new KnownCopy(stripped, stored.fingerprint()));
        return;
      }
      refreshed.inc();
      out.output(new KnownCopy(stripped, Fingerprint.of(stripped, settings, minHasher)));
    }
  }
}
