package dev.newsfold.collapse;

import static org.junit.Assert.assertEquals;

import dev.newsfold.fingerprint.CopyFingerprint;
import dev.newsfold.fingerprint.FingerprintSettings;
import dev.newsfold.fingerprint.Shingles;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.values.PCollection;
import org.junit.Rule;
import org.junit.Test;

/** The collapse composite on the DirectRunner: exact and near copies fold, chains and unrelated stories do not. */
public class CollapseSyndicatedCopiesPipelineTest {
  private static final FingerprintSettings SETTINGS = FingerprintSettings.DEFAULT;

  @Rule
  public final transient TestPipeline pipeline = TestPipeline.create();

  static List<String> story(String seed, int paragraphs) {
    List<String> out = new ArrayList<>();
    java.util.SplittableRandom random = new java.util.SplittableRandom(seed.hashCode());
    for (int p = 0; p < paragraphs; p++) {
      StringBuilder s = new StringBuilder();
      for (int w = 0; w < 30; w++) {
        s.append(seed).append(random.nextInt(100000)).append(' ');
      }
      out.add(s.toString().strip() + ".");
    }
    return out;
  }

  static CopyFingerprint print(String id, List<String> paragraphs, int metadataFields) {
    long[] shingles = Shingles.of(paragraphs, SETTINGS.shingleSize());
    return new CopyFingerprint(id, dev.newsfold.fingerprint.ExactFingerprint.of(paragraphs), shingles,
        SETTINGS.minHasher().signature(shingles), String.join("\n\n", paragraphs).length(), metadataFields);
  }

  @Test
  public void foldsExactAndTrimmedCopiesAndKeepsUnrelatedStoriesApart() {
    List<String> full = story("lisbon", 10);
    List<String> other = story("wildfire", 8);
    List<CopyFingerprint> prints = List.of(
        print("c-full", full, 2),
        print("c-exact", full, 4), // same body, more metadata: the canonical copy
        print("c-trimmed", full.subList(0, 7), 4),
        print("c-other", other, 1));
    PCollection<CopyAssignment> assignments = pipeline.apply(Create.of(prints))
        .apply(new CollapseSyndicatedCopies(SETTINGS.minHasher(), MatchThresholds.DEFAULT, 200));
    PAssert.that(assignments).satisfies(all -> {
      Map<String, CopyAssignment> byCopy = new HashMap<>();
      all.forEach(a -> byCopy.put(a.copyId(), a));
      assertEquals(4, byCopy.size());
      assertEquals(MatchRule.CANONICAL, byCopy.get("c-exact").rule());
      assertEquals(MatchRule.EXACT, byCopy.get("c-full").rule());
      assertEquals(MatchRule.NEAR, byCopy.get("c-trimmed").rule());
      assertEquals(1.0, byCopy.get("c-trimmed").containment(), 1e-9);
      assertEquals(MatchRule.ALONE, byCopy.get("c-other").rule());
      assertEquals(byCopy.get("c-exact").articleId(), byCopy.get("c-full").articleId());
      assertEquals(byCopy.get("c-exact").articleId(), byCopy.get("c-trimmed").articleId());
      assertEquals("c-exact", byCopy.get("c-trimmed").canonicalCopyId());
      assertEquals(false, byCopy.get("c-other").articleId().equals(byCopy.get("c-exact").articleId()));
      return null;
    });
    pipeline.run().waitUntilFinish();
  }

  @Test
  public void aChainOfPartialOverlapsDoesNotMergeItsEnds() {
    List<String> a = story("alpha", 6);
    List<String> c = story("gamma", 6);
    List<String> b = new ArrayList<>(a.subList(0, 5)); // B shares most of A and most of C
    b.addAll(c.subList(0, 5));
    PCollection<CopyAssignment> assignments = pipeline
        .apply(Create.of(List.of(print("a", a, 0), print("b", b, 0), print("c", c, 0))))
        .apply(new CollapseSyndicatedCopies(SETTINGS.minHasher(), MatchThresholds.DEFAULT, 200));
    PAssert.that(assignments).satisfies(all -> {
      Map<String, String> article = new HashMap<>();
      all.forEach(x -> article.put(x.copyId(), x.articleId()));
      assertEquals(false, article.get("a").equals(article.get("c")));
      return null;
    });
    pipeline.run().waitUntilFinish();
  }
}
