package dev.newsfold.fingerprint;

import dev.newsfold.model.ParsedCopy;
import dev.newsfold.model.Reject;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;
import dev.newsfold.parse.ParsedArticle;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.PCollection;

/**
 * Fingerprints each clean copy: exact hash, shingles and MinHash signature. FINGERPRINTS go on to
 * collapsing; COPIES, each copy with its fingerprint, go straight to the copies table.
 */
public final class Fingerprint extends PTransform<PCollection<ParsedCopy>, PCollectionTuple> {
  public static final TupleTag<CopyFingerprint> FINGERPRINTS = new TupleTag<>() {};
  public static final TupleTag<FingerprintedCopy> COPIES = new TupleTag<>() {};
  public static final TupleTag<Reject> REJECTS = new TupleTag<>() {};
  static final String STAGE = "fingerprint";
  private final FingerprintSettings settings;

  public Fingerprint(FingerprintSettings settings) {
    this.settings = settings;
  }

  @Override
  public PCollectionTuple expand(PCollection<ParsedCopy> copies) {
    return copies.apply("FingerprintEachCopy",
        ParDo.of(new FingerprintFn(settings)).withOutputTags(FINGERPRINTS, TupleTagList.of(COPIES).and(REJECTS)));
  }

  public static CopyFingerprint of(ParsedCopy copy, FingerprintSettings settings) {
    return of(copy, settings, settings.minHasher());
  }

  public static CopyFingerprint of(ParsedCopy copy, FingerprintSettings settings, MinHasher minHasher) {
    ParsedArticle article = copy.article();
    String normalizedBody = Shingles.normalizedBody(article.paragraphs()); // Once for both fingerprints.
    long[] shingles = Shingles.ofNormalized(normalizedBody, settings.shingleSize());
    long[] kept = Shingles.smallest(shingles, Shingles.MAX_KEPT);
    return new CopyFingerprint(copy.copyId(), ExactFingerprint.ofNormalized(normalizedBody), kept,
        minHasher.signature(shingles), article.bodyLength(), article.metadata().completeness(),
        shingles.length, StoryEvidence.of(article.paragraphs(), article.metadata().title(),
            article.metadata().publishedDate()));
  }

  static final class FingerprintFn extends DoFn<ParsedCopy, CopyFingerprint> {
    private final FingerprintSettings settings;
    private final MinHasher minHasher; // Its seeds are derived once, not for every copy.
    private final Counter failed = Metrics.counter(Fingerprint.class, "rejected_stage_failure");
    // The run's progress line counts copies through this stage.
    private final Counter fingerprinted = Metrics.counter(Fingerprint.class, "copies_fingerprinted");

    FingerprintFn(FingerprintSettings settings) {
      this.settings = settings;
      this.minHasher = settings.minHasher();
    }

    @ProcessElement
    public void process(@Element ParsedCopy copy, MultiOutputReceiver out) {
      try {
        CopyFingerprint fingerprint = of(copy, settings, minHasher);
        out.get(FINGERPRINTS).output(fingerprint);
        out.get(COPIES).output(new FingerprintedCopy(copy, fingerprint));
        fingerprinted.inc();
      } catch (RuntimeException e) {
        failed.inc();
        out.get(REJECTS).output(Reject.ofFailure(copy.raw().sourcePath(), STAGE, e, copy.raw().byteSize())
            .withContent(copy.raw().bytes(), false));
      }
    }
  }
}
