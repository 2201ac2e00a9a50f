package dev.newsfold.archive;

import dev.newsfold.coders.ArticleVersionCoder;
import dev.newsfold.coders.AssignmentVersionCoder;
import dev.newsfold.join.OnePassCoGroup;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.WithKeys;
import org.apache.beam.sdk.transforms.join.KeyedPCollectionTuple;
import org.apache.beam.sdk.transforms.join.RawUnionValue;
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

  /** Positions in the join of {@link #expand}. */
  private static final int VERSION = 0;
  private static final int ASSIGNMENT = 1;
  private static final int EXTRACTED_VERSION = 2;
  private static final int BACKFILL_VERSION = 3;

  @Override
  public PCollectionTuple expand(PCollectionTuple input) {
    PCollectionTuple out = KeyedPCollectionTuple
        .of(new TupleTag<ArticleVersion>(), input.get(VERSIONS).apply("KeyVersionsById",
            WithKeys.of(ArticleVersion::articleId).withKeyType(TypeDescriptors.strings())))
        .and(new TupleTag<AssignmentVersion>(), input.get(ASSIGNMENTS).apply("KeyAssignmentsById",
            WithKeys.of((AssignmentVersion a) -> a.assignment().articleId()).withKeyType(TypeDescriptors.strings())))
        .and(new TupleTag<Integer>(), input.get(EXTRACTED))
        .and(new TupleTag<Integer>(), input.get(BACKFILLS))
        .apply("JoinExtractions", OnePassCoGroup.create())
        .apply("KeepWhatWasExtracted", ParDo.of(new RecordFn())
            .withOutputTags(VERSIONS, TupleTagList.of(ASSIGNMENTS)));
    out.get(VERSIONS).setCoder(ArticleVersionCoder.of());
    out.get(ASSIGNMENTS).setCoder(AssignmentVersionCoder.of());
    return out;
  }

  /** One article's group, read once (see {@link OnePassCoGroup}): its assignments wait for the decision on its version. */
  static final class RecordFn extends DoFn<KV<String, Iterable<RawUnionValue>>, ArticleVersion> {
    private final Counter withoutEntities =
        Metrics.counter(RecordExtractedEntities.class, "article_versions_written_without_entities");
    private final Counter backfilled = Metrics.counter(RecordExtractedEntities.class, "articles_entities_backfilled");
    private final Counter backfillFailed =
        Metrics.counter(RecordExtractedEntities.class, "articles_entities_backfill_failed");

    @ProcessElement
    public void process(@Element KV<String, Iterable<RawUnionValue>> joined, MultiOutputReceiver out) {
      ArticleVersion v = null;
      List<AssignmentVersion> assignments = new ArrayList<>();
      Set<Integer> extracted = new HashSet<>();
      Set<Integer> backfills = new HashSet<>();
      for (RawUnionValue value : joined.getValue()) {
        switch (value.getUnionTag()) {
          case VERSION -> {
            if (v != null) {
              throw new IllegalStateException("article " + joined.getKey() + " has two versions in one run");
            }
            v = (ArticleVersion) value.getValue();
          }
          case ASSIGNMENT -> assignments.add((AssignmentVersion) value.getValue());
          case EXTRACTED_VERSION -> extracted.add((Integer) value.getValue());
          case BACKFILL_VERSION -> backfills.add((Integer) value.getValue());
          default -> throw new IllegalStateException("unknown union tag " + value.getUnionTag());
        }
      }
      if (v != null) {
        boolean due = v.entitiesVersion() != null && v.entitiesVersion() == v.version();
        boolean isBackfill = backfills.contains(v.version());
        if (due && !extracted.contains(v.version())) {
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
      for (AssignmentVersion a : assignments) {
        out.get(ASSIGNMENTS).output(a);
      }
    }
  }
}
