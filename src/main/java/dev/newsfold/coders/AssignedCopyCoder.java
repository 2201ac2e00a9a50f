package dev.newsfold.coders;

import dev.newsfold.collapse.AssignedCopy;
import java.io.IOException;
import org.apache.beam.sdk.coders.CoderProvider;

/** An {@link AssignedCopy}: a copy's summary and its assignment. */
public final class AssignedCopyCoder extends RecordCoder<AssignedCopy> {
  private static final AssignedCopyCoder INSTANCE = new AssignedCopyCoder();

  public static AssignedCopyCoder of() {
    return INSTANCE;
  }

  public static CoderProvider getCoderProvider() {
    return provider(AssignedCopy.class, INSTANCE);
  }

  private AssignedCopyCoder() {}

  @Override
  public void write(AssignedCopy value, FieldOutput out) throws IOException {
    out.nullable(value.copy(), CopySummaryCoder.of());
    out.nullable(value.assignment(), CopyAssignmentCoder.of());
  }

  @Override
  public AssignedCopy read(FieldInput in) throws IOException {
    return new AssignedCopy(in.nullable(CopySummaryCoder.of()), in.nullable(CopyAssignmentCoder.of()));
  }
}
