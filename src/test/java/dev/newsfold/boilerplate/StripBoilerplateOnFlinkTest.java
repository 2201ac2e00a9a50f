package dev.newsfold.boilerplate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.newsfold.model.ParsedCopy;
import dev.newsfold.runners.EmbeddedFlink;
import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.coders.SerializableCoder;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.junit.jupiter.api.Test;

/**
 * Corpus boilerplate on embedded Flink, whose batch groups can be iterated only once: a promo held by
 * more pages than Beam's join keeps in memory (10,000) is still decided, and removed from every page.
 */
class StripBoilerplateOnFlinkTest {
  private static final int PAGES = 10_050;

  @Test
  void aPromoOnMorePagesThanAJoinHoldsInMemoryIsRemovedFromEveryPage() {
    Pipeline pipeline = EmbeddedFlink.pipeline();
    List<ParsedCopy> pages = new ArrayList<>();
    for (int i = 0; i < PAGES; i++) {
      pages.add(StripBoilerplatePipelineTest.copy("page" + i + ".html",
          List.of(StripBoilerplatePipelineTest.story("number " + i), StripBoilerplatePipelineTest.PROMO)));
    }
    PCollectionTuple.of(StripBoilerplate.COPIES,
            pipeline.apply("Pages", Create.of(pages).withCoder(SerializableCoder.of(ParsedCopy.class))))
        .and(StripBoilerplate.ARCHIVED, pipeline.apply("NoArchive",
            Create.empty(SerializableCoder.of(ParsedCopy.class))))
        .apply(new StripBoilerplate(3));
    assertEquals(PAGES, EmbeddedFlink.runAndCount(pipeline, StripBoilerplate.class, "corpus_repeated_paragraphs_removed"));
  }
}
