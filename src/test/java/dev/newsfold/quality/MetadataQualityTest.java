package dev.newsfold.quality;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsfold.boilerplate.CorpusBoilerplate;
import dev.newsfold.parse.ArticleMetadata;
import dev.newsfold.parse.ArticleParser;
import dev.newsfold.parse.ParsedArticle;
import dev.newsfold.text.TextNormalizer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The quality gate for reading articles: per-field metadata accuracy, body recall and the
 * boilerplate leak rate on the hand-labelled gold set, against floors pinned in
 * quality-floors.properties. Floors only rise.
 */
class MetadataQualityTest {
  /** The pipeline's default for --minBoilerplateStories. */
  private static final int MIN_STORIES = 3;
  private static final Map<String, Double> measured = new LinkedHashMap<>();
  private static final List<String> misses = new ArrayList<>();

  @BeforeAll
  static void measure() throws IOException {
    List<GoldArticle> gold = GoldArticle.all();
    assertTrue(gold.size() >= 40, "the gold set has at least 40 articles, found " + gold.size());
    Map<String, Function<ArticleMetadata, String>> fields = new LinkedHashMap<>();
    fields.put("title", ArticleMetadata::title);
    fields.put("byline", ArticleMetadata::byline);
    fields.put("agency", ArticleMetadata::agency);
    fields.put("date", m -> m.publishedDate() == null ? null : m.publishedDate().toString());
    fields.put("url", ArticleMetadata::canonicalUrl);
    fields.put("dateline", ArticleMetadata::dateline);
    Map<String, Integer> correct = new LinkedHashMap<>();
    int bodyExpected = 0;
    int bodyFound = 0;
    int boilerplateTotal = 0;
    int boilerplateLeaked = 0;
    int bodiesExact = 0;
    List<ParsedArticle> parsedGold = new ArrayList<>();
    for (GoldArticle g : gold) {
      parsedGold.add(ArticleParser.parse(g.source().getFileName().toString(),
          Files.readString(g.source(), StandardCharsets.UTF_8)));
    }
    // The corpus-level step, as the pipeline runs it, over the gold set as one corpus.
    java.util.Set<Long> recurring = CorpusBoilerplate.recurringParagraphs(
        parsedGold.stream().map(ParsedArticle::paragraphs).toList(), MIN_STORIES);
    for (int i = 0; i < gold.size(); i++) {
      GoldArticle g = gold.get(i);
      ParsedArticle parsed = parsedGold.get(i);
      List<String> body = parsed.paragraphs().stream()
          .filter(p -> !recurring.contains(CorpusBoilerplate.paragraphKey(p))).toList();
      for (Map.Entry<String, Function<ArticleMetadata, String>> f : fields.entrySet()) {
        String expected = g.field(f.getKey());
        String actual = f.getValue().apply(parsed.metadata());
        if (same(expected, actual)) {
          correct.merge(f.getKey(), 1, Integer::sum);
        } else {
          misses.add(g.source().getFileName() + " " + f.getKey() + ": expected [" + expected + "] got [" + actual + "]");
        }
      }
      List<String> actualBody = body.stream().map(TextNormalizer::normalize).toList();
      String joinedBody = String.join(" \u0000 ", actualBody);
      for (String p : g.body()) {
        bodyExpected++;
        if (actualBody.contains(TextNormalizer.normalize(p))) {
          bodyFound++;
        } else {
          misses.add(g.source().getFileName() + " body paragraph missing or altered: " + abbreviate(p));
        }
      }
      for (String b : g.boilerplate()) {
        boilerplateTotal++;
        if (joinedBody.contains(TextNormalizer.normalize(b))) {
          boilerplateLeaked++;
          misses.add(g.source().getFileName() + " boilerplate leaked: " + abbreviate(b));
        }
      }
      if (actualBody.equals(g.body().stream().map(TextNormalizer::normalize).toList())) {
        bodiesExact++;
      }
    }
    for (String f : fields.keySet()) {
      measured.put(f + "_accuracy", correct.getOrDefault(f, 0) / (double) gold.size());
    }
    measured.put("body_paragraph_recall", bodyFound / (double) bodyExpected);
    measured.put("body_exact_rate", bodiesExact / (double) gold.size());
    measured.put("boilerplate_kept_out_rate", 1 - boilerplateLeaked / (double) boilerplateTotal);
    System.out.println("Metadata quality on " + gold.size() + " gold articles: " + measured);
    misses.forEach(m -> System.out.println("  miss: " + m));
  }

  @Test
  void everyMeasureMeetsItsPinnedFloor() {
    QualityFloors.assertMet("metadata", measured);
  }

  private static boolean same(String expected, String actual) {
    if (expected == null || actual == null) {
      return expected == null && actual == null;
    }
    return TextNormalizer.normalize(expected).equals(TextNormalizer.normalize(actual));
  }

  private static String abbreviate(String s) {
    return s.length() > 90 ? s.substring(0, 90) + "…" : s;
  }
}
