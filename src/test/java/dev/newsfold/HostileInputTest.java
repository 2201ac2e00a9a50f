package dev.newsfold;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import dev.newsfold.archive.ArchiveTables;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A dump as they come: empty, binary, mis-encoded, truncated, bombed, huge and pathological files
 * beside variants of the seed story. The job runs in its own JVM under -Xmx1g with default options,
 * finishes, and accounts for every file; the readable ones are archived and the seed variants fold
 * into one article; the rejected ones keep their bytes.
 */
class HostileInputTest {
  private static final long MAX_FILE = 12L * 1024 * 1024;
  private static final long MAX_DECOMPRESSED = 16L * 1024 * 1024;
  @TempDir
  static Path temp;
  private static Path input;
  private static Path output;
  private static String jobLog;

  @BeforeAll
  static void runTheJobOnAHostileDump() throws Exception {
    input = Files.createDirectories(temp.resolve("dump"));
    output = temp.resolve("archive");
    writeHostileCorpus(input);
    // Default options, as a user runs it: no runner check is switched off here.
    try (ChildJob job = ChildJob.start(List.of("-Xmx1g"), "--input=" + input, "--output=" + output,
        "--maxFileBytes=" + MAX_FILE, "--maxDecompressedBytes=" + MAX_DECOMPRESSED)) {
      boolean finished = job.waitFor(15);
      jobLog = job.output();
      assertTrue(finished, "the job did not finish in 15 minutes (a hang): " + jobLog);
      assertEquals(0, job.exitValue(), jobLog);
    }
  }

  /**
   * Under a heap too small for the job, the JVM ends at the first OutOfMemoryError with a non-zero exit,
   * in seconds, and nothing is published: no manifest, no run folder.
   */
  @Test
  void aHeapTooSmallFailsFastAndPublishesNothing() throws Exception {
    Path small = temp.resolve("small-heap-archive");
    long started = System.nanoTime();
    try (ChildJob job = ChildJob.start(List.of("-Xmx40m"), "--input=" + input, "--output=" + small,
        "--maxFileBytes=" + MAX_FILE, "--maxDecompressedBytes=" + MAX_DECOMPRESSED)) {
      assertTrue(job.waitFor(5), "a run out of memory must end, not hang: " + job.output());
      assertTrue(job.exitValue() != 0, job.output());
      assertTrue(job.output().contains("OutOfMemoryError"), job.output());
    }
    long seconds = (System.nanoTime() - started) / 1_000_000_000L;
    System.out.println("HostileInputTest: -Xmx40m run ended in " + seconds + " s");
    assertFalse(Files.exists(small.resolve("_manifest.json")), "nothing published");
    if (Files.exists(small)) {
      try (Stream<Path> walk = Files.walk(small)) {
        assertTrue(walk.noneMatch(p -> p.toString().contains("/run=")), "no run folder");
      }
    }
  }

  @Test
  void rejectsKeepTheFilesBytes() throws Exception {
    Map<String, String> kept = new HashMap<>();
    for (String row : ArchiveTables.strings(output,
        "SELECT source_path || '|' || coalesce(octet_length(content)::VARCHAR, 'null') || '|' || content_truncated FROM rejects")) {
      String[] parts = row.split("\\|");
      kept.put(Path.of(parts[0]).getFileName().toString(), parts[1] + "|" + parts[2]);
    }
    assertEquals("65536|false", kept.get("binary.txt"));
    assertEquals(Files.size(input.resolve("truncated.txt.gz")) + "|false", kept.get("truncated.txt.gz"));
    assertEquals(Files.size(input.resolve("bomb.txt.gz")) + "|false", kept.get("bomb.txt.gz"), "the gzip as stored");
    assertEquals((1 << 20) + "|true", kept.get("huge.txt"), "the first MiB of a file over the cap");
    assertEquals("null|false", kept.get("broken-link.txt"));
    assertEquals(Files.size(input.resolve("scripts-only.html")) + "|false", kept.get("scripts-only.html"));
  }

  static void writeHostileCorpus(Path dir) throws IOException {
    Path seeds = Path.of("sample-input");
    String plain = Files.readString(seeds.resolve("000_6c056e0bb85963ea.txt"));
    byte[] markdown = Files.readAllBytes(seeds.resolve("001_f9f9b3f117937358.txt"));
    Files.writeString(dir.resolve("seed.txt"), plain);
    Files.write(dir.resolve("seed markdown with spaces.md"), markdown);
    ByteArrayOutputStream utf16 = new ByteArrayOutputStream();
    utf16.write(new byte[] {(byte) 0xFF, (byte) 0xFE});
    utf16.write(plain.getBytes(StandardCharsets.UTF_16LE));
    Files.write(dir.resolve("seed-utf16.txt"), utf16.toByteArray());
    Files.writeString(dir.resolve("seed-crlf.txt"), plain.replace("\n", "\r\n"));
    Files.writeString(dir.resolve("статья.txt"), plain.replace("Monday", "Monday\u0000").replace("ministry", "mini\u0007stry"));
    Files.writeString(dir.resolve("-leading-dash.txt"), plain);
    Files.write(dir.resolve("seed.md.gz"), gzip(markdown));
    Files.write(dir.resolve("cp1252.txt"), ("Caf\u00e9 owners in S\u00e3o Paulo said \u201cno\u201d to the new tax on Tuesday, "
        + "after a week of talks with the city council ended without a deal.\n").repeat(3).getBytes(Charset.forName("windows-1252")));
    Files.createSymbolicLink(dir.resolve("link-to-seed.txt"), dir.resolve("seed.txt"));
    Files.createSymbolicLink(dir.resolve("broken-link.txt"), dir.resolve("missing.txt"));
    Files.createDirectories(dir.resolve("folder.txt")); // a directory whose name matches the pattern

    Files.write(dir.resolve("empty.txt"), new byte[0]);
    Files.writeString(dir.resolve("whitespace.txt"), " \n\t\r\n   \n");
    byte[] noise = new byte[64 * 1024];
    new SplittableRandom(7).nextBytes(noise);
    Files.write(dir.resolve("binary.txt"), noise);
    byte[] whole = gzip(plain.getBytes(StandardCharsets.UTF_8));
    Files.write(dir.resolve("truncated.txt.gz"), java.util.Arrays.copyOf(whole, whole.length / 2));
    try (OutputStream bomb = new GZIPOutputStream(Files.newOutputStream(dir.resolve("bomb.txt.gz")))) {
      byte[] zeros = new byte[1 << 20];
      for (int i = 0; i < 64; i++) {
        bomb.write(zeros);
      }
    }
    try (OutputStream huge = Files.newOutputStream(dir.resolve("huge.txt"))) {
      byte[] line = "All work and no play makes a dull archive. ".repeat(100).getBytes(StandardCharsets.UTF_8);
      for (long written = 0; written <= MAX_FILE; written += line.length) {
        huge.write(line);
      }
    }
    StringBuilder longLine = new StringBuilder();
    SplittableRandom words = new SplittableRandom(11);
    while (longLine.length() < 10_000_000) {
      longLine.append("word").append(words.nextInt(50_000)).append(' ');
    }
    Files.writeString(dir.resolve("one-10mb-line.txt"), longLine);
    Files.writeString(dir.resolve("stars.md"), "*".repeat(400_000));
    Files.writeString(dir.resolve("underscores.md"), "_".repeat(400_000));
    Files.writeString(dir.resolve("brackets.md"), "[".repeat(400_000));
    Files.writeString(dir.resolve("parens.txt"), "(".repeat(400_000));
    Files.writeString(dir.resolve("nested.html"), "<html><body>" + "<div>".repeat(100_000) + "deep" + "</div>".repeat(100_000));
    Files.writeString(dir.resolve("scripts-only.html"),
        "<html><head><script>var a = 1;</script></head><body><script>track();</script></body></html>");
  }

  private static byte[] gzip(byte[] bytes) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(bytes);
    }
    return out.toByteArray();
  }

  @Test
  void everyFileIsInExactlyOneTable() throws Exception {
    List<String> files = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(input)) {
      walk.filter(p -> Files.isRegularFile(p) || Files.isSymbolicLink(p)).forEach(p -> files.add(p.toString()));
    }
    files.sort(null);
    List<String> archived = new ArrayList<>(ArchiveTables.strings(output,
        "SELECT source_path FROM copies UNION ALL SELECT source_path FROM rejects"));
    archived.sort(null);
    assertEquals(files, archived, jobLog);
    assertTrue(jobLog.matches("(?s).*accounting +: OK.*"), jobLog);
  }

  @Test
  void unreadableFilesCarryTheirReason() throws Exception {
    Map<String, String> reasons = new HashMap<>();
    for (String row : ArchiveTables.strings(output, "SELECT source_path || '|' || reason FROM rejects")) {
      String[] parts = row.split("\\|");
      reasons.put(Path.of(parts[0]).getFileName().toString(), parts[1]);
    }
    assertEquals("empty_file", reasons.get("empty.txt"));
    assertEquals("empty_file", reasons.get("whitespace.txt"));
    assertEquals("binary_content", reasons.get("binary.txt"));
    assertEquals("corrupt_compression", reasons.get("truncated.txt.gz"));
    assertEquals("decompressed_too_large", reasons.get("bomb.txt.gz"));
    assertEquals("too_large", reasons.get("huge.txt"));
    assertEquals("unreadable", reasons.get("broken-link.txt"));
    assertEquals("no_article_text", reasons.get("scripts-only.html"));
    assertEquals("no_article_text", reasons.get("stars.md"));
  }

  @Test
  void theSeedVariantsFoldIntoTheSeedArticle() throws Exception {
    List<String> variants = List.of("seed.txt", "seed markdown with spaces.md", "seed-utf16.txt", "seed-crlf.txt",
        "статья.txt", "-leading-dash.txt", "seed.md.gz", "link-to-seed.txt");
    Map<String, String> articleOf = new HashMap<>();
    for (String row : ArchiveTables.strings(output, "SELECT relative_path || '|' || article_id FROM copies")) {
      String[] parts = row.split("\\|");
      articleOf.put(parts[0], parts[1]);
    }
    for (String v : variants) {
      assertTrue(articleOf.containsKey(v), v + " was not archived: " + articleOf.keySet());
    }
    assertEquals(1, variants.stream().map(articleOf::get).distinct().count(), "seed variants: " + articleOf);
    assertEquals(List.of("UTF-16LE"), ArchiveTables.strings(output,
        "SELECT charset FROM copies WHERE relative_path = 'seed-utf16.txt'"));
    assertEquals(List.of("windows-1252"), ArchiveTables.strings(output,
        "SELECT charset FROM copies WHERE relative_path = 'cp1252.txt'"));
  }
}
