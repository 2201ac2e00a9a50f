package dev.newsfold.archive;

import dev.newsfold.coders.EntityMentionCoder;
import dev.newsfold.entities.EntityMention;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.WithKeys;
import org.apache.beam.sdk.transforms.join.CoGbkResult;
import org.apache.beam.sdk.transforms.join.CoGroupByKey;
import org.apache.beam.sdk.transforms.join.KeyedPCollectionTuple;
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

  @Override
  public PCollection<EntityMention> expand(PCollectionTuple input) {
    TupleTag<EntityMention> mention = new TupleTag<>();
    TupleTag<ArticleVersion> live = new TupleTag<>();
    PCollection<EntityMention> kept = KeyedPCollectionTuple
        .of(mention, input.get(ARCHIVED).apply("KeyArchivedMentions",
            WithKeys.of(EntityMention::articleId).withKeyType(TypeDescriptors.strings())))
        .and(live, input.get(LIVE))
        .apply("JoinLiveArticles", CoGroupByKey.create())
        .apply("KeepCurrentMentions", ParDo.of(new KeepCurrentFn(mention, live)))
        .setCoder(EntityMentionCoder.of());
    return PCollectionList.of(input.get(NEW)).and(kept).apply("AllCurrentMentions", Flatten.pCollections());
  }

  static final class KeepCurrentFn extends DoFn<KV<String, CoGbkResult>, EntityMention> {
    private final TupleTag<EntityMention> mention;
    private final TupleTag<ArticleVersion> live;
    private final Counter outdated = Metrics.counter(LatestMentions.class, "archived_mentions_outdated");

    KeepCurrentFn(TupleTag<EntityMention> mention, TupleTag<ArticleVersion> live) {
      this.mention = mention;
      this.live = live;
    }

    @ProcessElement
    public void process(@Element KV<String, CoGbkResult> joined, OutputReceiver<EntityMention> out) {
      ArticleVersion article = joined.getValue().getOnly(live, null);
      for (EntityMention m : joined.getValue().getAll(mention)) {
        if (article != null && article.entitiesVersion() != null && m.articleVersion() == article.entitiesVersion()) {
          out.output(m.withArticleDate(article.article().publishedDate()));
        } else {
          outdated.inc();
        }
      }
    }
  }
}
