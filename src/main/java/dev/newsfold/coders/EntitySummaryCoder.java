package dev.newsfold.coders;

import dev.newsfold.entities.EntitySummary;
import dev.newsfold.entities.EntityType;
import java.io.IOException;
import org.apache.beam.sdk.coders.CoderProvider;

/** An {@link EntitySummary}: one entity's counts and first and last dates. */
public final class EntitySummaryCoder extends RecordCoder<EntitySummary> {
  private static final EntitySummaryCoder INSTANCE = new EntitySummaryCoder();
  private static final EntityType[] TYPES = EntityType.values();

  public static EntitySummaryCoder of() {
    return INSTANCE;
  }

  public static CoderProvider getCoderProvider() {
    return provider(EntitySummary.class, INSTANCE);
  }

  private EntitySummaryCoder() {}

  @Override
  public void write(EntitySummary value, FieldOutput out) throws IOException {
    out.string(value.entityKey());
    out.enumValue(value.type());
    out.varlong(value.articleCount());
    out.varlong(value.mentionCount());
    out.date(value.firstDate());
    out.date(value.lastDate());
  }

  @Override
  public EntitySummary read(FieldInput in) throws IOException {
    return new EntitySummary(in.string(), in.enumValue(TYPES), in.varlong(), in.varlong(), in.date(), in.date());
  }
}
