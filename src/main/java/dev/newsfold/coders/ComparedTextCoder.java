package dev.newsfold.coders;

import dev.newsfold.fingerprint.ComparedText;
import java.io.IOException;
import org.apache.beam.sdk.coders.CoderProvider;

/** A {@link ComparedText}: its shingles packed, eight bytes a hash, and its story evidence. */
public final class ComparedTextCoder extends RecordCoder<ComparedText> {
  private static final ComparedTextCoder INSTANCE = new ComparedTextCoder();

  public static ComparedTextCoder of() {
    return INSTANCE;
  }

  public static CoderProvider getCoderProvider() {
    return provider(ComparedText.class, INSTANCE);
  }

  private ComparedTextCoder() {}

  @Override
  public void write(ComparedText value, FieldOutput out) throws IOException {
    out.string(value.copyId());
    out.longs(value.shingles());
    out.varint(value.shingleCount());
    out.nullable(value.evidence(), CopyFingerprintCoder.EVIDENCE);
  }

  @Override
  public ComparedText read(FieldInput in) throws IOException {
    return new ComparedText(in.string(), in.longs(), in.varint(), in.nullable(CopyFingerprintCoder.EVIDENCE));
  }
}
