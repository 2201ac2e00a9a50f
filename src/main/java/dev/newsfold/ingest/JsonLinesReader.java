package dev.newsfold.ingest;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsfold.model.InputKind;
import dev.newsfold.model.RawCopy;
import dev.newsfold.model.RecordSource;
import dev.newsfold.model.Reject;
import dev.newsfold.model.RejectReason;
import dev.newsfold.parse.FieldCandidate;
import dev.newsfold.parse.MetadataExtractor;
import dev.newsfold.text.Hashing;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * Streams a JSON Lines file (gzipped or not, found by its magic bytes) line by line: each line holding
 * a JSON object with text is a copy; its url, date and title fields become metadata candidates of
 * their own rules. A line that is not a JSON object, or holds no text, is a reject naming its line
 * number; a blank line is skipped. Only the current line is in memory, and a line longer than the
 * cap is rejected without being kept. A gzip stream that breaks ends the reading with one reject.
 */
final class JsonLinesReader {
  static final String STAGE = "read";
  private static final ObjectMapper JSON = new ObjectMapper()
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS); // "{...} junk" is not a record.

  private final JsonLinesFields fields;
  private final long maxLineBytes;

  JsonLinesReader(JsonLinesFields fields, long maxLineBytes) {
    this.fields = fields;
    this.maxLineBytes = maxLineBytes;
  }

  void read(InputStream stored, String path, String relativePath, RecordSink sink) throws IOException {
    PushbackInputStream in = new PushbackInputStream(new BufferedInputStream(stored, 64 * 1024), 2);
    byte[] magic = in.readNBytes(2);
    in.unread(magic);
    boolean gzip = magic.length == 2 && (magic[0] & 0xFF) == 0x1F && (magic[1] & 0xFF) == 0x8B;
    String compression = gzip ? "gzip" : "none";
    long lineNumber = 0;
    try (InputStream text = gzip ? new BufferedInputStream(new GZIPInputStream(in, 64 * 1024), 64 * 1024) : in) {
      LineReader lines = new LineReader(text, maxLineBytes);
      while (true) {
        Line line;
        try {
          line = lines.next();
        } catch (IOException e) {
          sink.reject(new Reject(path, STAGE, gzip ? RejectReason.CORRUPT_COMPRESSION : RejectReason.UNREADABLE,
              RecordSource.locator(InputKind.JSON_LINES, lineNumber + 1) + ": " + e.getClass().getSimpleName() + ": "
                  + e.getMessage() + "; the file is not read past this line", 0));
          return;
        }
        if (line == null) {
          return;
        }
        lineNumber++;
        outcome(line, lineNumber, path, relativePath, compression, sink);
      }
    }
  }

  private void outcome(Line line, long lineNumber, String path, String relativePath, String compression,
      RecordSink sink) {
    String at = RecordSource.locator(InputKind.JSON_LINES, lineNumber) + ": ";
    if (line.length > maxLineBytes) {
      sink.reject(new Reject(path, STAGE, RejectReason.TOO_LARGE,
          at + "line has " + line.length + " bytes, over the cap of " + maxLineBytes, line.length));
      return;
    }
    if (isBlank(line.bytes)) {
      sink.skip("blank_line");
      return;
    }
    JsonNode record;
    try {
      record = JSON.readTree(line.bytes);
    } catch (IOException e) {
      sink.reject(new Reject(path, STAGE, RejectReason.NOT_JSON, at + firstLine(e.getMessage()), line.length)
          .withContent(line.bytes, false));
      return;
    }
    if (record == null || !record.isObject()) {
      sink.reject(new Reject(path, STAGE, RejectReason.NOT_JSON,
          at + "a JSON " + (record == null ? "nothing" : record.getNodeType().name().toLowerCase()) + ", not an object",
          line.length).withContent(line.bytes, false));
      return;
    }
    String text = first(record, fields.text());
    if (text == null || text.isBlank()) {
      sink.reject(new Reject(path, STAGE, RejectReason.NO_TEXT_FIELD,
          at + "none of the fields " + fields.text() + " holds text", line.length).withContent(line.bytes, false));
      return;
    }
    String url = first(record, fields.url());
    List<FieldCandidate> candidates = new ArrayList<>();
    candidate(candidates, "url", url, MetadataExtractor.RECORD_URL);
    candidate(candidates, "title", first(record, fields.title()), MetadataExtractor.RECORD_TITLE);
    candidate(candidates, "date", first(record, fields.date()), MetadataExtractor.RECORD_DATE);
    RecordSource source = new RecordSource(lineNumber, first(record, fields.id()), url, null, null, null, candidates);
    sink.copy(new RawCopy(path, relativePath, line.length, compression, Hashing.sha256Hex(text), "UTF-8", text, source));
  }

  /** The first of the fields that holds a value: a string, or a number or boolean as written (an id may be a number). */
  private static String first(JsonNode record, List<String> names) {
    for (String name : names) {
      JsonNode value = record.get(name);
      if (value != null && value.isValueNode() && !value.isNull() && !value.asText().isBlank()) {
        return value.asText();
      }
    }
    return null;
  }

  private static void candidate(List<FieldCandidate> out, String field, String value, String rule) {
    if (value != null) {
      out.add(new FieldCandidate(field, value.strip(), rule));
    }
  }

  private static boolean isBlank(byte[] bytes) {
    for (byte b : bytes) {
      if (b != ' ' && b != '\t' && b != '\r' && b != '\f') {
        return false;
      }
    }
    return true;
  }

  private static String firstLine(String message) {
    String m = message == null ? "not JSON" : message;
    int end = m.indexOf('\n');
    return "not JSON: " + (end >= 0 ? m.substring(0, end) : m);
  }

  /** A line's bytes (without its end of line), or only its length when it is over the cap. */
  record Line(byte[] bytes, long length) {}

  /** Reads lines of bytes, ending at \n (a \r before it dropped), never holding more than the cap of one line. */
  static final class LineReader {
    private final InputStream in;
    private final long cap;
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();

    LineReader(InputStream in, long cap) {
      this.in = in;
      this.cap = cap;
    }

    /** The next line, or null at the end; a last line without \n counts, an empty end does not. */
    Line next() throws IOException {
      buffer.reset();
      long length = 0;
      int b;
      boolean any = false;
      while ((b = in.read()) >= 0) {
        any = true;
        if (b == '\n') {
          break;
        }
        length++;
        if (length <= cap) {
          buffer.write(b);
        }
      }
      if (!any) {
        return null;
      }
      byte[] bytes = length <= cap ? buffer.toByteArray() : new byte[0];
      if (bytes.length > 0 && bytes[bytes.length - 1] == '\r') {
        bytes = java.util.Arrays.copyOf(bytes, bytes.length - 1);
        length--;
      }
      return new Line(bytes, length);
    }
  }
}
