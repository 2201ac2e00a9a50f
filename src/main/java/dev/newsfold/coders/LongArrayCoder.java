package dev.newsfold.coders;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import org.apache.beam.sdk.coders.AtomicCoder;
import org.apache.beam.sdk.coders.CoderException;
import org.apache.beam.sdk.util.VarInt;

/**
 * A long[] as its length (varint) and eight bytes per value: hashes and keys are uniformly spread, so a
 * varint would not be shorter, and Java serialization adds a class descriptor to every element.
 */
public final class LongArrayCoder extends AtomicCoder<long[]> {
  private static final LongArrayCoder INSTANCE = new LongArrayCoder();

  public static LongArrayCoder of() {
    return INSTANCE;
  }

  private LongArrayCoder() {}

  @Override
  public void encode(long[] value, OutputStream out) throws IOException {
    if (value == null) {
      throw new CoderException("cannot encode a null long[]");
    }
    VarInt.encode(value.length, out);
    out.write(FieldOutput.bigEndian(value));
  }

  @Override
  public long[] decode(InputStream in) throws IOException {
    int length = VarInt.decodeInt(in);
    if (length < 0) {
      throw new CoderException("negative long[] length " + length);
    }
    return FieldInput.longs(in, length);
  }

  @Override
  public void verifyDeterministic() {}

  @Override
  public boolean consistentWithEquals() {
    return false;
  }
}
