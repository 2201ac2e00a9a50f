package dev.newsfold.coders;

import dev.newsfold.fingerprint.CopyFingerprint;
import dev.newsfold.fingerprint.StoryEvidence;
import java.io.IOException;
import org.apache.beam.sdk.coders.CoderProvider;

/** A {@link CopyFingerprint}: its shingles and MinHash signature packed, eight bytes a hash, and its story evidence. */
public final class CopyFingerprintCoder extends RecordCoder<CopyFingerprint> {
  private static final CopyFingerprintCoder INSTANCE = new CopyFingerprintCoder();
  /** Story evidence, also inside {@link ComparedTextCoder}. */
  static final RecordCoder<StoryEvidence> EVIDENCE = new EvidenceCoder();

  public static CopyFingerprintCoder of() {
    return INSTANCE;
  }

  public static CoderProvider getCoderProvider() {
    return provider(CopyFingerprint.class, INSTANCE);
  }

  private CopyFingerprintCoder() {}

  @Override
  public void write(CopyFingerprint value, FieldOutput out) throws IOException {
    out.string(value.copyId());
    out.string(value.exactFingerprint());
    out.longs(value.shingles());
    out.longs(value.minhash());
    out.varint(value.bodyChars());
    out.varint(value.metadataFields());
    out.varint(value.shingleCount());
    out.nullable(value.evidence(), EVIDENCE);
  }

  @Override
  public CopyFingerprint read(FieldInput in) throws IOException {
    return new CopyFingerprint(in.string(), in.string(), in.longs(), in.longs(), in.varint(), in.varint(), in.varint(),
        in.nullable(EVIDENCE));
  }

  private static final class EvidenceCoder extends RecordCoder<StoryEvidence> {
    @Override
    public void write(StoryEvidence value, FieldOutput out) throws IOException {
      out.date(value.publishedDate());
      out.longs(value.figures());
      out.longs(value.sentences());
      out.varint(value.revision());
      out.longs(value.figureFrames());
    }

    @Override
    public StoryEvidence read(FieldInput in) throws IOException {
      return new StoryEvidence(in.date(), in.longs(), in.longs(), in.varint(), in.longs());
    }
  }
}
