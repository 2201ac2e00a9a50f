package dev.newsfold.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsfold.RunSummary;
import dev.newsfold.SampleRunOnConsole;
import dev.newsfold.archive.CompleteTables;
import dev.newsfold.archive.ArchiveSettings;
import dev.newsfold.archive.OutputFolder;
import dev.newsfold.fingerprint.FingerprintSettings;
import dev.newsfold.archive.TableSchemas;
import dev.newsfold.progress.RunTimings;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** report.html, parsed: every section there, with the archive's numbers and a chart where it has data. */
class RunReportTest {
  static final List<String> SECTIONS = List.of("accounting", "totals", "copies-per-article", "outlets", "folders",
      "top-stories", "rejects", "boilerplate", "entities", "timings", "counters");

  @Test
  void theSampleRunsReportHoldsItsNumbers() throws Exception {
    Path archive = SampleRunOnConsole.get().archive;
    Path path = archive.resolve("reports/run=000001/report.html");
    Document page = Jsoup.parse(Files.readString(path));
    assertEquals(Files.readString(path), Files.readString(archive.resolve("report.html")), "the latest run's copy");
    for (String id : SECTIONS) {
      assertTrue(page.getElementById(id) != null, "section " + id);
    }
    assertEquals(List.of("15", "14", "0", "1", "8", "0", "0", "0"),
        column(section(page, "accounting"), "td").subList(0, 8), "files matched, copies, already, rejects, articles");
    assertTrue(section(page, "accounting").selectFirst("p.ok") != null);
    assertEquals(List.of(List.of("articles", "8", "8"), List.of("copies", "14", "14"), List.of("rejects", "1", "1")),
        rows(section(page, "totals")).subList(0, 3));
    // 14 copies in 8 articles: five alone, two pairs, one story in five copies.
    assertEquals(List.of(List.of("1", "5", "5"), List.of("2", "2", "2"), List.of("5", "1", "1")),
        rows(section(page, "copies-per-article")));
    assertEquals(14, rows(section(page, "outlets")).stream().mapToInt(r -> Integer.parseInt(r.get(1))).sum());
    assertEquals(List.of(List.of(".", "14", "14")), rows(section(page, "folders")), "the empty file was rejected");
    List<List<String>> top = rows(section(page, "top-stories"));
    assertEquals(8, top.size(), "the sample has eight articles, fewer than ten");
    assertEquals("5", top.get(0).get(1));
    assertEquals("Reuters", top.get(0).get(2));
    assertEquals(List.of(List.of("read: empty_file", "1", "1")), rows(section(page, "rejects")));
    assertTrue(rows(section(page, "boilerplate")).contains(List.of("appeal", "18", "18")),
        rows(section(page, "boilerplate")).toString());
    assertTrue(rows(section(page, "entities")).size() >= 10);
    assertEquals(List.of("read", "parse", "fingerprint"),
        rows(section(page, "timings")).stream().map(r -> r.get(0)).toList().subList(0, 3), "stages in order");
    List<List<String>> counters = rows(section(page, "counters"));
    assertTrue(counters.contains(List.of("ReadArticleFiles", "files_matched", "15")), counters.toString());
    assertTrue(counters.stream().anyMatch(r -> r.get(1).equals("lsh_candidate_pairs")), counters.toString());
    for (String id : List.of("copies-per-article", "outlets", "folders", "rejects", "boilerplate", "entities")) {
      BufferedImage chart = chart(section(page, id));
      assertTrue(chart.getWidth() >= 700 && chart.getHeight() >= 300, id);
    }
    assertSelfContained(page);
  }

  @Test
  void anEmptyRunsReportSaysSo(@TempDir Path temp) throws Exception {
    String archive = temp.resolve("archive").toString();
    ArchiveSettings settings = ArchiveSettings.of(FingerprintSettings.DEFAULT, 3);
    try (OutputFolder output = OutputFolder.prepare(archive, false, settings)) {
      CompleteTables.complete(output.stagingDirectory());
      output.publish(TableSchemas.TABLES.keySet(), Map.of(), settings);
    }
    RunSummary nothing = new RunSummary(archive, "run=000001", 0, 0, 0, 0, Map.of(), Map.of(), Map.of(), List.of());
    Path path = RunReport.writeAfterPublish(archive, "run=000001", nothing, RunTimings.none()).orElseThrow();
    Document page = Jsoup.parse(Files.readString(path));
    for (String id : SECTIONS) {
      assertTrue(page.getElementById(id) != null, "section " + id);
    }
    assertEquals(List.of("0", "0", "0", "0"), column(section(page, "accounting"), "td").subList(0, 4));
    assertEquals(List.of(List.of("articles", "0", "0"), List.of("copies", "0", "0"), List.of("rejects", "0", "0"),
        List.of("entities", "0", ""), List.of("runs", "0", "")), rows(section(page, "totals")));
    for (String id : List.of("copies-per-article", "outlets", "folders", "top-stories", "rejects", "boilerplate",
        "entities")) {
      assertTrue(section(page, id).selectFirst("p.empty") != null, id + " says None");
      assertTrue(section(page, id).select("img").isEmpty(), id + " has no chart");
    }
    assertTrue(section(page, "timings").text().contains("Not recorded"));
    assertTrue(section(page, "counters").selectFirst("p.empty") != null, "no counters");
    assertSelfContained(page);
  }

  /** Nothing the page loads comes from elsewhere: every image is a data URI, there is no script or link. */
  static void assertSelfContained(Document page) {
    for (Element element : page.select("[src], [href]")) {
      assertTrue(element.attr("src").startsWith("data:image/png;base64,") && element.attr("href").isEmpty(),
          "loads something: " + element.outerHtml().substring(0, Math.min(120, element.outerHtml().length())));
    }
    assertTrue(page.select("script, link, iframe").isEmpty());
  }

  static Element section(Document page, String id) {
    return page.getElementById(id);
  }

  static List<String> column(Element section, String cell) {
    return section.select(cell).eachText();
  }

  static List<List<String>> rows(Element section) {
    List<List<String>> rows = new ArrayList<>();
    for (Element tr : section.select("tr:has(td)")) {
      rows.add(tr.select("td").stream().map(Element::text).toList()); // eachText() would drop empty cells
    }
    return rows;
  }

  static BufferedImage chart(Element section) throws Exception {
    Element img = section.selectFirst("img.chart");
    assertTrue(img != null, "a chart in " + section.id());
    String uri = img.attr("src");
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(
        Base64.getDecoder().decode(uri.substring(uri.indexOf(',') + 1))));
    assertTrue(image != null, "a PNG in " + section.id());
    return image;
  }
}
