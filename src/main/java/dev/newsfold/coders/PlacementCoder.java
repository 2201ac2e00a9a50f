package dev.newsfold.coders;

import dev.newsfold.collapse.MatchRule;
import dev.newsfold.collapse.Placement;
import java.io.IOException;
import org.apache.beam.sdk.coders.CoderProvider;

/** A {@link Placement}: the cluster and centre ids, the similarities by their exact bits, and the rule. */
public final class PlacementCoder extends RecordCoder<Placement> {
  private static final PlacementCoder INSTANCE = new PlacementCoder();
  private static final MatchRule[] RULES = MatchRule.values();

  public static PlacementCoder of() {
    return INSTANCE;
  }

  public static CoderProvider getCoderProvider() {
    return provider(Placement.class, INSTANCE);
  }

  private PlacementCoder() {}

  @Override
  public void write(Placement value, FieldOutput out) throws IOException {
    out.string(value.articleId());
    out.string(value.centreCopyId());
    out.doubleBits(value.jaccard());
    out.doubleBits(value.containment());
    out.enumValue(value.rule());
  }

  @Override
  public Placement read(FieldInput in) throws IOException {
    return new Placement(in.string(), in.string(), in.doubleBits(), in.doubleBits(), in.enumValue(RULES));
  }
}
