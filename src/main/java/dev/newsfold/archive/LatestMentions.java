package dev.newsfold.archive;

import dev.newsfold.coders.EntityMentionCoder;
import dev.newsfold.entities.EntityMention;
import dev.newsfold.join.OnePassCoGroup;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.WithKeys;
import org.apache.beam.sdk.transforms.join.KeyedPCollectionTuple;
import org.apache.beam.sdk.transforms.join.RawUnionValue;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TypeDescriptors;

/**
 * The mentions of the archive's current state, which the entities snapshot summarizes: this run's
 * new mentions, and the archived mentions of every live article whose body they still describe,
 * dated with the article's current date.
 */
public final class LatestMentions extends PTransform<PCollectionTuple, PCollection<EntityMention>> {
  public static final TupleTag<EntityMention> NEW = new TupleTag<>() {};
  public static final TupleTag<EntityMention> ARCHIVED = new TupleTag<>() {};
  public static final TupleTag<KV<String, ArticleVersion>> LIVE = new TupleTag<>() {};

  /** Positions in the join of {@link #expand}. */
  private static final int MENTION = 0;
  private static final int LIVE_VERSION = 1;

  @Override
  public PCollection<EntityMention> expand(PCollectionTuple input) {
    PCollection<EntityMention> kept = KeyedPCollectionTuple
        .of(new TupleTag<EntityMention>(), input.get(ARCHIVED).apply("KeyArchivedMentions",
            WithKeys.of(EntityMention::articleId).withKeyType(TypeDescriptors.strings())))
        .and(new TupleTag<ArticleVersion>(), input.get(LIVE))
        .apply("JoinLiveArticles", OnePassCoGroup.create())
        .apply("KeepCurrentMentions", ParDo.of(new KeepCurrentFn()))
        .setCoder(EntityMentionCoder.of());
    return PCollectionList.of(input.get(NEW)).and(kept).apply("AllCurrentMentions", Flatten.pCollections());
  }

  /**
   * One article's archived mentions and its live version, read once (see {@link OnePassCoGroup}): only mentions
   * read before the live version wait for it.
   */
  static final class KeepCurrentFn extends DoFn<KV<String, Iterable<RawUnionValue>>, EntityMention> {
    private final Counter outdated = Metrics.counter(LatestMentions.class, "archived_mentions_outdated");

    @ProcessElement
    public void process(@Element KV<String, Iterable<RawUnionValue>> joined, OutputReceiver<EntityMention> out) {
      OnePassCoGroup.<ArticleVersion, EntityMention>eachWithAnchor(joined, LIVE_VERSION, MENTION,
          (article, m) -> keepIfCurrent(m, article, out));
    }

    /** An article without a live version (null) is gone or superseded: its mentions are outdated. */
    private void keepIfCurrent(EntityMention m, ArticleVersion article, OutputReceiver<EntityMention> out) {
      if (article != null && article.entitiesVersion() != null && m.articleVersion() == article.entitiesVersion()) {
        out.output(m.withArticleDate(article.article().publishedDate()));
      } else {
        outdated.inc();
      }
    }
  }
}
