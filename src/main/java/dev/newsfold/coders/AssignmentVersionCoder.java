package dev.newsfold.coders;

import dev.newsfold.archive.AssignmentVersion;
import java.io.IOException;
import org.apache.beam.sdk.coders.CoderProvider;

/** An {@link AssignmentVersion}: a copy's assignment and the article version it belongs to. */
public final class AssignmentVersionCoder extends RecordCoder<AssignmentVersion> {
  private static final AssignmentVersionCoder INSTANCE = new AssignmentVersionCoder();

  public static AssignmentVersionCoder of() {
    return INSTANCE;
  }

  public static CoderProvider getCoderProvider() {
    return provider(AssignmentVersion.class, INSTANCE);
  }

  private AssignmentVersionCoder() {}

  @Override
  public void write(AssignmentVersion value, FieldOutput out) throws IOException {
    out.nullable(value.assignment(), CopyAssignmentCoder.of());
    out.varint(value.articleVersion());
  }

  @Override
  public AssignmentVersion read(FieldInput in) throws IOException {
    return new AssignmentVersion(in.nullable(CopyAssignmentCoder.of()), in.varint());
  }
}
