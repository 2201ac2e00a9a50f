package dev.newsfold.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsfold.entities.EntityMention;
import dev.newsfold.entities.EntityRecognizer;
import dev.newsfold.entities.EntityType;
import dev.newsfold.entities.MentionResolver;
import dev.newsfold.entities.Recognizers;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The quality gate for entities: the recognizer and resolver on the hand-annotated gold bodies,
 * scored per type by (type, text) mention counts, against floors pinned in quality-floors.properties.
 */
class EntityQualityTest {
  private static final Path GOLD = Path.of("src/test/resources/gold/entities");
  private static final Map<String, Double> measured = new LinkedHashMap<>();
  private static final Map<String, Long> falsePositives = new HashMap<>();
  private static final Map<String, Long> falseNegatives = new HashMap<>();
  private static String seedBody;
  private static List<EntityMention> seedMentions;

  @BeforeAll
  static void measure() throws IOException {
    EntityRecognizer recognizer = Recognizers.coreNlp();
    Map<EntityType, long[]> counts = new TreeMap<>(); // true positives, predicted, gold
    long goldTotal = 0;
    List<Path> files;
    try (var list = Files.list(GOLD)) {
      files = list.filter(p -> p.toString().endsWith(".entities")).sorted().toList();
    }
    for (Path file : files) {
      String stem = file.getFileName().toString().replace(".entities", "");
      String body = stem.equals("seed") ? seedBody() : String.join("\n\n", goldBody(stem));
      List<EntityMention> mentions = MentionResolver.resolve(stem, null, body, recognizer.recognize(body));
      if (stem.equals("seed")) {
        seedBody = body;
        seedMentions = mentions;
      }
      Map<String, Long> predicted = new HashMap<>();
      for (EntityMention m : mentions) {
        predicted.merge(m.type() + "\t" + m.text(), 1L, Long::sum);
      }
      Map<String, Long> gold = new HashMap<>();
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        String[] f = line.split("\t");
        if (f.length == 3) {
          gold.merge(f[0] + "\t" + f[1], Long.parseLong(f[2].strip()), Long::sum);
        }
      }
      for (Map.Entry<String, Long> p : predicted.entrySet()) {
        long extra = p.getValue() - gold.getOrDefault(p.getKey(), 0L);
        if (extra > 0) {
          falsePositives.merge(p.getKey(), extra, Long::sum);
        }
      }
      for (Map.Entry<String, Long> g : gold.entrySet()) {
        long missed = g.getValue() - predicted.getOrDefault(g.getKey(), 0L);
        if (missed > 0) {
          falseNegatives.merge(g.getKey(), missed, Long::sum);
        }
      }
      for (EntityType type : EntityType.values()) {
        long[] c = counts.computeIfAbsent(type, t -> new long[3]);
        for (Map.Entry<String, Long> p : predicted.entrySet()) {
          if (p.getKey().startsWith(type.name() + "\t")) {
            c[0] += Math.min(p.getValue(), gold.getOrDefault(p.getKey(), 0L));
            c[1] += p.getValue();
          }
        }
        for (Map.Entry<String, Long> g : gold.entrySet()) {
          if (g.getKey().startsWith(type.name() + "\t")) {
            c[2] += g.getValue();
            goldTotal += g.getValue();
          }
        }
      }
    }
    assertTrue(goldTotal >= 400, "the gold set has at least 400 mentions, found " + goldTotal);
    long tp = 0;
    long pred = 0;
    long gold = 0;
    for (Map.Entry<EntityType, long[]> e : counts.entrySet()) {
      long[] c = e.getValue();
      put(e.getKey().name().toLowerCase(java.util.Locale.ROOT), c[0], c[1], c[2]);
      tp += c[0];
      pred += c[1];
      gold += c[2];
    }
    put("all", tp, pred, gold);
    System.out.println("  most frequent false positives: " + top(falsePositives));
    System.out.println("  most frequent misses: " + top(falseNegatives));
    System.out.println("Entity quality on " + files.size() + " gold bodies (" + goldTotal + " mentions): " + measured);
  }

  private static String top(Map<String, Long> counts) {
    return counts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()
        .thenComparing(Map.Entry.comparingByKey())).limit(25).map(e -> e.getKey().replace('\t', ':') + "x" + e.getValue())
        .toList().toString();
  }

  private static void put(String name, long tp, long predicted, long gold) {
    double p = predicted == 0 ? 0 : (double) tp / predicted;
    double r = gold == 0 ? 0 : (double) tp / gold;
    measured.put(name + "_precision", p);
    measured.put(name + "_recall", r);
    measured.put(name + "_f1", p + r == 0 ? 0 : 2 * p * r / (p + r));
  }

  private static String seedBody() throws IOException {
    String text = Files.readString(Path.of("sample-input/000_6c056e0bb85963ea.txt"), StandardCharsets.UTF_8);
    return text.substring(0, text.indexOf("A Message from The Moscow Times:")).strip();
  }

  private static List<String> goldBody(String stem) throws IOException {
    List<String> paragraphs = new ArrayList<>();
    boolean inBody = false;
    StringBuilder block = new StringBuilder();
    for (String line : Files.readAllLines(Path.of("src/test/resources/gold/metadata", stem + ".expected"))) {
      if (line.startsWith("== ")) {
        inBody = line.equals("== body");
        continue;
      }
      if (!inBody) {
        continue;
      }
      if (line.isBlank()) {
        if (block.length() > 0) {
          paragraphs.add(block.toString());
          block.setLength(0);
        }
      } else {
        block.append(block.length() > 0 ? " " : "").append(line.strip());
      }
    }
    if (block.length() > 0) {
      paragraphs.add(block.toString());
    }
    return paragraphs;
  }

  @Test
  void everyMeasureMeetsItsPinnedFloor() {
    QualityFloors.assertMet("entities", measured);
  }

  @Test
  void theSeedStoryYieldsItsEntitiesAndResolvesSurnames() {
    Map<String, String> typeOfKey = new HashMap<>();
    Map<String, String> keyOfText = new HashMap<>();
    for (EntityMention m : seedMentions) {
      typeOfKey.put(m.entityKey(), m.type().name());
      keyOfText.put(m.text(), m.entityKey());
      assertEquals(m.text(), seedBody.substring(m.start(), m.end()), "offsets point at the mention");
      assertTrue(!m.text().endsWith("'s") && !m.text().endsWith("\u2019s"), "possessive in " + m.text());
    }
    for (String person : List.of("Mikhail Bogdanov", "Vladimir Putin", "Musa Abu Marzuk", "Alexander Trufanov",
        "Maxim Herkin", "Sapir Cohen")) {
      assertEquals("PERSON", typeOfKey.get(person), person);
    }
    for (String org : List.of("Hamas", "Islamic Jihad", "RIA Novosti")) {
      assertEquals("ORGANIZATION", typeOfKey.get(org), org);
    }
    for (String place : List.of("Moscow", "Russia", "Israel", "Gaza", "Ukraine")) {
      assertEquals("LOCATION", typeOfKey.get(place), place);
    }
    assertEquals("Mikhail Bogdanov", keyOfText.get("Bogdanov"));
    assertEquals("Musa Abu Marzuk", keyOfText.get("Marzuk"));
    assertEquals("Alexander Trufanov", keyOfText.get("Trufanov"));
  }
}
