package dev.newsfold.coders;

import dev.newsfold.archive.ArchiveRecords.KnownCopy;
import java.io.IOException;
import org.apache.beam.sdk.coders.CoderProvider;

/** A {@link KnownCopy}: an archived copy's parse and fingerprint. */
public final class KnownCopyCoder extends RecordCoder<KnownCopy> {
  private static final KnownCopyCoder INSTANCE = new KnownCopyCoder();

  public static KnownCopyCoder of() {
    return INSTANCE;
  }

  public static CoderProvider getCoderProvider() {
    return provider(KnownCopy.class, INSTANCE);
  }

  private KnownCopyCoder() {}

  @Override
  public void write(KnownCopy value, FieldOutput out) throws IOException {
    out.nullable(value.copy(), ParsedCopyCoder.of());
    out.nullable(value.fingerprint(), CopyFingerprintCoder.of());
  }

  @Override
  public KnownCopy read(FieldInput in) throws IOException {
    return new KnownCopy(in.nullable(ParsedCopyCoder.of()), in.nullable(CopyFingerprintCoder.of()));
  }
}
