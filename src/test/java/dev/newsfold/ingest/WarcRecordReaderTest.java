package dev.newsfold.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsfold.model.RawCopy;
import dev.newsfold.model.Reject;
import dev.newsfold.model.RejectReason;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.channels.Channels;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WarcRecordReaderTest {
  private static final String PAGE = "<html><head><title>Port strike</title></head><body><p>Dockers walked out.</p></body></html>";
  private static final String CYRILLIC = "<html><body><p>Забастовка в порту продолжается.</p></body></html>";

  private static CollectingSink read(byte[] warc, long cap) throws IOException {
    CollectingSink sink = new CollectingSink();
    new WarcRecordReader(cap, cap).read(Channels.newChannel(new ByteArrayInputStream(warc)), "/in/crawl.warc.gz",
        "crawl.warc.gz", warc.length, sink);
    return sink;
  }

  @Test
  void responsesAreCopiesWithTheirProvenanceAndTheOtherRecordsAreSkippedOrRejected() throws IOException {
    WarcFixtures warc = new WarcFixtures(true).warcinfo().dnsResponse("example.com").request("https://example.com/strike");
    long responseAt = warc.position();
    warc.response("https://example.com/strike", 200, PAGE.getBytes(StandardCharsets.UTF_8),
            "Content-Type", "text/html; charset=UTF-8")
        .metadata("https://example.com/strike")
        .revisit("https://example.com/strike")
        .response("https://example.com/gone", 404, "<p>Not found</p>".getBytes(StandardCharsets.UTF_8),
            "Content-Type", "text/html")
        .response("https://example.com/logo.png", 200, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0},
            "Content-Type", "image/png");
    CollectingSink sink = read(warc.bytes(), 1 << 20);

    assertEquals(1, sink.copies.size());
    RawCopy copy = sink.copies.get(0);
    assertEquals(PAGE, copy.rawText());
    assertEquals("gzip", copy.compression());
    assertEquals(responseAt, copy.record().offset());
    assertEquals("urn:uuid:00000000-0000-4000-8000-000000000004", copy.record().recordId());
    assertEquals("https://example.com/strike", copy.record().targetUri());
    assertEquals("2026-11-21T08:15:00Z", copy.record().fetchTime());
    assertEquals(200, copy.record().httpStatus());
    assertEquals("text/html; charset=UTF-8", copy.record().contentType());
    assertEquals(Map.of("warcinfo", 1, "request", 1, "metadata", 1, "revisit", 1), sink.skipped);
    assertEquals(List.of(RejectReason.NOT_TEXT, RejectReason.HTTP_ERROR, RejectReason.NOT_TEXT),
        sink.rejects.stream().map(Reject::reason).toList());
    assertTrue(sink.rejects.get(0).detail().contains("text/dns"), sink.rejects.get(0).detail());
    assertTrue(sink.rejects.get(1).detail().contains("https://example.com/gone"), sink.rejects.get(1).detail());
    assertEquals(8, sink.outcomes);
  }

  @Test
  void theCharsetComesFromTheHttpHeaderThenThePageThenTheDecodingRules() throws IOException {
    Charset cp1251 = Charset.forName("windows-1251");
    byte[] withMeta = ("<html><head><meta charset=\"windows-1251\"></head>" + CYRILLIC.substring(6)).getBytes(cp1251);
    byte[] wrongHeader = "Caf\u00e9 owners said no.".getBytes(Charset.forName("windows-1252"));
    CollectingSink sink = read(new WarcFixtures(false)
        .response("https://example.ru/a", 200, CYRILLIC.getBytes(cp1251), "Content-Type", "text/html; charset=windows-1251")
        .response("https://example.ru/b", 200, withMeta, "Content-Type", "text/html")
        .response("https://example.fr/c", 200, wrongHeader, "Content-Type", "text/plain; charset=utf-8")
        .bytes(), 1 << 20);

    assertEquals(3, sink.copies.size(), sink.rejects.toString());
    assertEquals("windows-1251", sink.copies.get(0).charset());
    assertEquals(CYRILLIC, sink.copies.get(0).rawText());
    assertEquals("windows-1251", sink.copies.get(1).charset());
    assertTrue(sink.copies.get(1).rawText().contains("Забастовка"));
    assertEquals("windows-1252", sink.copies.get(2).charset(), "a header the bytes contradict is not followed");
    assertTrue(sink.copies.get(2).rawText().startsWith("Caf\u00e9"));
  }

  @Test
  void aTruncatedGzippedWarcKeepsTheRecordsBeforeTheDamageAndRejectsTheRestAtItsOffset() throws IOException {
    WarcFixtures warc = new WarcFixtures(true).warcinfo()
        .response("https://example.com/1", 200, PAGE.getBytes(StandardCharsets.UTF_8), "Content-Type", "text/html");
    long damagedAt = warc.position();
    warc.response("https://example.com/2", 200, PAGE.replace("walked", "marched").getBytes(StandardCharsets.UTF_8),
            "Content-Type", "text/html")
        .response("https://example.com/3", 200, PAGE.getBytes(StandardCharsets.UTF_8), "Content-Type", "text/html");
    byte[] whole = warc.bytes();
    CollectingSink sink = read(Arrays.copyOf(whole, (int) damagedAt + 60), 1 << 20);

    assertEquals(1, sink.copies.size());
    assertEquals(1, sink.rejects.size());
    Reject rest = sink.rejects.get(0);
    assertEquals(RejectReason.CORRUPT_RECORD, rest.reason());
    assertTrue(rest.detail().startsWith("offset " + damagedAt + ":"), rest.detail());
    assertEquals(Map.of("warcinfo", 1), sink.skipped);
  }

  @Test
  void aWrongContentLengthRejectsItsRecordAndTheRestFromWhereTheNextHeaderShouldStart() throws IOException {
    WarcFixtures warc = new WarcFixtures(false)
        .response("https://example.com/1", 200, PAGE.getBytes(StandardCharsets.UTF_8), "Content-Type", "text/html");
    long secondAt = warc.position();
    warc.response("https://example.com/2", 200, PAGE.getBytes(StandardCharsets.UTF_8), "Content-Type", "text/html")
        .response("https://example.com/3", 200, PAGE.getBytes(StandardCharsets.UTF_8), "Content-Type", "text/html");
    byte[] bytes = warc.bytes();
    // The second record claims 9 bytes fewer than it holds: its end falls inside its own payload.
    byte[] damaged = WarcFixtures.shortenContentLength(bytes, secondAt, 9);

    CollectingSink sink = read(damaged, 1 << 20);

    assertEquals("https://example.com/1", sink.copies.get(0).record().targetUri());
    Reject last = sink.rejects.get(sink.rejects.size() - 1);
    assertEquals(RejectReason.CORRUPT_RECORD, last.reason(), sink.rejects.toString());
    assertEquals(sink.outcomes, sink.copies.size() + sink.rejects.size() + sink.skippedCount());
    // The short record is rejected (its payload was cut), then the rest of the file from the header that is not there.
    assertEquals(1, sink.copies.size());
    assertEquals(2, sink.rejects.size());
    assertTrue(sink.rejects.get(0).detail().startsWith("offset " + secondAt + " (https://example.com/2): the next record"),
        sink.rejects.get(0).detail());
    assertTrue(last.detail().contains("ParsingException"), last.detail());
  }

  @Test
  void aRecordOverTheCapIsRejectedAndTheNextOneStillRead() throws IOException {
    CollectingSink sink = read(new WarcFixtures(true)
        .response("https://example.com/big", 200, ("<p>" + "x".repeat(5000) + "</p>").getBytes(StandardCharsets.UTF_8),
            "Content-Type", "text/html")
        .response("https://example.com/small", 200, PAGE.getBytes(StandardCharsets.UTF_8), "Content-Type", "text/html")
        .bytes(), 2000);

    assertEquals(List.of(RejectReason.TOO_LARGE), sink.rejects.stream().map(Reject::reason).toList());
    assertEquals("https://example.com/small", sink.copies.get(0).record().targetUri());
  }
}
