package dev.newsfold.archive;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotEquals;

import dev.newsfold.boilerplate.StripBoilerplate;
import dev.newsfold.fingerprint.CopyFingerprint;
import dev.newsfold.fingerprint.FingerprintSettings;
import dev.newsfold.fingerprint.FingerprintedCopy;
import dev.newsfold.model.ParsedCopy;
import dev.newsfold.model.RawCopy;
import dev.newsfold.parse.ArticleFormat;
import dev.newsfold.parse.ArticleMetadata;
import dev.newsfold.parse.ParsedArticle;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.junit.Rule;
import org.junit.Test;

/**
 * Archived copies stripped anew are fingerprinted again; one that cannot be keeps its archived body
 * and stored fingerprint instead of failing the run or leaving collapse.
 */
public class RefreshArchivedCopiesTest {
  private static final String PROMO = "Subscribe to our newsletter for the best of the week, every Friday.";
  private static final List<String> STORY = List.of(
      "Dock workers in Lisbon walked out on Monday over pay and the use of temporary contracts at the port.",
      "The union said the strike would last until the port authority returned to the negotiating table.");

  @Rule
  public final transient TestPipeline pipeline = TestPipeline.create();

  /** An archived copy as read back: the promo was removed as boilerplate when it was archived. */
  static FingerprintedCopy archived(String name) {
    RawCopy raw = new RawCopy("/in/" + name, name, 100, "none", "sha-" + name, "UTF-8", "");
    List<String> before = List.of(PROMO, STORY.get(0), STORY.get(1));
    ParsedArticle article = new ParsedArticle(ArticleFormat.TEXT, metadata(), before, Map.of());
    ParsedCopy copy = new ParsedCopy(raw, article, new long[] {1, 2, 3}, List.of(PROMO), new int[] {0}, true);
    return new FingerprintedCopy(copy, new CopyFingerprint(copy.copyId(), "stored-" + name, new long[] {7},
        new long[] {7}, STORY.get(0).length() + 2 + STORY.get(1).length(), 1));
  }

  static ArticleMetadata metadata() {
    return new ArticleMetadata("Lisbon dockers strike", null, null, null, null, null, Map.of());
  }

  /** The same copy as this run strips it: the promo is no longer boilerplate and stays. */
  static ParsedCopy keptWhole(FingerprintedCopy known, ArticleMetadata metadata) {
    ParsedCopy copy = known.copy();
    ParsedArticle article = copy.article();
    return copy.corpusStripped(new ParsedArticle(article.format(), metadata, article.paragraphs(), Map.of()),
        copy.paragraphKeys(), List.of(), new int[0]);
  }

  @Test
  public void aCopyThatCannotBeFingerprintedAgainKeepsItsArchivedBodyAndFingerprint() {
    FingerprintedCopy good = archived("good.txt");
    FingerprintedCopy bad = archived("bad.txt");
    // No metadata makes fingerprinting throw, as any fault of ours on an odd archived row would.
    List<ParsedCopy> stripped = List.of(keptWhole(good, metadata()), keptWhole(bad, null));
    PCollection<FingerprintedCopy> refreshed = PCollectionTuple
        .of(RefreshArchivedCopies.KNOWN, pipeline.apply("Known", Create.of(good, bad)))
        .and(RefreshArchivedCopies.STRIPPED, pipeline.apply("Stripped", Create.of(stripped)))
        .apply(new RefreshArchivedCopies(FingerprintSettings.DEFAULT, false));
    PAssert.that(refreshed).satisfies(all -> {
      Map<String, FingerprintedCopy> byName = new HashMap<>();
      all.forEach(k -> byName.put(k.copy().raw().relativePath(), k));
      assertEquals(2, byName.size());
      FingerprintedCopy fresh = byName.get("good.txt");
      assertNotEquals("stored-good.txt", fresh.fingerprint().exactFingerprint());
      assertEquals(3, fresh.copy().article().paragraphs().size());
      FingerprintedCopy kept = byName.get("bad.txt");
      assertEquals("stored-bad.txt", kept.fingerprint().exactFingerprint());
      assertEquals(STORY, kept.copy().article().paragraphs());
      assertEquals(Map.of(StripBoilerplate.RULE, 1), kept.copy().article().stripped());
      assertEquals(List.of(PROMO), kept.copy().corpusRemoved());
      assertArrayEquals(new int[] {0}, kept.copy().corpusRemovedAt());
      return null;
    });
    pipeline.run();
  }
}
