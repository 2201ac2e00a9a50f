package dev.newsfold.boilerplate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.newsfold.model.ParsedCopy;
import java.util.ArrayList;
import java.util.List;
import org.apache.beam.runners.flink.FlinkPipelineOptions;
import org.apache.beam.runners.flink.FlinkRunner;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.coders.SerializableCoder;
import org.apache.beam.sdk.metrics.MetricNameFilter;
import org.apache.beam.sdk.metrics.MetricResult;
import org.apache.beam.sdk.metrics.MetricsFilter;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
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
    FlinkPipelineOptions options = PipelineOptionsFactory.as(FlinkPipelineOptions.class);
    options.setRunner(FlinkRunner.class);
    options.setFlinkMaster("[local]");
    options.setParallelism(2);
    Pipeline pipeline = Pipeline.create(options);
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
    PipelineResult result = pipeline.run();
    result.waitUntilFinish();
    long removed = 0;
    for (MetricResult<Long> counter : result.metrics().queryMetrics(MetricsFilter.builder()
        .addNameFilter(MetricNameFilter.named(StripBoilerplate.class, "corpus_repeated_paragraphs_removed"))
        .build()).getCounters()) {
      removed += counter.getAttempted();
    }
    assertEquals(PAGES, removed);
  }
}
