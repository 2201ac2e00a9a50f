package dev.newsfold.entities;

import java.time.LocalDate;
import org.apache.beam.sdk.transforms.Combine;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.Values;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.TypeDescriptor;
import org.apache.beam.sdk.values.TypeDescriptors;

/**
 * Mentions to one row per (entity key, type): article and mention counts, first and last article dates.
 * Two combines, so that runners add the mentions up before the shuffle instead of moving each one: per
 * (entity, article), then per entity.
 */
public final class SummarizeEntities extends PTransform<PCollection<EntityMention>, PCollection<EntitySummary>> {
  private static final TypeDescriptor<KV<String, EntitySummary>> KEYED_SUMMARY =
      TypeDescriptors.kvs(TypeDescriptors.strings(), TypeDescriptor.of(EntitySummary.class));

  @Override
  public PCollection<EntitySummary> expand(PCollection<EntityMention> mentions) {
    return mentions
        .apply("KeyByEntityInArticle", MapElements.into(KEYED_SUMMARY)
            .via((EntityMention m) -> KV.of(entity(m.type(), m.entityKey()) + "\u0000" + m.articleId(), ofOne(m))))
        .apply("CountInArticle", Combine.perKey(new Merge(true)))
        .apply("KeyByEntity", MapElements.into(KEYED_SUMMARY)
            .via((KV<String, EntitySummary> inArticle) -> KV.of(entity(inArticle.getValue().type(),
                inArticle.getValue().entityKey()), inArticle.getValue())))
        .apply("CountAcrossArticles", Combine.perKey(new Merge(false)))
        .apply("Summaries", Values.create());
  }

  private static String entity(EntityType type, String entityKey) {
    return type.name() + "\u0000" + entityKey;
  }

  static EntitySummary ofOne(EntityMention m) {
    return new EntitySummary(m.entityKey(), m.type(), 1, 1, m.articleDate(), m.articleDate());
  }

  /** Two partial summaries of one entity as one: within an article the article counts once. */
  static EntitySummary merge(EntitySummary a, EntitySummary b, boolean sameArticle) {
    return new EntitySummary(a.entityKey(), a.type(), sameArticle ? 1 : a.articleCount() + b.articleCount(),
        a.mentionCount() + b.mentionCount(), earlier(a.firstDate(), b.firstDate()), later(a.lastDate(), b.lastDate()));
  }

  private static LocalDate earlier(LocalDate a, LocalDate b) {
    return a == null ? b : b == null || !b.isBefore(a) ? a : b;
  }

  private static LocalDate later(LocalDate a, LocalDate b) {
    return a == null ? b : b == null || !b.isAfter(a) ? a : b;
  }

  static final class Merge extends Combine.BinaryCombineFn<EntitySummary> {
    private final boolean sameArticle;

    Merge(boolean sameArticle) {
      this.sameArticle = sameArticle;
    }

    @Override
    public EntitySummary apply(EntitySummary left, EntitySummary right) {
      return merge(left, right, sameArticle);
    }
  }
}
