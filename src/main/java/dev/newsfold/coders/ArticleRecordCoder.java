package dev.newsfold.coders;

import dev.newsfold.collapse.ArticleRecord;
import java.io.IOException;
import org.apache.beam.sdk.coders.CoderProvider;

/** An {@link ArticleRecord}: its metadata, canonical body, copies and the copy each field came from. */
public final class ArticleRecordCoder extends RecordCoder<ArticleRecord> {
  private static final ArticleRecordCoder INSTANCE = new ArticleRecordCoder();

  public static ArticleRecordCoder of() {
    return INSTANCE;
  }

  public static CoderProvider getCoderProvider() {
    return provider(ArticleRecord.class, INSTANCE);
  }

  private ArticleRecordCoder() {}

  @Override
  public void write(ArticleRecord value, FieldOutput out) throws IOException {
    out.string(value.articleId());
    out.string(value.canonicalCopyId());
    out.string(value.title());
    out.string(value.byline());
    out.string(value.agency());
    out.date(value.publishedDate());
    out.strings(value.urls());
    out.string(value.dateline());
    out.string(value.bodyText());
    out.varint(value.wordCount());
    out.strings(value.copyIds());
    out.strings(value.sources());
    out.stringMap(value.fieldSources());
  }

  @Override
  public ArticleRecord read(FieldInput in) throws IOException {
    return new ArticleRecord(in.string(), in.string(), in.string(), in.string(), in.string(), in.date(), in.strings(),
        in.string(), in.string(), in.varint(), in.strings(), in.strings(), in.stringMap());
  }

  /** ArticleRecord holds no arrays: equal records encode equally and decode to equal records. */
  @Override
  public boolean consistentWithEquals() {
    return true;
  }
}
