package dev.newsfold.coders;

import dev.newsfold.archive.ArticleVersion;
import java.io.IOException;
import org.apache.beam.sdk.coders.CoderProvider;

/** An {@link ArticleVersion}: the article, its version, the version its entities are of, and its successor. */
public final class ArticleVersionCoder extends RecordCoder<ArticleVersion> {
  private static final ArticleVersionCoder INSTANCE = new ArticleVersionCoder();

  public static ArticleVersionCoder of() {
    return INSTANCE;
  }

  public static CoderProvider getCoderProvider() {
    return provider(ArticleVersion.class, INSTANCE);
  }

  private ArticleVersionCoder() {}

  @Override
  public void write(ArticleVersion value, FieldOutput out) throws IOException {
    out.nullable(value.article(), ArticleRecordCoder.of());
    out.varint(value.version());
    out.nullableInt(value.entitiesVersion());
    out.string(value.supersededBy());
  }

  @Override
  public ArticleVersion read(FieldInput in) throws IOException {
    return new ArticleVersion(in.nullable(ArticleRecordCoder.of()), in.varint(), in.nullableInt(), in.string());
  }

  /** Holds no arrays (see {@link ArticleRecordCoder}). */
  @Override
  public boolean consistentWithEquals() {
    return true;
  }
}
