package dev.newsfold.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.newsfold.coders.ArticleVersionCoder;
import dev.newsfold.coders.EntityMentionCoder;
import dev.newsfold.collapse.ArticleRecord;
import dev.newsfold.entities.EntityMention;
import dev.newsfold.entities.EntityType;
import dev.newsfold.runners.EmbeddedFlink;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
 * The archive's current mentions on embedded Flink, whose batch groups can be read only once: an article with
 * more archived mentions than Beam's CoGroupByKey keeps in memory (10,000), a long document's, keeps every
 * current one and counts every outdated one.
 */
class LatestMentionsOnFlinkTest {
  private static final int MENTIONS = 10_050;

  @Test
  void anArticleWithMoreMentionsThanAJoinHoldsInMemoryKeepsEveryCurrentOne() {
    Pipeline pipeline = EmbeddedFlink.pipeline();
    LocalDate date = LocalDate.of(2024, 5, 9);
    List<EntityMention> archived = new ArrayList<>();
    for (int i = 0; i < MENTIONS; i++) {
      int version = i % 2 == 0 ? 2 : 1; // every other mention is of the live version's body
      archived.add(new EntityMention("article-1", i, EntityType.PERSON, "Jane Roe", 0, 8, i, "jane roe", date)
          .atVersion(version));
    }
    ArticleRecord article = new ArticleRecord("article-1", "copy-1", "Title", null, "AP", date, List.of(), null,
        "Body", 1, List.of("copy-1"), List.of("a.txt"), Map.of());
    PCollectionTuple.of(LatestMentions.NEW, pipeline.apply("New", Create.empty(EntityMentionCoder.of())))
        .and(LatestMentions.ARCHIVED, pipeline.apply("Archived", Create.of(archived).withCoder(EntityMentionCoder.of())))
        .and(LatestMentions.LIVE, pipeline.apply("Live", Create.of(KV.of("article-1", new ArticleVersion(article, 3, 2, null)))
            .withCoder(KvCoder.of(StringUtf8Coder.of(), ArticleVersionCoder.of()))))
        .apply(new LatestMentions())
        .apply(ParDo.of(new CountFn()));
    assertEquals(MENTIONS / 2, EmbeddedFlink.runAndCount(pipeline, LatestMentionsOnFlinkTest.class, "current"));
  }

  static final class CountFn extends DoFn<EntityMention, Void> {
    private final Counter current = Metrics.counter(LatestMentionsOnFlinkTest.class, "current");

    @ProcessElement
    public void process(@Element EntityMention mention) {
      current.inc();
    }
  }
}
