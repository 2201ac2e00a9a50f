package dev.newsfold.fingerprint;

import dev.newsfold.model.ParsedCopy;
import dev.newsfold.parse.ParsedArticle;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.PCollection;

/** Fingerprints each clean copy: exact hash, shingles and MinHash signature. */
public final class Fingerprint extends PTransform<PCollection<ParsedCopy>, PCollection<CopyFingerprint>> {
  private final FingerprintSettings settings;

  public Fingerprint(FingerprintSettings settings) {
    this.settings = settings;
  }

  @Override
  public PCollection<CopyFingerprint> expand(PCollection<ParsedCopy> copies) {
    return copies.apply("FingerprintEachCopy", ParDo.of(new FingerprintFn(settings)));
  }

  public static CopyFingerprint of(ParsedCopy copy, FingerprintSettings settings) {
    ParsedArticle article = copy.article();
    long[] shingles = Shingles.of(article.paragraphs(), settings.shingleSize());
    return new CopyFingerprint(copy.copyId(), ExactFingerprint.of(article.paragraphs()), shingles,
        settings.minHasher().signature(shingles), article.bodyText().length(), article.metadata().completeness());
  }

  static final class FingerprintFn extends DoFn<ParsedCopy, CopyFingerprint> {
    private final FingerprintSettings settings;

    FingerprintFn(FingerprintSettings settings) {
      this.settings = settings;
    }

    @ProcessElement
    public void process(@Element ParsedCopy copy, OutputReceiver<CopyFingerprint> out) {
      out.output(of(copy, settings));
    }
  }
}
