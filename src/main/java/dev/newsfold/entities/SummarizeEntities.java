package dev.newsfold.entities;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.GroupByKey;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.WithKeys;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.TypeDescriptors;

/** Mentions to one row per (entity key, type): article and mention counts, first and last article dates. */
public final class SummarizeEntities extends PTransform<PCollection<EntityMention>, PCollection<EntitySummary>> {
  @Override
  public PCollection<EntitySummary> expand(PCollection<EntityMention> mentions) {
    return mentions
        .apply("KeyByEntity", WithKeys.of((EntityMention m) -> m.type().name() + "\u0000" + m.entityKey())
            .withKeyType(TypeDescriptors.strings()))
        .apply("GroupByEntity", GroupByKey.create())
        .apply("Summarize", ParDo.of(new SummarizeFn()));
  }

  static final class SummarizeFn extends DoFn<KV<String, Iterable<EntityMention>>, EntitySummary> {
    @ProcessElement
    public void process(@Element KV<String, Iterable<EntityMention>> entity, OutputReceiver<EntitySummary> out) {
      Set<String> articles = new HashSet<>();
      long mentions = 0;
      LocalDate first = null;
      LocalDate last = null;
      EntityMention any = null;
      for (EntityMention m : entity.getValue()) {
        any = m;
        mentions++;
        articles.add(m.articleId());
        LocalDate d = m.articleDate();
        if (d != null) {
          first = first == null || d.isBefore(first) ? d : first;
          last = last == null || d.isAfter(last) ? d : last;
        }
      }
      out.output(new EntitySummary(any.entityKey(), any.type(), articles.size(), mentions, first, last));
    }
  }
}
