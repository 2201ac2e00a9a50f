package dev.newsfold.model;

import dev.newsfold.coders.EncodedText;
import dev.newsfold.coders.RawCopyCoder;
import dev.newsfold.text.Hashing;
import java.io.Serializable;
import java.util.Objects;
import org.apache.beam.sdk.coders.DefaultCoder;

/** One input file decoded to text, with where it came from. Lossless: rawText in charset gives the bytes back. */
@DefaultCoder(RawCopyCoder.class)
public final class RawCopy implements Serializable {
  private static final long serialVersionUID = 1L;

  private final String sourcePath;
  private final String relativePath;
  private final long byteSize;
  private final String compression;
  private final String rawSha256;
  private final String charset;
  private final EncodedText rawText;
  private final RecordSource record;

  public RawCopy(String sourcePath, String relativePath, long byteSize, String compression,
      String rawSha256, String charset, String rawText) {
    this(sourcePath, relativePath, byteSize, compression, rawSha256, charset, rawText, null);
  }

  /** A copy read from a record of a WARC or JSON Lines file ({@code record} null for an article file). */
  public RawCopy(String sourcePath, String relativePath, long byteSize, String compression,
      String rawSha256, String charset, String rawText, RecordSource record) {
    this(sourcePath, relativePath, byteSize, compression, rawSha256, charset, EncodedText.of(rawText), record);
  }

  /** A copy as its coder reads it back: the raw text still encoded, decoded only if something reads it. */
  public RawCopy(String sourcePath, String relativePath, long byteSize, String compression,
      String rawSha256, String charset, EncodedText rawText, RecordSource record) {
    this.sourcePath = Objects.requireNonNull(sourcePath);
    this.relativePath = Objects.requireNonNull(relativePath);
    this.byteSize = byteSize;
    this.compression = Objects.requireNonNull(compression);
    this.rawSha256 = Objects.requireNonNull(rawSha256);
    this.charset = Objects.requireNonNull(charset);
    this.rawText = Objects.requireNonNull(rawText, "a copy's raw text");
    this.record = record;
  }

  /**
   * The copy's id: from its path below the input root and its content, so it is the same on every
   * run and machine, and two identical files at two paths stay two copies.
   */
  public String copyId() {
    if (record != null) { // Each record of a file is a copy of its own: where it is in the file tells them apart.
      return Hashing.shortId("copy", relativePath + '\u0000' + RecordSource.locator(inputKind(), record.offset())
          + '\u0000' + rawSha256);
    }
    return Hashing.shortId("copy", relativePath + '\u0000' + rawSha256);
  }

  /**
   * What makes a copy already archived: a WARC record by its WARC-Record-ID, which stays the same when
   * a crawl is delivered again (recompressed, renamed, in other files); anything else by its copy id.
   */
  public String archiveKey() {
    if (record != null && record.recordId() != null && inputKind() == InputKind.WARC) {
      return "warc-record\u0000" + record.recordId();
    }
    return copyId();
  }

  public InputKind inputKind() {
    return InputKind.of(relativePath);
  }

  /**
   * The name the parser's format detection reads: the file's, or for a record a name that says
   * what its content type does (text/markdown as .md), since the file's .warc or .jsonl says nothing.
   */
  public String nameForFormat() {
    if (record == null) {
      return relativePath;
    }
    String type = record.contentType() == null ? "" : record.contentType().toLowerCase(java.util.Locale.ROOT);
    return type.contains("markdown") ? "record.md" : "record";
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
  public String rawText() { return rawText.text(); }
  /** The raw text as it crosses shuffles: {@link #rawText} decodes it, the coder and the copies table need not. */
  public EncodedText encodedRawText() { return rawText; }
  /** Where in a WARC or JSON Lines file this copy was read; null for a copy that is a whole file. */
  public RecordSource record() { return record; }

  /** The file's (decompressed) bytes again, or the record's payload: the decoding is lossless, so this is exact. */
  public byte[] bytes() {
    return rawText().getBytes(java.nio.charset.Charset.forName(charset));
  }
}
