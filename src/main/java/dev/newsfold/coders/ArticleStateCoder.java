package dev.newsfold.coders;

import dev.newsfold.collapse.ArticleState;
import java.io.IOException;
import org.apache.beam.sdk.coders.CoderProvider;

/** An {@link ArticleState}: the article and the place of each of its copies. */
public final class ArticleStateCoder extends RecordCoder<ArticleState> {
  private static final ArticleStateCoder INSTANCE = new ArticleStateCoder();

  public static ArticleStateCoder of() {
    return INSTANCE;
  }

  public static CoderProvider getCoderProvider() {
    return provider(ArticleState.class, INSTANCE);
  }

  private ArticleStateCoder() {}

  @Override
  public void write(ArticleState value, FieldOutput out) throws IOException {
    out.nullable(value.article(), ArticleRecordCoder.of());
    out.list(value.assignments(), CopyAssignmentCoder.of());
  }

  @Override
  public ArticleState read(FieldInput in) throws IOException {
    return new ArticleState(in.nullable(ArticleRecordCoder.of()), in.list(CopyAssignmentCoder.of()));
  }
}
