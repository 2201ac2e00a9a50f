package dev.newsfold.collapse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.newsfold.coders.PlacementCoder;
import dev.newsfold.runners.EmbeddedFlink;
import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.junit.jupiter.api.Test;

/**
 * Assignment on embedded Flink, whose batch groups can be iterated only once: a body copied more times than
 * Beam's CoGroupByKey keeps in memory (10,000), as a crawl's stub page or a press release can be, still has every
 * copy assigned to its article.
 */
class AssignCopiesOnFlinkTest {
  private static final int DUPLICATES = 10_050;

  @Test
  void aBodyCopiedMoreTimesThanAJoinHoldsInMemoryHasEveryCopyAssigned() {
    Pipeline pipeline = EmbeddedFlink.pipeline();
    List<KV<String, String>> duplicates = new ArrayList<>();
    for (int i = 0; i < DUPLICATES; i++) {
      duplicates.add(KV.of("rep", String.format("dup%05d", i)));
    }
    KvCoder<String, String> ids = KvCoder.of(StringUtf8Coder.of(), StringUtf8Coder.of());
    PCollectionTuple.of(AssignCopies.PLACEMENTS, pipeline.apply("Placements",
            Create.of(KV.of("rep", new Placement("article", "rep", 1.0, 1.0, MatchRule.NEAR)))
                .withCoder(KvCoder.of(StringUtf8Coder.of(), PlacementCoder.of()))))
        .and(AssignCopies.DUPLICATES, pipeline.apply("Duplicates", Create.of(duplicates).withCoder(ids)))
        .and(AssignCopies.RECURRENCES, pipeline.apply("Recurrences", Create.empty(ids)))
        .apply(new AssignCopies())
        .apply(ParDo.of(new CountExactFn()));
    assertEquals(DUPLICATES, EmbeddedFlink.runAndCount(pipeline, AssignCopiesOnFlinkTest.class, "exact"));
  }

  static final class CountExactFn extends DoFn<CopyAssignment, Void> {
    private final Counter exact = Metrics.counter(AssignCopiesOnFlinkTest.class, "exact");

    @ProcessElement
    public void process(@Element CopyAssignment assignment) {
      if (assignment.rule() == MatchRule.EXACT) {
        exact.inc();
      }
    }
  }
}
