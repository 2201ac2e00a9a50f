package dev.newsfold;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsfold.archive.ArchiveTables;
import dev.newsfold.ingest.WarcFixtures;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The job on web archives and JSON Lines: the sample articles served from a WARC fold as the files
 * do, and damaged archives and dumps account for every record.
 */
class WebArchiveInputTest {
  private static final Path SAMPLE = Path.of("sample-input");
  private static final String SITE = "https://sample.test/";
  @TempDir
  static Path temp;
  private static List<Path> files;
  private static Path fromFiles;
  private static Path crawl;
  private static Path fromWarc;
  private static RunSummary warcRun;

  @BeforeAll
  static void archiveTheSampleAsFilesAndAsAWarc() throws IOException {
    try (Stream<Path> walk = Files.list(SAMPLE)) {
      files = walk.filter(Files::isRegularFile).sorted().toList();
    }
    fromFiles = temp.resolve("from-files");
    run("--input=" + SAMPLE, "--output=" + fromFiles);
    crawl = Files.createDirectories(temp.resolve("crawl"));
    Files.write(crawl.resolve("sample.warc.gz"), sampleAsWarc());
    fromWarc = temp.resolve("from-warc");
    warcRun = run("--input=" + crawl, "--output=" + fromWarc);
  }

  /** The sample files as HTTP responses, each after its request, among records that are not articles. */
  private static byte[] sampleAsWarc() throws IOException {
    WarcFixtures warc = new WarcFixtures(true).warcinfo();
    for (Path file : files) {
      String name = file.getFileName().toString();
      String uri = SITE + name;
      warc.servedFile(uri, name, Files.readAllBytes(file));
      warc.metadata(uri);
    }
    return warc.revisit(SITE + files.get(0).getFileName())
        .response(SITE + "missing.html", 404, "<p>Not found</p>".getBytes(StandardCharsets.UTF_8), "Content-Type", "text/html")
        .response(SITE + "logo.png", 200, new byte[] {(byte) 0x89, 'P', 'N', 'G'}, "Content-Type", "image/png")
        .bytes();
  }

  @Test
  void theSampleFromAWarcGivesTheArticlesOfTheSampleFiles() throws Exception {
    for (String query : List.of(
        "SELECT article_id || ' ' || copy_count || ' ' || coalesce(title, '') || ' ' || md5(body_text) FROM articles",
        "SELECT article_id || ' ' || count(*) FROM copies GROUP BY article_id")) {
      assertEquals(sorted(strings(fromFiles, query)), sorted(strings(fromWarc, query)), query);
    }
    // The same clusters: each file's copy in the same article as its response's copy.
    assertEquals(sorted(strings(fromFiles, "SELECT article_id || ' ' || regexp_extract(source_path, '[^/]+$') FROM copies")),
        sorted(strings(fromWarc, "SELECT article_id || ' ' || regexp_extract(target_uri, '[^/]+$') FROM copies")));
  }

  @Test
  void everyRecordOfTheWarcIsACopyARejectOrSkipped() throws Exception {
    int n = files.size();
    assertTrue(warcRun.accountsForEveryFile(), warcRun.render());
    assertEquals(1, warcRun.filesMatched());
    assertEquals(1 + 3 * n + 3, warcRun.recordsRead(), warcRun.render());
    assertEquals(Map.of("warcinfo", 1L, "request", (long) n, "metadata", (long) n, "revisit", 1L),
        warcRun.skippedByType());
    assertEquals(n, warcRun.copies());
    assertEquals(List.of("http_error", "not_text"), sorted(strings(fromWarc, "SELECT reason FROM rejects")));
    assertEquals(List.of(n + " " + n + " " + n + " 1"), strings(fromWarc, "SELECT count(record_offset) || ' ' || "
        + "count(*) FILTER (WHERE http_status = 200) || ' ' || count(DISTINCT record_id) || ' ' || "
        + "count(DISTINCT fetch_time) FROM copies"));
    assertEquals(List.of("0"), strings(fromFiles, "SELECT count(record_offset) FROM copies"));
    assertTrue(warcRun.render().contains("records read    : " + warcRun.recordsRead()), warcRun.render());
    String perCrawlDate = Files.readString(Path.of("pipelines/queries/crawl_dates.sql"));
    assertEquals(List.of("warc 2026-11-21 " + n), strings(fromWarc,
        "SELECT source || ' ' || crawl_date || ' ' || copies FROM (" + perCrawlDate.replaceAll("(?m)^--.*$", "").strip()
            .replaceAll(";$", "") + ")"));
  }

  @Test
  void aCrawlDeliveredAgainUnderAnotherNameAddsNoCopy() throws Exception {
    Path archive = temp.resolve("grown"); // A copy of the WARC run's archive, so the other tests see theirs unchanged.
    try (Stream<Path> walk = Files.walk(fromWarc)) {
      for (Path p : walk.toList()) {
        Files.copy(p, archive.resolve(fromWarc.relativize(p).toString()));
      }
    }
    // Another name and folder: the records' ids say they are archived (their rejects name another file: added).
    Path renamed = Files.createDirectories(temp.resolve("crawl-renamed"));
    Files.copy(crawl.resolve("sample.warc.gz"), renamed.resolve("CC-NEWS-20261121.warc.gz"));
    RunSummary moved = run("--input=" + renamed, "--archive=" + archive);
    assertEquals(0, moved.copies(), moved.render());
    assertEquals(files.size(), moved.alreadyArchived() - moved.counter("files_rejected_before"), moved.render());
    assertTrue(moved.accountsForEveryFile(), moved.render());
  }

  @Test
  void damagedArchivesAndDumpsAccountForEveryRecord() throws Exception {
    Path input = Files.createDirectories(temp.resolve("damaged"));
    byte[] page = Files.readAllBytes(SAMPLE.resolve("050_striker-transfer_touchlinedaily.html"));
    WarcFixtures truncated = new WarcFixtures(true).warcinfo().response(SITE + "a.html", 200, page, "Content-Type", "text/html");
    long cutAt = truncated.position();
    byte[] whole = truncated.response(SITE + "b.html", 200, Files.readAllBytes(SAMPLE.resolve("012_lisbon-port-strike_eurofreightweekly.html")),
        "Content-Type", "text/html").response(SITE + "c.html", 200, page, "Content-Type", "text/html").bytes();
    Files.write(input.resolve("truncated.warc.gz"), Arrays.copyOf(whole, (int) cutAt + 100));
    Charset cp1251 = Charset.forName("windows-1251");
    String russian = "<html><head><title>Забастовка в порту Лиссабона</title></head><body>"
        + "<p>Докеры Лиссабона прекратили работу в понедельник, требуя повышения заработной платы.</p>"
        + "<p>Профсоюз заявил, что забастовка продлится до конца недели.</p></body></html>";
    Files.write(input.resolve("cyrillic.warc"), new WarcFixtures(false)
        .response(SITE + "ru.html", 200, russian.getBytes(cp1251), "Content-Type", "text/html; charset=windows-1251").bytes());
    WarcFixtures wrongLength = new WarcFixtures(false).response(SITE + "d.html", 200, page, "Content-Type", "text/html");
    long shortAt = wrongLength.position();
    byte[] unshortened = wrongLength.response(SITE + "e.html", 200, page, "Content-Type", "text/html")
        .response(SITE + "f.html", 200, page, "Content-Type", "text/html").bytes();
    Files.write(input.resolve("wrong-length.warc"), WarcFixtures.shortenContentLength(unshortened, shortAt, 9));
    Files.writeString(input.resolve("dump.jsonl"), WarcFixtures.JSON_LINES);
    Files.copy(SAMPLE.resolve("040_rate-cut_northgateeconomist.md"), input.resolve("040.md"));
    Path archive = temp.resolve("from-damaged");
    RunSummary summary = run("--input=" + input, "--output=" + archive);

    assertTrue(summary.accountsForEveryFile(), summary.render());
    assertEquals(5, summary.filesMatched());
    assertEquals(4, summary.recordFiles());
    // From the records' side: each one read is a copy, a reject or skipped.
    List<String> fromRecords = strings(archive, "SELECT (SELECT count(*) FROM copies WHERE record_offset IS NOT NULL) + "
        + "(SELECT count(*) FROM rejects WHERE source_path NOT LIKE '%.md')");
    assertEquals(List.of(String.valueOf(summary.recordsRead() - summary.recordsSkipped())), fromRecords, summary.render());
    assertEquals(List.of("corrupt_record offset " + cutAt), strings(archive, "SELECT reason || ' ' || "
        + "regexp_extract(detail, '^offset [0-9]+') FROM rejects WHERE source_path LIKE '%truncated.warc.gz'"));
    assertEquals(List.of("windows-1251 Забастовка в порту Лиссабона"),
        strings(archive, "SELECT charset || ' ' || title FROM copies WHERE source_path LIKE '%cyrillic.warc'"));
    assertEquals(List.of("line 3 not_json", "line 5 no_text_field", "line 6 not_json"), sorted(strings(archive,
        "SELECT regexp_extract(detail, '^line [0-9]+') || ' ' || reason FROM rejects WHERE source_path LIKE '%.jsonl'")));
    assertEquals(List.of("Port strike ends jsonl_title jsonl_url 2026-11-20"), strings(archive,
        "SELECT title || ' ' || metadata_rules['title'][1] || ' ' || metadata_rules['url'][1] || ' ' || published_date "
            + "FROM copies WHERE record_id = '17'"));
  }

  private static RunSummary run(String... args) {
    String[] withoutEntities = Arrays.copyOf(args, args.length + 1);
    withoutEntities[args.length] = "--extractEntities=false";
    return NewsfoldPipeline.run(PipelineOptionsFactory.fromArgs(withoutEntities).as(NewsfoldOptions.class));
  }

  private static List<String> strings(Path archive, String sql) throws Exception {
    return ArchiveTables.strings(archive, sql);
  }

  private static List<String> sorted(List<String> rows) {
    return rows.stream().sorted().toList();
  }
}
