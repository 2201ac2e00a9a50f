package dev.newsfold.coders;

import dev.newsfold.collapse.CopySummary;
import java.io.IOException;
import org.apache.beam.sdk.coders.CoderProvider;

/** A {@link CopySummary}: ids, completeness, the article's metadata fields and the body (or none). */
public final class CopySummaryCoder extends RecordCoder<CopySummary> {
  private static final CopySummaryCoder INSTANCE = new CopySummaryCoder();

  public static CopySummaryCoder of() {
    return INSTANCE;
  }

  public static CoderProvider getCoderProvider() {
    return provider(CopySummary.class, INSTANCE);
  }

  private CopySummaryCoder() {}

  @Override
  public void write(CopySummary value, FieldOutput out) throws IOException {
    out.string(value.copyId());
    out.string(value.exactFingerprint());
    out.varint(value.bodyChars());
    out.varint(value.metadataFields());
    out.string(value.title());
    out.string(value.byline());
    out.string(value.agency());
    out.date(value.publishedDate());
    out.string(value.canonicalUrl());
    out.string(value.dateline());
    out.string(value.bodyText());
  }

  @Override
  public CopySummary read(FieldInput in) throws IOException {
    return new CopySummary(in.string(), in.string(), in.varint(), in.varint(), in.string(), in.string(), in.string(),
        in.date(), in.string(), in.string(), in.string());
  }
}
