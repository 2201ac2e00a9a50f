package dev.newsfold.ingest;

import dev.newsfold.model.RejectReason;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Reads a file's bytes with caps that hold while streaming: gzip (found by its magic bytes, not
 * its name) is decompressed, and neither the stored nor the decompressed size may pass its cap,
 * so a gzip bomb or a huge file costs at most the cap in memory.
 */
public final class FileContentReader {
  private final long maxFileBytes;
  private final long maxDecompressedBytes;

  public FileContentReader(long maxFileBytes, long maxDecompressedBytes) {
    this.maxFileBytes = maxFileBytes;
    this.maxDecompressedBytes = maxDecompressedBytes;
  }

  /** Thrown when content cannot be read as a copy; carries the reject reason. */
  public static final class UnreadableContent extends Exception {
    private final RejectReason reason;

    UnreadableContent(RejectReason reason, String detail) {
      super(detail);
      this.reason = reason;
    }

    public RejectReason reason() {
      return reason;
    }
  }

  public FileContent read(InputStream stored) throws IOException, UnreadableContent {
    PushbackInputStream in = new PushbackInputStream(stored, 2);
    byte[] magic = in.readNBytes(2);
    if (magic.length > 0) {
      in.unread(magic);
    }
    boolean gzip = magic.length == 2 && (magic[0] & 0xFF) == 0x1F && (magic[1] & 0xFF) == 0x8B;
    if (!gzip) {
      return new FileContent(readCapped(in, maxFileBytes, RejectReason.TOO_LARGE, "file"), "none");
    }
    CountingInputStream counted = new CountingInputStream(in, maxFileBytes);
    try (GZIPInputStream unzipped = new GZIPInputStream(counted, 64 * 1024)) {
      return new FileContent(
          readCapped(unzipped, maxDecompressedBytes, RejectReason.DECOMPRESSED_TOO_LARGE, "decompressed content"),
          "gzip");
    } catch (ZipException | java.io.EOFException e) {
      if (counted.overCap) {
        throw new UnreadableContent(RejectReason.TOO_LARGE, "file is over the cap of " + maxFileBytes + " bytes");
      }
      throw new UnreadableContent(RejectReason.CORRUPT_COMPRESSION, "gzip: " + e.getMessage());
    }
  }

  static byte[] readCapped(InputStream in, long cap, RejectReason reason, String what)
      throws IOException, UnreadableContent {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[64 * 1024];
    long total = 0;
    int n;
    while ((n = in.read(buffer)) >= 0) {
      total += n;
      if (total > cap) {
        throw new UnreadableContent(reason, what + " is over the cap of " + cap + " bytes");
      }
      out.write(buffer, 0, n);
    }
    return out.toByteArray();
  }

  /** Stops reading the stored stream once it passes its cap, so a huge .gz is not read whole. */
  private static final class CountingInputStream extends java.io.FilterInputStream {
    private final long cap;
    private long count;
    boolean overCap;

    CountingInputStream(InputStream in, long cap) {
      super(in);
      this.cap = cap;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        count(1);
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      if (n > 0) {
        count(n);
      }
      return n;
    }

    private void count(int n) throws IOException {
      count += n;
      if (count > cap) {
        overCap = true;
        throw new java.util.zip.ZipException("stored size over cap");
      }
    }
  }
}
