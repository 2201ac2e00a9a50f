package dev.newsfold.coders;

import dev.newsfold.model.Reject;
import dev.newsfold.model.RejectReason;
import java.io.IOException;
import org.apache.beam.sdk.coders.CoderProvider;

/** A {@link Reject}: the file, the stage and reason that stopped it, and its bytes where they were kept. */
public final class RejectCoder extends RecordCoder<Reject> {
  private static final RejectCoder INSTANCE = new RejectCoder();
  private static final RejectReason[] REASONS = RejectReason.values();

  public static RejectCoder of() {
    return INSTANCE;
  }

  public static CoderProvider getCoderProvider() {
    return provider(Reject.class, INSTANCE);
  }

  private RejectCoder() {}

  @Override
  public void write(Reject value, FieldOutput out) throws IOException {
    out.string(value.sourcePath());
    out.string(value.stage());
    out.enumValue(value.reason());
    out.string(value.detail());
    out.varlong(value.byteSize());
    out.bytes(value.content());
    out.bool(value.contentTruncated());
  }

  @Override
  public Reject read(FieldInput in) throws IOException {
    Reject reject = new Reject(in.string(), in.string(), in.enumValue(REASONS), in.string(), in.varlong());
    byte[] content = in.bytes();
    boolean truncated = in.bool();
    return content == null && !truncated ? reject : reject.withContent(content, truncated);
  }
}
