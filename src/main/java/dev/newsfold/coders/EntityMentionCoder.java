package dev.newsfold.coders;

import dev.newsfold.entities.EntityMention;
import dev.newsfold.entities.EntityType;
import java.io.IOException;
import org.apache.beam.sdk.coders.CoderProvider;

/** An {@link EntityMention}: where in which article version, its text, type and entity key. */
public final class EntityMentionCoder extends RecordCoder<EntityMention> {
  private static final EntityMentionCoder INSTANCE = new EntityMentionCoder();
  private static final EntityType[] TYPES = EntityType.values();

  public static EntityMentionCoder of() {
    return INSTANCE;
  }

  public static CoderProvider getCoderProvider() {
    return provider(EntityMention.class, INSTANCE);
  }

  private EntityMentionCoder() {}

  @Override
  public void write(EntityMention value, FieldOutput out) throws IOException {
    out.string(value.articleId());
    out.varint(value.mentionIndex());
    out.enumValue(value.type());
    out.string(value.text());
    out.varint(value.start());
    out.varint(value.end());
    out.varint(value.sentenceIndex());
    out.string(value.entityKey());
    out.date(value.articleDate());
    out.varint(value.articleVersion());
  }

  @Override
  public EntityMention read(FieldInput in) throws IOException {
    return new EntityMention(in.string(), in.varint(), in.enumValue(TYPES), in.string(), in.varint(), in.varint(),
        in.varint(), in.string(), in.date(), in.varint());
  }

  /** Holds no arrays: equal mentions encode equally and decode to equal mentions. */
  @Override
  public boolean consistentWithEquals() {
    return true;
  }
}
