package dev.newsfold.coders;

import dev.newsfold.boilerplate.ParagraphHolders;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.coders.AtomicCoder;
import org.apache.beam.sdk.coders.CoderProvider;
import org.apache.beam.sdk.coders.CoderProviders;
import org.apache.beam.sdk.values.TypeDescriptor;

/**
 * A {@link ParagraphHolders}, the evidence about a paragraph merged over some pages before the shuffle: its template
 * mark and at most the cap of its holders.
 * Not a {@link RecordCoder}: below the cap the holders are written in the order they arrived, which depends on the
 * runner, as sorting them at every encoding would cost more than merging before the shuffle saves. It is never a key.
 */
public final class ParagraphHoldersCoder extends AtomicCoder<ParagraphHolders> {
  private static final ParagraphHoldersCoder INSTANCE = new ParagraphHoldersCoder();

  public static ParagraphHoldersCoder of() {
    return INSTANCE;
  }

  public static CoderProvider getCoderProvider() {
    return CoderProviders.forCoder(TypeDescriptor.of(ParagraphHolders.class), INSTANCE);
  }

  private ParagraphHoldersCoder() {}

  @Override
  public void encode(ParagraphHolders value, OutputStream outStream) throws IOException {
    FieldOutput out = new FieldOutput(outStream);
    out.bool(value.template());
    List<long[]> holders = value.bounded();
    out.varint(holders.size());
    for (long[] keys : holders) {
      out.longs(keys);
    }
  }

  @Override
  public ParagraphHolders decode(InputStream inStream) throws IOException {
    FieldInput in = new FieldInput(inStream);
    boolean template = in.bool();
    int size = in.varint();
    List<long[]> holders = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      holders.add(in.longs());
    }
    return ParagraphHolders.of(template, holders);
  }

  @Override
  public void verifyDeterministic() throws NonDeterministicException {
    throw new NonDeterministicException(this,
        "holders below the cap are written in arrival order, which depends on the runner; never use it as a key");
  }
}
