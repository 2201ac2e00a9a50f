package dev.newsfold.coders;

import dev.newsfold.model.RawCopy;
import dev.newsfold.model.RecordSource;
import dev.newsfold.parse.FieldCandidate;
import java.io.IOException;
import org.apache.beam.sdk.coders.CoderProvider;

/** A {@link RawCopy}: the file's text and where it came from, with its WARC or JSON Lines record if it has one. */
public final class RawCopyCoder extends RecordCoder<RawCopy> {
  private static final RawCopyCoder INSTANCE = new RawCopyCoder();
  private static final RecordCoder<FieldCandidate> CANDIDATE = new FieldCandidateCoder();
  private static final RecordCoder<RecordSource> RECORD = new RecordSourceCoder();

  public static RawCopyCoder of() {
    return INSTANCE;
  }

  public static CoderProvider getCoderProvider() {
    return provider(RawCopy.class, INSTANCE);
  }

  private RawCopyCoder() {}

  @Override
  public void write(RawCopy value, FieldOutput out) throws IOException {
    out.string(value.sourcePath());
    out.string(value.relativePath());
    out.varlong(value.byteSize());
    out.string(value.compression());
    out.string(value.rawSha256());
    out.string(value.charset());
    value.encodedRawText().write(out);
    out.nullable(value.record(), RECORD);
  }

  @Override
  public RawCopy read(FieldInput in) throws IOException {
    return new RawCopy(in.string(), in.string(), in.varlong(), in.string(), in.string(), in.string(),
        EncodedText.read(in), in.nullable(RECORD));
  }

  private static final class RecordSourceCoder extends RecordCoder<RecordSource> {
    @Override
    public void write(RecordSource value, FieldOutput out) throws IOException {
      out.varlong(value.offset());
      out.string(value.recordId());
      out.string(value.targetUri());
      out.string(value.fetchTime());
      out.nullableInt(value.httpStatus());
      out.string(value.contentType());
      out.list(value.metadata(), CANDIDATE);
    }

    @Override
    public RecordSource read(FieldInput in) throws IOException {
      return new RecordSource(in.varlong(), in.string(), in.string(), in.string(), in.nullableInt(), in.string(),
          in.list(CANDIDATE));
    }
  }

  private static final class FieldCandidateCoder extends RecordCoder<FieldCandidate> {
    @Override
    public void write(FieldCandidate value, FieldOutput out) throws IOException {
      out.string(value.field());
      out.string(value.value());
      out.string(value.rule());
    }

    @Override
    public FieldCandidate read(FieldInput in) throws IOException {
      return new FieldCandidate(in.string(), in.string(), in.string());
    }
  }
}
