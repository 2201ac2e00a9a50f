package dev.newsfold.ingest;

import dev.newsfold.model.RawCopy;
import dev.newsfold.model.RecordSource;
import dev.newsfold.model.Reject;
import dev.newsfold.model.RejectReason;
import dev.newsfold.parse.FieldCandidate;
import dev.newsfold.parse.MetadataExtractor;
import dev.newsfold.text.Hashing;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.ReadableByteChannel;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.ParsingException;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * Streams a WARC file record by record (jwarc; plain or gzipped record by record, as crawlers write
 * them): only the current record's payload is in memory, capped. Each HTTP response with a 2xx status
 * and an HTML or text payload is a copy; other responses are rejects; requests, metadata, warcinfo,
 * revisits and the other record types are skipped, counted by type. Damage (a truncated file, a
 * wrong Content-Length that leaves the reader out of step) ends the reading: the records before it
 * are kept, and the rest of the file is one reject naming the offset where it went wrong.
 */
final class WarcRecordReader {
  static final String STAGE = "read";
  /** Payload types read as articles; a response without a Content-Type is tried as text. */
  private static final Set<String> TEXT_TYPES =
      Set.of("text/html", "application/xhtml+xml", "text/plain", "text/markdown", "text/x-markdown");

  private final long maxRecordBytes;
  private final long maxPayloadBytes;

  /**
   * @param maxRecordBytes a record whose block (HTTP headers and payload as stored) is larger is rejected
   *     unread ({@code too_large})
   * @param maxPayloadBytes a payload that decodes (chunked, gzip content encoding) past this is rejected
   *     ({@code decompressed_too_large})
   */
  WarcRecordReader(long maxRecordBytes, long maxPayloadBytes) {
    this.maxRecordBytes = maxRecordBytes;
    this.maxPayloadBytes = maxPayloadBytes;
  }

  /** @param fileSize the file's size as stored, so a damaged rest's reject says how many bytes it lost */
  void read(ReadableByteChannel warc, String path, String relativePath, long fileSize, RecordSink sink)
      throws IOException {
    // A record's copy is held until the next header parses: a header that is not where the record's
    // Content-Length says it ends shows that length was wrong, and the copy was cut or overran.
    RawCopy[] held = {null};
    RecordSink holding = new RecordSink() {
      @Override
      public void copy(RawCopy copy) {
        held[0] = copy;
      }

      @Override
      public void reject(Reject reject) {
        sink.reject(reject);
      }

      @Override
      public void skip(String recordType) {
        sink.skip(recordType);
      }
    };
    try (WarcReader reader = new WarcReader(warc)) {
      String compression = reader.compression() == WarcCompression.GZIP ? "gzip" : "none";
      while (true) {
        Optional<WarcRecord> next;
        try {
          next = reader.next();
        } catch (ParsingException e) {
          if (held[0] != null) {
            sink.reject(outOfStep(held[0]));
            held[0] = null;
          }
          sink.reject(damaged(path, reader.position(), fileSize, e));
          return;
        } catch (IOException | RuntimeException e) { // The reader's position is then the damaged record's start.
          release(held, sink);
          sink.reject(damaged(path, reader.position(), fileSize, e));
          return;
        }
        release(held, sink);
        if (next.isEmpty()) {
          return;
        }
        long offset = reader.position(); // The start of the record next() returned.
        WarcRecord record = next.get();
        if (!(record instanceof WarcResponse response)) {
          sink.skip(record.type());
          continue;
        }
        try {
          outcome(response, offset, path, relativePath, compression, holding);
        } catch (DamagedRecord e) {
          sink.reject(damaged(path, offset, fileSize, e.getCause()));
          return;
        }
      }
    } finally {
      release(held, sink); // A failure outside the records (closing the file) still gives the held copy.
    }
  }

  private static void release(RawCopy[] held, RecordSink sink) {
    if (held[0] != null) {
      sink.copy(held[0]);
      held[0] = null;
    }
  }

  private static Reject outOfStep(RawCopy copy) {
    return new Reject(copy.sourcePath(), STAGE, RejectReason.CORRUPT_RECORD,
        "offset " + copy.record().offset() + " (" + copy.record().targetUri() + "): the next record does not start "
            + "where this record's Content-Length says it ends, so its payload is cut or runs into the next record",
        copy.byteSize());
  }

  private void outcome(WarcResponse response, long offset, String path, String relativePath, String compression,
      RecordSink sink) throws DamagedRecord {
    long blockSize;
    try {
      blockSize = response.body().size();
    } catch (IOException e) {
      throw new DamagedRecord(e);
    }
    String at = RecordSource.locator(dev.newsfold.model.InputKind.WARC, offset) + " (" + response.target() + "): ";
    if (blockSize > maxRecordBytes) {
      sink.reject(new Reject(path, STAGE, RejectReason.TOO_LARGE,
          at + "record has " + blockSize + " bytes, over the cap of " + maxRecordBytes, blockSize));
      return;
    }
    String blockType = response.contentType().base().toString().toLowerCase(Locale.ROOT);
    if (!blockType.equals("application/http")) { // A DNS lookup (text/dns), a Gemini page: no HTTP response to read.
      sink.reject(new Reject(path, STAGE, RejectReason.NOT_TEXT, at + "WARC content type " + response.contentType(),
          blockSize));
      return;
    }
    HttpResponse http;
    try {
      http = response.http();
    } catch (IOException | RuntimeException e) { // The WARC framing is intact: only this record's HTTP message is not.
      sink.reject(new Reject(path, STAGE, RejectReason.CORRUPT_RECORD, at + "HTTP message unreadable: " + e.getMessage(),
          blockSize));
      return;
    }
    String contentType = http.headers().first("Content-Type").orElse(null);
    if (http.status() < 200 || http.status() > 299) {
      sink.reject(new Reject(path, STAGE, RejectReason.HTTP_ERROR, at + "HTTP status " + http.status(), blockSize));
      return;
    }
    MediaType type = contentType == null ? null : MediaType.parseLeniently(contentType);
    if (type != null && !TEXT_TYPES.contains(type.base().toString().toLowerCase(Locale.ROOT))) {
      sink.reject(new Reject(path, STAGE, RejectReason.NOT_TEXT, at + "content type " + contentType, blockSize));
      return;
    }
    byte[] payload;
    try (InputStream body = http.bodyDecoded().stream()) {
      payload = FileContentReader.readCapped(body, maxPayloadBytes, RejectReason.DECOMPRESSED_TOO_LARGE, "payload");
    } catch (FileContentReader.UnreadableContent e) {
      sink.reject(new Reject(path, STAGE, e.reason(), at + e.getMessage(), blockSize));
      return;
    } catch (IOException e) {
      throw new DamagedRecord(e);
    }
    String charset = type == null ? null : type.parameters().get("charset");
    Optional<DecodedText> text = DeclaredCharset.decode(payload, charset);
    if (text.isEmpty()) {
      sink.reject(new Reject(path, STAGE, RejectReason.BINARY_CONTENT, at + "the payload is not text", blockSize)
          .withContent(payload, false));
      return;
    }
    if (text.get().text().isBlank()) {
      sink.reject(new Reject(path, STAGE, RejectReason.EMPTY_FILE, at + "the payload is empty or white space", blockSize)
          .withContent(payload, false));
      return;
    }
    String target = response.target();
    RecordSource source = new RecordSource(offset, response.id().toString(), target, response.date().toString(),
        http.status(), contentType, List.of(new FieldCandidate("url", target, MetadataExtractor.WARC_TARGET_URI)));
    sink.copy(new RawCopy(path, relativePath, blockSize, compression, Hashing.sha256Hex(payload),
        text.get().charset(), text.get().text(), source));
  }

  private static Reject damaged(String path, long offset, long fileSize, Throwable e) {
    return new Reject(path, STAGE, RejectReason.CORRUPT_RECORD, "offset " + offset + ": "
        + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage())
        + "; the file is not read past this offset", Math.max(0, fileSize - offset));
  }

  /** The file went wrong inside a record: nothing after it can be trusted to be in step. */
  private static final class DamagedRecord extends Exception {
    DamagedRecord(IOException cause) {
      super(cause);
    }
  }
}
