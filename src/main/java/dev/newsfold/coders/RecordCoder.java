package dev.newsfold.coders;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import org.apache.beam.sdk.coders.AtomicCoder;
import org.apache.beam.sdk.coders.CoderException;
import org.apache.beam.sdk.coders.CoderProvider;
import org.apache.beam.sdk.coders.CoderProviders;
import org.apache.beam.sdk.values.TypeDescriptor;

/**
 * A coder for one element type of the job, written field by field: Java serialization (what the element
 * types had before) writes class descriptors and goes through reflection for every element, and the runner
 * encodes each element many times (every shuffle, and Flink between chained operators). An encoding is
 * self-delimiting, so nested and outer contexts are the same; the same element always gives the same bytes
 * (fields in a fixed order, maps in key order, doubles by their bits), so every such coder is deterministic.
 * Elements holding arrays are not equal to their decoded copy by {@code equals}, hence not
 * consistent with equals: Beam compares them by their encoding.
 */
public abstract class RecordCoder<T> extends AtomicCoder<T> {

  /** Writes the fields of a non-null value. */
  public abstract void write(T value, FieldOutput out) throws IOException;

  public abstract T read(FieldInput in) throws IOException;

  @Override
  public final void encode(T value, OutputStream out) throws IOException {
    if (value == null) {
      throw new CoderException("cannot encode a null element with " + getClass().getSimpleName());
    }
    write(value, new FieldOutput(out));
  }

  @Override
  public final T decode(InputStream in) throws IOException {
    return read(new FieldInput(in));
  }

  @Override
  public final void verifyDeterministic() {}

  @Override
  public boolean consistentWithEquals() {
    return false;
  }

  /** What {@code @DefaultCoder} asks of a coder class: a provider of this coder for its type. */
  protected static <T> CoderProvider provider(Class<T> type, RecordCoder<T> coder) {
    return CoderProviders.forCoder(TypeDescriptor.of(type), coder);
  }
}
