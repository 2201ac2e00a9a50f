package dev.newsfold.coders;

import dev.newsfold.collapse.ArchivedCopy;
import java.io.IOException;
import org.apache.beam.sdk.coders.CoderProvider;

/** An {@link ArchivedCopy}: a copies-table row's copy, fingerprint and assignment. */
public final class ArchivedCopyCoder extends RecordCoder<ArchivedCopy> {
  private static final ArchivedCopyCoder INSTANCE = new ArchivedCopyCoder();

  public static ArchivedCopyCoder of() {
    return INSTANCE;
  }

  public static CoderProvider getCoderProvider() {
    return provider(ArchivedCopy.class, INSTANCE);
  }

  private ArchivedCopyCoder() {}

  @Override
  public void write(ArchivedCopy value, FieldOutput out) throws IOException {
    out.nullable(value.copy(), ParsedCopyCoder.of());
    out.nullable(value.fingerprint(), CopyFingerprintCoder.of());
    out.nullable(value.assignment(), CopyAssignmentCoder.of());
  }

  @Override
  public ArchivedCopy read(FieldInput in) throws IOException {
    return new ArchivedCopy(in.nullable(ParsedCopyCoder.of()), in.nullable(CopyFingerprintCoder.of()),
        in.nullable(CopyAssignmentCoder.of()));
  }
}
