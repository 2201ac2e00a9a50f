package dev.newsfold.archive;

import dev.newsfold.coders.ArticleVersionCoder;
import dev.newsfold.coders.AssignmentVersionCoder;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.WithKeys;
import org.apache.beam.sdk.transforms.join.CoGbkResult;
import org.apache.beam.sdk.transforms.join.CoGroupByKey;
import org.apache.beam.sdk.transforms.join.KeyedPCollectionTuple;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;
import org.apache.beam.sdk.values.TypeDescriptors;

/**
 * Makes {@code entities_version} say what happened: {@link VersionArticles} marks a version due for
 * extraction with its own version number; here that mark stays only on versions whose extraction
 * succeeded ({@code EXTRACTED}). A due version whose extraction failed is written with
 * {@code entities_version} null, so that the next run with entities on extracts it again. A
 * backfill version ({@link VersionArticles#BACKFILLS}: the same article, made only to record its
 * entities) whose extraction failed again is not written at all, nor its assignments: the archive
 * stays as it was and the next run tries again, rather than every run adding an identical version.
 *
 * <p>The live versions {@link LatestMentions} reads keep the mark: a mention is current when its
 * article_version equals the live version's entities_version, and a version that failed has no
 * mentions of its own number while the archived mentions have older numbers, so it has no current
 * mentions either way.
 */
public final class RecordExtractedEntities extends PTransform<PCollectionTuple, PCollectionTuple> {
  /** In: the versions this run writes; out: the same, with entities_version only where extracted. */
  public static final TupleTag<ArticleVersion> VERSIONS = new TupleTag<>() {};
  /** In: their assignments; out: without those of backfill versions that were not written. */
  public static final TupleTag<AssignmentVersion> ASSIGNMENTS = new TupleTag<>() {};
  /** (article_id, version) extracted: {@code ExtractEntityMentions.EXTRACTED}. */
  public static final TupleTag<KV<String, Integer>> EXTRACTED = new TupleTag<>() {};
  /** (article_id, version) of backfill versions: {@link VersionArticles#BACKFILLS}. */
  public static final TupleTag<KV<String, Integer>> BACKFILLS = new TupleTag<>() {};

  @Override
  public PCollectionTuple expand(PCollectionTuple input) {
    TupleTag<ArticleVersion> version = new TupleTag<>();
    TupleTag<AssignmentVersion> assignment = new TupleTag<>();
    TupleTag<Integer> extracted = new TupleTag<>();
    TupleTag<Integer> backfill = new TupleTag<>();
    PCollectionTuple out = KeyedPCollectionTuple
        .of(version, input.get(VERSIONS).apply("KeyVersionsById",
            WithKeys.of(ArticleVersion::articleId).withKeyType(TypeDescriptors.strings())))
        .and(assignment, input.get(ASSIGNMENTS).apply("KeyAssignmentsById",
            WithKeys.of((AssignmentVersion a) -> a.assignment().articleId()).withKeyType(TypeDescriptors.strings())))
        .and(extracted, input.get(EXTRACTED))
        .and(backfill, input.get(BACKFILLS))
        .apply("JoinExtractions", CoGroupByKey.create())
        .apply("KeepWhatWasExtracted", ParDo.of(new RecordFn(version, assignment, extracted, backfill))
            .withOutputTags(VERSIONS, TupleTagList.of(ASSIGNMENTS)));
    out.get(VERSIONS).setCoder(ArticleVersionCoder.of());
    out.get(ASSIGNMENTS).setCoder(AssignmentVersionCoder.of());
    return out;
  }

  static final class RecordFn extends DoFn<KV<String, CoGbkResult>, ArticleVersion> {
    private final TupleTag<ArticleVersion> version;
    private final TupleTag<AssignmentVersion> assignment;
    private final TupleTag<Integer> extracted;
    private final TupleTag<Integer> backfill;
    private final Counter withoutEntities =
        Metrics.counter(RecordExtractedEntities.class, "article_versions_written_without_entities");
    private final Counter backfilled = Metrics.counter(RecordExtractedEntities.class, "articles_entities_backfilled");
    private final Counter backfillFailed =
        Metrics.counter(RecordExtractedEntities.class, "articles_entities_backfill_failed");

    RecordFn(TupleTag<ArticleVersion> version, TupleTag<AssignmentVersion> assignment, TupleTag<Integer> extracted,
        TupleTag<Integer> backfill) {
      this.version = version;
      this.assignment = assignment;
      this.extracted = extracted;
      this.backfill = backfill;
    }

    @ProcessElement
    public void process(@Element KV<String, CoGbkResult> joined, MultiOutputReceiver out) {
      ArticleVersion v = joined.getValue().getOnly(version, null);
      if (v != null) {
        boolean due = v.entitiesVersion() != null && v.entitiesVersion() == v.version();
        boolean isBackfill = contains(joined.getValue().getAll(backfill), v.version());
        if (due && !contains(joined.getValue().getAll(extracted), v.version())) {
          if (isBackfill) {
            backfillFailed.inc(); // The archived version stays the latest, still without entities.
            return;
          }
          withoutEntities.inc();
          v = new ArticleVersion(v.article(), v.version(), null, v.supersededBy());
        } else if (isBackfill) {
          backfilled.inc();
        }
        out.get(VERSIONS).output(v);
      }
      for (AssignmentVersion a : joined.getValue().getAll(assignment)) {
        out.get(ASSIGNMENTS).output(a);
      }
    }

    private static boolean contains(Iterable<Integer> versions, int wanted) {
      for (int v : versions) {
        if (v == wanted) {
          return true;
        }
      }
      return false;
    }
  }
}
