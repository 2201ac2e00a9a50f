package dev.newsfold.coders;

import dev.newsfold.fingerprint.FingerprintedCopy;
import java.io.IOException;
import org.apache.beam.sdk.coders.CoderProvider;

/** A {@link FingerprintedCopy}: a copy (this run's or the archive's) with its parse, and its fingerprint. */
public final class FingerprintedCopyCoder extends RecordCoder<FingerprintedCopy> {
  private static final FingerprintedCopyCoder INSTANCE = new FingerprintedCopyCoder();

  public static FingerprintedCopyCoder of() {
    return INSTANCE;
  }

  public static CoderProvider getCoderProvider() {
    return provider(FingerprintedCopy.class, INSTANCE);
  }

  private FingerprintedCopyCoder() {}

  @Override
  public void write(FingerprintedCopy value, FieldOutput out) throws IOException {
    out.nullable(value.copy(), ParsedCopyCoder.of());
    out.nullable(value.fingerprint(), CopyFingerprintCoder.of());
  }

  @Override
  public FingerprintedCopy read(FieldInput in) throws IOException {
    return new FingerprintedCopy(in.nullable(ParsedCopyCoder.of()), in.nullable(CopyFingerprintCoder.of()));
  }
}
