package dev.newsfold.entities;

import java.time.LocalDate;
import java.util.List;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.values.PCollection;
import org.junit.Rule;
import org.junit.Test;

public class SummarizeEntitiesTest {
  @Rule
  public final transient TestPipeline pipeline = TestPipeline.create();

  @Test
  public void countsArticlesOnceAndMentionsEachTimeWithTheDateRange() {
    LocalDate may1 = LocalDate.of(2024, 5, 1);
    LocalDate may9 = LocalDate.of(2024, 5, 9);
    List<EntityMention> mentions = List.of(
        mention("a1", 0, EntityType.PERSON, "jane roe", may9),
        mention("a1", 1, EntityType.PERSON, "jane roe", may9),
        mention("a2", 0, EntityType.PERSON, "jane roe", may1),
        mention("a3", 0, EntityType.PERSON, "jane roe", null),
        mention("a3", 1, EntityType.LOCATION, "jane roe", null),
        mention("a2", 1, EntityType.ORGANIZATION, "acme", may9));
    PCollection<EntitySummary> summaries = pipeline.apply(Create.of(mentions)).apply(new SummarizeEntities());
    PAssert.that(summaries).containsInAnyOrder(
        new EntitySummary("jane roe", EntityType.PERSON, 3, 4, may1, may9),
        new EntitySummary("jane roe", EntityType.LOCATION, 1, 1, null, null),
        new EntitySummary("acme", EntityType.ORGANIZATION, 1, 1, may9, may9));
    pipeline.run().waitUntilFinish();
  }

  private static EntityMention mention(String article, int index, EntityType type, String key, LocalDate date) {
    return new EntityMention(article, index, type, key, 0, key.length(), 0, key, date);
  }
}
