package dev.newsfold.model;

import dev.newsfold.coders.RejectCoder;
import java.io.Serializable;
import java.util.Objects;
import org.apache.beam.sdk.coders.DefaultCoder;

/** An input file that did not become a copy, with the stage that stopped it and why. */
@DefaultCoder(RejectCoder.class)
public final class Reject implements Serializable {
  private static final long serialVersionUID = 1L;

  private final String sourcePath;
  private final String stage;
  private final RejectReason reason;
  private final String detail;
  private final long byteSize;
  private final byte[] content;
  private final boolean contentTruncated;

  public Reject(String sourcePath, String stage, RejectReason reason, String detail, long byteSize) {
    this(sourcePath, stage, reason, detail, byteSize, null, false);
  }

  private Reject(String sourcePath, String stage, RejectReason reason, String detail, long byteSize,
      byte[] content, boolean contentTruncated) {
    this.sourcePath = Objects.requireNonNull(sourcePath);
    this.stage = Objects.requireNonNull(stage);
    this.reason = Objects.requireNonNull(reason);
    this.detail = detail == null ? "" : detail;
    this.byteSize = byteSize;
    this.content = content;
    this.contentTruncated = contentTruncated;
  }

  /**
   * This reject keeping the file's bytes, so that the archive stays lossless for it and the file
   * can be run again; {@code truncated} when only the first part of a file over the size cap is kept.
   */
  public Reject withContent(byte[] bytes, boolean truncated) {
    return new Reject(sourcePath, stage, reason, detail, byteSize, bytes, truncated);
  }

  /** A reject for an exception thrown while processing one file. */
  public static Reject ofFailure(String sourcePath, String stage, Exception error, long byteSize) {
    String detail = error.getClass().getSimpleName()
        + (error.getMessage() == null ? "" : ": " + error.getMessage());
    return new Reject(sourcePath, stage, RejectReason.STAGE_FAILURE, detail, byteSize);
  }

  public String sourcePath() { return sourcePath; }
  public String stage() { return stage; }
  public RejectReason reason() { return reason; }
  public String detail() { return detail; }
  public long byteSize() { return byteSize; }
  /** The file's bytes (decompressed where they were), or null where they could not be read. */
  public byte[] content() { return content; }
  public boolean contentTruncated() { return contentTruncated; }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Reject)) {
      return false;
    }
    Reject r = (Reject) o;
    return sourcePath.equals(r.sourcePath) && stage.equals(r.stage) && reason == r.reason
        && detail.equals(r.detail) && byteSize == r.byteSize && java.util.Arrays.equals(content, r.content)
        && contentTruncated == r.contentTruncated;
  }

  @Override
  public int hashCode() {
    return Objects.hash(sourcePath, stage, reason, detail, byteSize);
  }

  @Override
  public String toString() {
    return reason.code() + " " + sourcePath + " (" + stage + "): " + detail;
  }
}
