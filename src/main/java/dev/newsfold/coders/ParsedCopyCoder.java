package dev.newsfold.coders;

import dev.newsfold.model.ParsedCopy;
import dev.newsfold.parse.ArticleFormat;
import dev.newsfold.parse.ArticleMetadata;
import dev.newsfold.parse.ParsedArticle;
import java.io.IOException;
import org.apache.beam.sdk.coders.CoderProvider;

/** A {@link ParsedCopy}: the raw copy, its parse (format, metadata, paragraphs) and corpus boilerplate decision. */
public final class ParsedCopyCoder extends RecordCoder<ParsedCopy> {
  private static final ParsedCopyCoder INSTANCE = new ParsedCopyCoder();
  private static final RecordCoder<ArticleMetadata> METADATA = new MetadataCoder();
  private static final RecordCoder<ParsedArticle> ARTICLE = new ArticleCoder();
  private static final ArticleFormat[] FORMATS = ArticleFormat.values();

  public static ParsedCopyCoder of() {
    return INSTANCE;
  }

  public static CoderProvider getCoderProvider() {
    return provider(ParsedCopy.class, INSTANCE);
  }

  private ParsedCopyCoder() {}

  @Override
  public void write(ParsedCopy value, FieldOutput out) throws IOException {
    out.nullable(value.raw(), RawCopyCoder.of());
    out.nullable(value.article(), ARTICLE);
    out.longs(value.paragraphKeys());
    out.strings(value.corpusRemoved());
    out.ints(value.corpusRemovedAt());
    out.bool(value.fromArchive());
  }

  @Override
  public ParsedCopy read(FieldInput in) throws IOException {
    return new ParsedCopy(in.nullable(RawCopyCoder.of()), in.nullable(ARTICLE), in.longs(), in.strings(), in.ints(),
        in.bool());
  }

  private static final class ArticleCoder extends RecordCoder<ParsedArticle> {
    @Override
    public void write(ParsedArticle value, FieldOutput out) throws IOException {
      out.enumValue(value.format());
      out.nullable(value.metadata(), METADATA);
      out.strings(value.paragraphs());
      out.intMap(value.stripped());
      out.string(value.extraction());
      out.longs(value.furnitureKeys());
    }

    @Override
    public ParsedArticle read(FieldInput in) throws IOException {
      return new ParsedArticle(in.enumValue(FORMATS), in.nullable(METADATA), in.strings(), in.intMap(), in.string(),
          in.longs());
    }
  }

  private static final class MetadataCoder extends RecordCoder<ArticleMetadata> {
    @Override
    public void write(ArticleMetadata value, FieldOutput out) throws IOException {
      out.string(value.title());
      out.string(value.byline());
      out.string(value.agency());
      out.date(value.publishedDate());
      out.string(value.canonicalUrl());
      out.string(value.dateline());
      out.stringMap(value.rules());
      out.date(value.modifiedDate());
    }

    @Override
    public ArticleMetadata read(FieldInput in) throws IOException {
      return new ArticleMetadata(in.string(), in.string(), in.string(), in.date(), in.string(), in.string(),
          in.stringMap(), in.date());
    }
  }
}
