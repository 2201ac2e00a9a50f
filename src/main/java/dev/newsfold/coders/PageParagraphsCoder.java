package dev.newsfold.coders;

import dev.newsfold.boilerplate.PageParagraphs;
import java.io.IOException;
import org.apache.beam.sdk.coders.CoderProvider;

/** A {@link PageParagraphs}: its four key arrays. */
public final class PageParagraphsCoder extends RecordCoder<PageParagraphs> {
  private static final PageParagraphsCoder INSTANCE = new PageParagraphsCoder();

  public static PageParagraphsCoder of() {
    return INSTANCE;
  }

  public static CoderProvider getCoderProvider() {
    return provider(PageParagraphs.class, INSTANCE);
  }

  private PageParagraphsCoder() {}

  @Override
  public void write(PageParagraphs value, FieldOutput out) throws IOException {
    out.longs(value.bodyKeys());
    out.longs(value.furnitureKeys());
    out.longs(value.frameKeys());
    out.longs(value.framedParagraphKeys());
  }

  @Override
  public PageParagraphs read(FieldInput in) throws IOException {
    return new PageParagraphs(in.longs(), in.longs(), in.longs(), in.longs());
  }
}
