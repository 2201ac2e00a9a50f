package dev.newsfold.ingest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsfold.model.RejectReason;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.Deflater;
import java.util.zip.DeflaterInputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

class FileContentReaderTest {
  private static final long MB = 1024 * 1024;

  private static byte[] gzip(byte[] data) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(data);
    }
    return out.toByteArray();
  }

  /** Counts how many bytes the reader pulled from the stored stream. */
  private static final class CountingStream extends FilterInputStream {
    long count;

    CountingStream(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        count++;
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      if (n > 0) {
        count += n;
      }
      return n;
    }
  }

  /** {@code n} zero bytes, produced on demand. */
  private static final class Zeros extends InputStream {
    private long left;
    long served;

    Zeros(long n) {
      left = n;
    }

    @Override
    public int read() {
      if (left == 0) {
        return -1;
      }
      left--;
      served++;
      return 0;
    }

    @Override
    public int read(byte[] b, int off, int len) {
      if (left == 0) {
        return -1;
      }
      int n = (int) Math.min(len, left);
      Arrays.fill(b, off, off + n, (byte) 0);
      left -= n;
      served += n;
      return n;
    }
  }

  @Test
  void plainBytesAreReadAsIs() throws Exception {
    byte[] text = "Hello, plain file.\n".getBytes(StandardCharsets.UTF_8);
    FileContent content = new FileContentReader(MB, MB).read(new ByteArrayInputStream(text));
    assertEquals("none", content.compression());
    assertArrayEquals(text, content.bytes());
  }

  @Test
  void emptyAndOneByteFilesAreRead() throws Exception {
    FileContentReader reader = new FileContentReader(MB, MB);
    assertArrayEquals(new byte[0], reader.read(new ByteArrayInputStream(new byte[0])).bytes());
    assertArrayEquals(new byte[] {0x1F}, reader.read(new ByteArrayInputStream(new byte[] {0x1F})).bytes());
  }

  @Test
  void gzipIsFoundByMagicBytesAndDecompressed() throws Exception {
    byte[] text = "A gzipped article, whatever its name says.\n".repeat(50).getBytes(StandardCharsets.UTF_8);
    FileContent content = new FileContentReader(MB, MB).read(new ByteArrayInputStream(gzip(text)));
    assertEquals("gzip", content.compression());
    assertArrayEquals(text, content.bytes());
  }

  @Test
  void plainTextStartingLikeGzipOnlyInOneByteIsNotGzip() throws Exception {
    byte[] text = new byte[] {0x1F, 'a', 'b'};
    FileContent content = new FileContentReader(MB, MB).read(new ByteArrayInputStream(text));
    assertEquals("none", content.compression());
    assertArrayEquals(text, content.bytes());
  }

  @Test
  void truncatedGzipIsCorruptCompression() throws Exception {
    byte[] data = new byte[20_000];
    new Random(1).nextBytes(data);
    byte[] gz = gzip(data);
    FileContentReader reader = new FileContentReader(MB, MB);
    for (int cut : new int[] {gz.length / 2, gz.length - 4, 5}) {
      byte[] truncated = Arrays.copyOf(gz, cut);
      FileContentReader.UnreadableContent e = assertThrows(FileContentReader.UnreadableContent.class,
          () -> reader.read(new ByteArrayInputStream(truncated)), "cut at " + cut);
      assertEquals(RejectReason.CORRUPT_COMPRESSION, e.reason(), "cut at " + cut);
    }
  }

  @Test
  void corruptGzipBodyIsCorruptCompression() throws Exception {
    byte[] gz = gzip("Some text that compresses, some text that compresses.".repeat(20).getBytes(StandardCharsets.UTF_8));
    for (int i = 10; i < gz.length - 8; i++) {
      gz[i] = (byte) 0xFF;
    }
    FileContentReader.UnreadableContent e = assertThrows(FileContentReader.UnreadableContent.class,
        () -> new FileContentReader(MB, MB).read(new ByteArrayInputStream(gz)));
    assertEquals(RejectReason.CORRUPT_COMPRESSION, e.reason());
  }

  @Test
  void gzipBombIsDecompressedTooLarge() throws Exception {
    byte[] bomb = gzip(new byte[50 * (int) MB]);
    assertTrue(bomb.length < MB, "50 MB of zeros compresses small");
    CountingStream stored = new CountingStream(new ByteArrayInputStream(bomb));
    FileContentReader.UnreadableContent e = assertThrows(FileContentReader.UnreadableContent.class,
        () -> new FileContentReader(10 * MB, MB).read(stored));
    assertEquals(RejectReason.DECOMPRESSED_TOO_LARGE, e.reason());
  }

  @Test
  void gzipBombIsStoppedWithoutDecompressingItAll() {
    // A gzip stream of 64 GB of zeros, compressed lazily as the reader pulls on it; reading it
    // whole would take minutes, so finishing fast shows the cap held while streaming.
    Zeros zeros = new Zeros(64L * 1024 * MB);
    byte[] header = {0x1F, (byte) 0x8B, 8, 0, 0, 0, 0, 0, 0, (byte) 0xFF};
    DeflaterInputStream deflated = new DeflaterInputStream(zeros, new Deflater(Deflater.BEST_COMPRESSION, true));
    CountingStream stored = new CountingStream(new SequenceInputStream(new ByteArrayInputStream(header), deflated));
    FileContentReader.UnreadableContent e = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> assertThrows(
        FileContentReader.UnreadableContent.class, () -> new FileContentReader(1024 * MB, 2 * MB).read(stored)));
    assertEquals(RejectReason.DECOMPRESSED_TOO_LARGE, e.reason());
    assertTrue(zeros.served < 1024 * MB, "decompressed far past the cap: " + zeros.served);
    assertTrue(stored.count < MB, "read " + stored.count + " stored bytes for a 2 MB cap");
  }

  @Test
  void plainFileOverCapIsTooLarge() {
    byte[] big = new byte[100_001];
    Arrays.fill(big, (byte) 'a');
    FileContentReader.UnreadableContent e = assertThrows(FileContentReader.UnreadableContent.class,
        () -> new FileContentReader(100_000, 10 * MB).read(new ByteArrayInputStream(big)));
    assertEquals(RejectReason.TOO_LARGE, e.reason());
  }

  @Test
  void plainFileAtCapIsRead() throws Exception {
    byte[] exact = new byte[100_000];
    Arrays.fill(exact, (byte) 'a');
    assertEquals(100_000, new FileContentReader(100_000, 10).read(new ByteArrayInputStream(exact)).bytes().length);
  }

  @Test
  void hugePlainFileIsNotReadWhole() {
    CountingStream stored = new CountingStream(new Zeros(10L * 1024 * MB));
    FileContentReader.UnreadableContent e = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> assertThrows(
        FileContentReader.UnreadableContent.class, () -> new FileContentReader(MB, MB).read(stored)));
    assertEquals(RejectReason.TOO_LARGE, e.reason());
    assertTrue(stored.count < 2 * MB, "read " + stored.count + " bytes for a 1 MB cap");
  }

  @Test
  void storedGzipOverFileCapIsTooLarge() throws Exception {
    byte[] random = new byte[200_000];
    new Random(3).nextBytes(random); // incompressible: the .gz is about as large
    byte[] gz = gzip(random);
    FileContentReader.UnreadableContent e = assertThrows(FileContentReader.UnreadableContent.class,
        () -> new FileContentReader(50_000, 10 * MB).read(new ByteArrayInputStream(gz)));
    assertEquals(RejectReason.TOO_LARGE, e.reason());
  }
}
