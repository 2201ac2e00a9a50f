package dev.newsfold.model;

import dev.newsfold.text.Hashing;
import java.io.Serializable;
import java.util.Objects;
import org.apache.beam.sdk.coders.DefaultCoder;
import org.apache.beam.sdk.coders.SerializableCoder;

/** One input file decoded to text, with where it came from. Lossless: rawText in charset gives the bytes back. */
@DefaultCoder(SerializableCoder.class)
public final class RawCopy implements Serializable {
  private static final long serialVersionUID = 1L;

  private final String sourcePath;
  private final String relativePath;
  private final long byteSize;
  private final String compression;
  private final String rawSha256;
  private final String charset;
  private final String rawText;

  public RawCopy(String sourcePath, String relativePath, long byteSize, String compression,
      String rawSha256, String charset, String rawText) {
    this.sourcePath = Objects.requireNonNull(sourcePath);
    this.relativePath = Objects.requireNonNull(relativePath);
    this.byteSize = byteSize;
    this.compression = Objects.requireNonNull(compression);
    this.rawSha256 = Objects.requireNonNull(rawSha256);
    this.charset = Objects.requireNonNull(charset);
    this.rawText = Objects.requireNonNull(rawText);
  }

  /**
   * The copy's id: from its path below the input root and its content, so it is the same on every
   * run and machine, and two identical files at two paths stay two copies.
   */
  public String copyId() {
    return Hashing.shortId("copy", relativePath + '\u0000' + rawSha256);
  }

  public String sourcePath() { return sourcePath; }
  public String relativePath() { return relativePath; }
  /** Size of the file as stored (compressed, if it is). */
  public long byteSize() { return byteSize; }
  /** "none" or "gzip". */
  public String compression() { return compression; }
  /** SHA-256 of the decompressed bytes. */
  public String rawSha256() { return rawSha256; }
  public String charset() { return charset; }
  public String rawText() { return rawText; }

  /** The file's (decompressed) bytes again: the decoding is lossless, so this is exact. */
  public byte[] bytes() {
    return rawText.getBytes(java.nio.charset.Charset.forName(charset));
  }
}
