package dev.newsfold.parse;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import dev.newsfold.model.ParsedCopy;
import dev.newsfold.model.RawCopy;
import dev.newsfold.model.Reject;
import dev.newsfold.model.RejectReason;
import java.util.List;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.junit.Rule;
import org.junit.Test;

/** A parser that throws on one copy fails that copy, not the job: it becomes a stage_failure reject. */
public class ParseArticlesPipelineTest {
  @Rule
  public final transient TestPipeline pipeline = TestPipeline.create();

  private static RawCopy raw(String name, String text) {
    return new RawCopy("/in/" + name, name, text.length(), "none", "sha-" + name, "UTF-8", text);
  }

  @Test
  public void anInjectedFailureBecomesARejectAndTheOtherCopiesGoOn() {
    List<RawCopy> input = List.of(
        raw("good.txt", "A headline for the story\n\nThe first paragraph says what happened on Monday in the port.\n\n"
            + "The second paragraph quotes a union leader at length about the strike."),
        raw("poison.txt", "Any text at all; the injected parser throws on this file."),
        raw("markup-only.html", "<html><body><script>track()</script></body></html>"));
    PCollectionTuple parsed = pipeline.apply(Create.of(input)).apply(new ParseArticles(copy -> {
      if (copy.relativePath().equals("poison.txt")) {
        throw new IllegalStateException("injected failure");
      }
      return ArticleParser.parse(copy.relativePath(), copy.rawText());
    }));
    PAssert.that(parsed.get(ParseArticles.PARSED)).satisfies(copies -> {
      int n = 0;
      for (ParsedCopy c : copies) {
        n++;
        assertEquals("good.txt", c.raw().relativePath());
      }
      assertEquals(1, n);
      return null;
    });
    PAssert.that(parsed.get(ParseArticles.REJECTS)).satisfies(rejects -> {
      int n = 0;
      for (Reject r : rejects) {
        n++;
        if (r.sourcePath().endsWith("poison.txt")) {
          assertEquals(RejectReason.STAGE_FAILURE, r.reason());
          assertEquals("parse", r.stage());
          assertTrue(r.detail(), r.detail().contains("IllegalStateException: injected failure"));
        } else {
          assertEquals(RejectReason.NO_ARTICLE_TEXT, r.reason());
        }
      }
      assertEquals(2, n);
      return null;
    });
    pipeline.run().waitUntilFinish();
  }
}
