package dev.newsfold.coders;

import dev.newsfold.collapse.BucketMember;
import java.io.IOException;
import org.apache.beam.sdk.coders.CoderProvider;

/** A {@link BucketMember}: id, date and two counts, a few bytes beside the id. */
public final class BucketMemberCoder extends RecordCoder<BucketMember> {
  private static final BucketMemberCoder INSTANCE = new BucketMemberCoder();

  public static BucketMemberCoder of() {
    return INSTANCE;
  }

  public static CoderProvider getCoderProvider() {
    return provider(BucketMember.class, INSTANCE);
  }

  private BucketMemberCoder() {}

  @Override
  public void write(BucketMember value, FieldOutput out) throws IOException {
    out.string(value.copyId());
    out.date(value.publishedDate());
    out.varint(value.shingleCount());
    out.varint(value.keptShingles());
  }

  @Override
  public BucketMember read(FieldInput in) throws IOException {
    return new BucketMember(in.string(), in.date(), in.varint(), in.varint());
  }
}
