package dev.newsfold.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.util.Map;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcMetadata;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcRevisit;
import org.netpreserve.jwarc.WarcWriter;
import org.netpreserve.jwarc.Warcinfo;

/** Builds WARC files in tests with jwarc's writer, as crawlers write them. */
public final class WarcFixtures {
  public static final Instant FETCHED = Instant.parse("2026-11-21T08:15:00Z");

  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private final WarcWriter writer;
  private int serial;

  public WarcFixtures(boolean gzipPerRecord) throws IOException {
    writer = new WarcWriter(java.nio.channels.Channels.newChannel(bytes),
        gzipPerRecord ? WarcCompression.GZIP : WarcCompression.NONE);
  }

  /** A fixed record id per record written, so the same fixture gives the same bytes. */
  private URI nextId() {
    return URI.create(String.format("urn:uuid:00000000-0000-4000-8000-%012d", ++serial));
  }

  public long position() {
    return writer.position();
  }

  public WarcFixtures warcinfo() throws IOException {
    write(new Warcinfo.Builder().recordId(nextId()).date(FETCHED)
        .fields(Map.of("software", java.util.List.of("newsfold-test"))).build());
    return this;
  }

  public WarcFixtures request(String uri) throws IOException {
    write(new WarcRequest.Builder(URI.create(uri)).recordId(nextId()).date(FETCHED)
        .body(new HttpRequest.Builder("GET", URI.create(uri).getRawPath()).addHeader("Host", URI.create(uri).getHost())
            .build()).build());
    return this;
  }

  public WarcFixtures metadata(String uri) throws IOException {
    write(new WarcMetadata.Builder().targetURI(uri).recordId(nextId()).date(FETCHED)
        .body(MediaType.WARC_FIELDS, "fetchTimeMs: 120\r\n".getBytes(java.nio.charset.StandardCharsets.UTF_8))
        .build());
    return this;
  }

  public WarcFixtures revisit(String uri) throws IOException {
    write(new WarcRevisit.Builder(URI.create(uri), WarcRevisit.IDENTICAL_PAYLOAD_DIGEST_1_1).recordId(nextId())
        .date(FETCHED).body(new HttpResponse.Builder(200, "OK").build()).build());
    return this;
  }

  /** A response record that holds no HTTP message, as crawlers archive DNS lookups. */
  public WarcFixtures dnsResponse(String host) throws IOException {
    write(new WarcResponse.Builder(URI.create("dns:" + host)).recordId(nextId()).date(FETCHED)
        .body(MediaType.parse("text/dns"), "20261121081500\nexample.com. 300 IN A 192.0.2.1\n"
            .getBytes(java.nio.charset.StandardCharsets.US_ASCII)).build());
    return this;
  }

  /** A response record: HTTP status, headers (name, value pairs), payload. */
  public WarcFixtures response(String uri, int status, byte[] payload, String... headers) throws IOException {
    return response(uri, FETCHED, status, payload, headers);
  }

  public WarcFixtures response(String uri, Instant fetched, int status, byte[] payload, String... headers)
      throws IOException {
    HttpResponse.Builder http = new HttpResponse.Builder(status, status == 200 ? "OK" : "Error");
    for (int i = 0; i < headers.length; i += 2) {
      http.addHeader(headers[i], headers[i + 1]);
    }
    write(new WarcResponse.Builder(URI.create(uri)).recordId(nextId()).date(fetched)
        .body(http.body(null, payload).build()).build());
    return this;
  }

  /**
   * A request for an article file and its response, served as a web server would: the content type
   * by its extension, a .gz file with gzip content encoding (the payload read back is the decoded file).
   */
  public WarcFixtures servedFile(String uri, String name, byte[] bytes) throws IOException {
    request(uri);
    if (name.endsWith(".gz")) {
      return response(uri, 200, bytes, "Content-Type", "text/plain", "Content-Encoding", "gzip");
    }
    return response(uri, 200, bytes, "Content-Type", name.endsWith(".md") ? "text/markdown"
        : name.endsWith(".html") ? "text/html" : "text/plain");
  }

  private void write(WarcRecord record) throws IOException {
    writer.write(record);
  }

  /**
   * An uncompressed WARC whose record at {@code recordAt} claims {@code by} bytes fewer than it holds
   * (the digits keep their count, so every other offset stays).
   */
  public static byte[] shortenContentLength(byte[] warc, long recordAt, int by) {
    String text = new String(warc, java.nio.charset.StandardCharsets.ISO_8859_1);
    int header = text.indexOf("Content-Length: ", (int) recordAt) + "Content-Length: ".length();
    int end = text.indexOf("\r\n", header);
    int length = Integer.parseInt(text.substring(header, end));
    String shorter = String.format("%0" + (end - header) + "d", length - by);
    return (text.substring(0, header) + shorter + text.substring(end)).getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
  }

  /**
   * A JSON Lines dump: two records with text (one with id, title, url and date), a broken line (3), a
   * blank line (4), a record without text (5), an array (6), and a record ending in \r\n (7).
   */
  public static final String JSON_LINES = String.join("\n",
      "{\"id\": 17, \"title\": \"Port strike ends\", \"url\": \"https://example.com/strike\", \"date\": \"2026-11-20\","
          + " \"text\": \"Dockers returned to work on Friday.\\n\\nThe strike lasted nine days.\"}",
      "{\"html\": \"<html><body><p>Wildfire contained near Kalamata.</p></body></html>\", \"published\": \"2026-11-19\"}",
      "{\"text\": \"broken",
      "",
      "{\"title\": \"No text here\", \"text\": \"  \"}",
      "[1, 2, 3]",
      "{\"content\": \"A windows line end is not part of the text.\"}\r") + "\n";

  public byte[] bytes() throws IOException {
    writer.close();
    return bytes.toByteArray();
  }
}
