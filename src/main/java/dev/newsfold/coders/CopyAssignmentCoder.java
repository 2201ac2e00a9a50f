package dev.newsfold.coders;

import dev.newsfold.collapse.CopyAssignment;
import dev.newsfold.collapse.MatchRule;
import java.io.IOException;
import org.apache.beam.sdk.coders.CoderProvider;

/** A {@link CopyAssignment}: ids, the rule that matched, the similarities by their exact bits, the recurrence date. */
public final class CopyAssignmentCoder extends RecordCoder<CopyAssignment> {
  private static final CopyAssignmentCoder INSTANCE = new CopyAssignmentCoder();
  private static final MatchRule[] RULES = MatchRule.values();

  public static CopyAssignmentCoder of() {
    return INSTANCE;
  }

  public static CoderProvider getCoderProvider() {
    return provider(CopyAssignment.class, INSTANCE);
  }

  private CopyAssignmentCoder() {}

  @Override
  public void write(CopyAssignment value, FieldOutput out) throws IOException {
    out.string(value.copyId());
    out.string(value.articleId());
    out.string(value.canonicalCopyId());
    out.enumValue(value.rule());
    out.doubleBits(value.jaccard());
    out.doubleBits(value.containment());
    out.string(value.bodyRecursFrom());
  }

  @Override
  public CopyAssignment read(FieldInput in) throws IOException {
    return new CopyAssignment(in.string(), in.string(), in.string(), in.enumValue(RULES), in.doubleBits(),
        in.doubleBits(), in.string());
  }
}
