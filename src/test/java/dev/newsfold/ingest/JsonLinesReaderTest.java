package dev.newsfold.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsfold.model.RawCopy;
import dev.newsfold.model.Reject;
import dev.newsfold.model.RejectReason;
import dev.newsfold.parse.FieldCandidate;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

class JsonLinesReaderTest {
  static final String LINES = WarcFixtures.JSON_LINES;

  private static CollectingSink read(byte[] bytes, long cap) throws IOException {
    CollectingSink sink = new CollectingSink();
    new JsonLinesReader(JsonLinesFields.DEFAULT, cap).read(new ByteArrayInputStream(bytes), "/in/dump.jsonl",
        "dump.jsonl", sink);
    return sink;
  }

  @Test
  void eachLineIsACopyARejectWithItsLineNumberOrSkipped() throws IOException {
    CollectingSink sink = read(LINES.getBytes(StandardCharsets.UTF_8), 1 << 20);

    assertEquals(7, sink.outcomes);
    assertEquals(3, sink.copies.size());
    RawCopy first = sink.copies.get(0);
    assertEquals("Dockers returned to work on Friday.\n\nThe strike lasted nine days.", first.rawText());
    assertEquals(1, first.record().offset());
    assertEquals("17", first.record().recordId());
    assertEquals("https://example.com/strike", first.record().targetUri());
    assertNull(first.record().fetchTime());
    assertEquals(List.of(new FieldCandidate("url", "https://example.com/strike", "jsonl_url"),
        new FieldCandidate("title", "Port strike ends", "jsonl_title"),
        new FieldCandidate("date", "2026-11-20", "jsonl_date")), first.record().metadata());
    assertTrue(sink.copies.get(1).rawText().startsWith("<html>"));
    assertEquals(2, sink.copies.get(1).record().offset());
    assertEquals("A windows line end is not part of the text.", sink.copies.get(2).rawText());
    assertEquals(Map.of("blank_line", 1), sink.skipped);
    assertEquals(List.of(RejectReason.NOT_JSON, RejectReason.NO_TEXT_FIELD, RejectReason.NOT_JSON),
        sink.rejects.stream().map(Reject::reason).toList());
    assertEquals(List.of("line 3", "line 5", "line 6"),
        sink.rejects.stream().map(r -> r.detail().substring(0, r.detail().indexOf(':'))).toList());
  }

  @Test
  void copyIdsTellLinesWithTheSameTextApart() throws IOException {
    String line = "{\"text\": \"The same wire story.\"}\n";
    CollectingSink sink = read((line + line).getBytes(StandardCharsets.UTF_8), 1 << 20);
    assertEquals(2, sink.copies.size());
    assertTrue(!sink.copies.get(0).copyId().equals(sink.copies.get(1).copyId()));
  }

  @Test
  void aLineOverTheCapIsRejectedWithoutBeingKept() throws IOException {
    String lines = "{\"text\": \"" + "x".repeat(500) + "\"}\n{\"text\": \"short\"}\n";
    CollectingSink sink = read(lines.getBytes(StandardCharsets.UTF_8), 100);
    assertEquals(RejectReason.TOO_LARGE, sink.rejects.get(0).reason());
    assertEquals("short", sink.copies.get(0).rawText());
  }

  @Test
  void aTruncatedGzipKeepsTheLinesBeforeAndRejectsTheRest() throws IOException {
    ByteArrayOutputStream gz = new ByteArrayOutputStream();
    try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
      for (int i = 0; i < 200; i++) {
        out.write(("{\"id\": " + i + ", \"text\": \"Story number " + i + " with some words of its own " + (i * 7919)
            + ".\"}\n").getBytes(StandardCharsets.UTF_8));
      }
    }
    byte[] whole = gz.toByteArray();
    CollectingSink all = read(whole, 1 << 20);
    assertEquals(200, all.copies.size());
    assertEquals("gzip", all.copies.get(0).compression());

    CollectingSink cut = read(Arrays.copyOf(whole, whole.length / 2), 1 << 20);
    assertTrue(cut.copies.size() > 0 && cut.copies.size() < 200, "copies " + cut.copies.size());
    assertEquals(1, cut.rejects.size());
    assertEquals(RejectReason.CORRUPT_COMPRESSION, cut.rejects.get(0).reason());
    assertTrue(cut.rejects.get(0).detail().startsWith("line " + (cut.copies.size() + 1) + ":"), cut.rejects.get(0).detail());
  }
}
