package dev.newsfold.archive;

import static org.junit.Assert.assertEquals;

import dev.newsfold.collapse.ArticleRecord;
import dev.newsfold.collapse.ArticleState;
import dev.newsfold.collapse.CopyAssignment;
import dev.newsfold.collapse.MatchRule;
import dev.newsfold.entities.EntityMention;
import dev.newsfold.entities.EntityRecognizer;
import dev.newsfold.entities.EntityType;
import dev.newsfold.entities.ExtractEntityMentions;
import dev.newsfold.entities.RecognizedMention;
import dev.newsfold.entities.Recognition;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.SerializableCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TypeDescriptors;
import org.junit.Rule;
import org.junit.Test;

/**
 * Versioning, extraction and recording on the DirectRunner, with a recognizer that fails on one
 * body: entities_version is set only where extraction succeeded, and a backfill version is written
 * (with its assignments) only when its extraction succeeds.
 */
public class RecordExtractedEntitiesTest {
  @Rule
  public final transient TestPipeline pipeline = TestPipeline.create();

  /** Fails on a body holding "POISON"; finds "Lisbon" as a place; otherwise finds nothing (a success too). */
  static final class PoisonedRecognizer implements EntityRecognizer {
    @Override
    public Recognition recognize(String text) {
      if (text.contains("POISON")) {
        throw new IllegalStateException("the recognizer broke on this body");
      }
      int at = text.indexOf("Lisbon");
      return new Recognition(at < 0 ? List.of() : List.of(new RecognizedMention(EntityType.LOCATION, at, at + 6, 0)),
          new int[] {0});
    }
  }

  static ArticleState article(String id, String body) {
    ArticleRecord record = new ArticleRecord(id, "copy-" + id, "Title " + id, null, null, null, List.of(), null, body,
        body.split(" ").length, List.of("copy-" + id), List.of(), Map.of());
    return new ArticleState(record, List.of(new CopyAssignment("copy-" + id, id, "copy-" + id, MatchRule.ALONE, 1, 1)));
  }

  /** The pipeline's entity steps on this run's articles and the archive's latest versions. */
  private PCollectionTuple versionExtractAndRecord(List<ArticleState> current, List<ArticleVersion> archived,
      String... expectedMentions) {
    PCollectionTuple versioned = PCollectionTuple
        .of(VersionArticles.CURRENT, pipeline.apply("Current", Create.of(current)))
        .and(VersionArticles.ARCHIVED, pipeline.apply("Archived", Create.of(archived.stream()
            .map(v -> KV.of(v.articleId(), v)).toList()).withCoder(KvCoder.of(StringUtf8Coder.of(),
                SerializableCoder.of(ArticleVersion.class)))))
        .apply(new VersionArticles(true));
    PCollectionTuple extracted = versioned.get(VersionArticles.TO_EXTRACT)
        .apply(new ExtractEntityMentions(1000, PoisonedRecognizer::new));
    PAssert.that(extracted.get(ExtractEntityMentions.MENTIONS).apply("MentionText",
        MapElements.into(TypeDescriptors.strings()).via((EntityMention m) -> m.articleId() + ":" + m.text()
            + "@" + m.articleVersion()))).containsInAnyOrder(expectedMentions);
    return PCollectionTuple.of(RecordExtractedEntities.VERSIONS, versioned.get(VersionArticles.VERSIONS))
        .and(RecordExtractedEntities.ASSIGNMENTS, versioned.get(VersionArticles.ASSIGNMENTS))
        .and(RecordExtractedEntities.EXTRACTED, extracted.get(ExtractEntityMentions.EXTRACTED))
        .and(RecordExtractedEntities.BACKFILLS, versioned.get(VersionArticles.BACKFILLS))
        .apply(new RecordExtractedEntities());
  }

  @Test
  public void aFailedExtractionLeavesEntitiesVersionNullAndTheOthersSet() {
    PCollectionTuple recorded = versionExtractAndRecord(List.of(
        article("a", "Dockers in Lisbon walked out."),
        article("b", "POISON for the recognizer."),
        article("c", "nothing to name here")), List.of(), "a:Lisbon@1");
    PAssert.that(recorded.get(RecordExtractedEntities.VERSIONS)).satisfies(versions -> {
      Map<String, Integer> entitiesVersion = new TreeMap<>();
      versions.forEach(v -> entitiesVersion.put(v.articleId() + "@" + v.version(), v.entitiesVersion()));
      Map<String, Integer> expected = new TreeMap<>();
      expected.put("a@1", 1);
      expected.put("b@1", null); // Failed: recorded as not extracted, so that the next run tries again.
      expected.put("c@1", 1); // No mention is a successful extraction.
      assertEquals(expected, entitiesVersion);
      return null;
    });
    PAssert.that(assignmentsOf(recorded)).containsInAnyOrder("a@1", "b@1", "c@1");
    pipeline.run();
  }

  @Test
  public void anUnchangedArticleWithoutEntitiesGetsAVersionOnlyWhenItsExtractionSucceeds() {
    ArticleState a = article("a", "Dockers in Lisbon walked out.");
    ArticleState b = article("b", "POISON for the recognizer.");
    ArticleState c = article("c", "nothing to name here");
    PCollectionTuple recorded = versionExtractAndRecord(List.of(a, b, c), List.of(
        new ArticleVersion(a.article(), 1, null, null), // archived without entities
        new ArticleVersion(b.article(), 1, null, null), // its extraction failed before, and fails again
        new ArticleVersion(c.article(), 1, 1, null)), // extracted: unchanged, nothing to write
        "a:Lisbon@2");
    PAssert.that(recorded.get(RecordExtractedEntities.VERSIONS).apply("VersionKeys",
        MapElements.into(TypeDescriptors.strings()).via((ArticleVersion v) ->
            v.articleId() + "@" + v.version() + ":" + v.entitiesVersion()))).containsInAnyOrder("a@2:2");
    PAssert.that(assignmentsOf(recorded)).containsInAnyOrder("a@2");
    pipeline.run();
  }

  private static PCollection<String> assignmentsOf(PCollectionTuple recorded) {
    return recorded.get(RecordExtractedEntities.ASSIGNMENTS).apply("AssignmentKeys",
        MapElements.into(TypeDescriptors.strings()).via((AssignmentVersion a) ->
            a.assignment().articleId() + "@" + a.articleVersion()));
  }
}
