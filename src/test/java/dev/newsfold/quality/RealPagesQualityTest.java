package dev.newsfold.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Scores the job's parsing on 91 real pages as crawled (src/test/resources/realpages/, with their gold
 * from trafilatura's and htmldate's evaluations) the way realpages' score.py does: text precision and
 * recall over the gold strings a body must and must not contain, pages fully right, dates right and
 * wrong; and no page with gold text rejected. Floors in quality-floors.properties.
 */
class RealPagesQualityTest {
  private static final Path ROOT = Path.of("src/test/resources/realpages");
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void realPagesMeetTheirFloors() throws IOException {
    Map<String, RealPagesEval.Prediction> predictions = new HashMap<>();
    try (Stream<Path> pages = Files.list(ROOT.resolve("pages"))) {
      for (Path page : pages.sorted().toList()) {
        String name = page.getFileName().toString();
        predictions.put(name.replaceAll("\\.gz$", ""), RealPagesEval.predict(name, RealPagesEval.read(page)));
      }
    }
    int tp = 0;
    int fn = 0;
    int fp = 0;
    int pagesRight = 0;
    List<String> rejected = new ArrayList<>();
    JsonNode text = read("text-gold.json");
    for (JsonNode gold : text) {
      RealPagesEval.Prediction p = predictions.get(gold.path("file").asText());
      String body = normalize(p == null ? "" : p.body());
      boolean right = true;
      for (JsonNode with : gold.path("with")) {
        if (body.contains(normalize(with.asText()))) {
          tp++;
        } else {
          fn++;
          right = false;
        }
      }
      for (JsonNode without : gold.path("without")) {
        if (body.contains(normalize(without.asText()))) {
          fp++;
          right = false;
        }
      }
      pagesRight += right ? 1 : 0;
      if (p == null || p.rejected() != null) {
        rejected.add(gold.path("file").asText());
      }
    }
    int datesRight = 0;
    int datesWrong = 0;
    JsonNode dates = read("date-gold.json");
    for (JsonNode gold : dates) {
      RealPagesEval.Prediction p = predictions.get(gold.path("file").asText());
      String date = p == null ? null : p.date();
      if (gold.path("date").asText().equals(date)) {
        datesRight++;
      } else if (date != null) {
        datesWrong++;
      }
    }
    Map<String, Double> measured = new TreeMap<>();
    measured.put("text_precision", tp / (double) Math.max(1, tp + fp));
    measured.put("text_recall", tp / (double) Math.max(1, tp + fn));
    measured.put("pages_fully_right", pagesRight / (double) text.size());
    measured.put("dates_right", datesRight / (double) dates.size());
    // A floor is a minimum, so the share of dates that are wrong is pinned as the share that is not wrong.
    measured.put("dates_not_wrong", 1 - datesWrong / (double) dates.size());
    System.out.printf("realpages (%d pages, %d with dates): %s%n", text.size(), dates.size(), measured);
    assertEquals(List.of(), rejected, "pages with gold text rejected");
    QualityFloors.assertMet("realpages", measured);
  }

  private static JsonNode read(String name) throws IOException {
    try (InputStream in = Files.newInputStream(ROOT.resolve(name))) {
      return JSON.readTree(in);
    }
  }

  private static String normalize(String s) {
    return s == null ? "" : s.replaceAll("\\s+", " ").strip();
  }
}
