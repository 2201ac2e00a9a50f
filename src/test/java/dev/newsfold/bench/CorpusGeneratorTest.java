package dev.newsfold.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsfold.parse.ArticleParser;
import dev.newsfold.parse.ParsedArticle;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusGeneratorTest {
  private static final int STORIES = 60;
  private static final long SEED = 20250312L;
  private static final Set<String> KINDS = kinds();

  private static Set<String> kinds() {
    Set<String> kinds = new HashSet<>(WireCopies.kinds());
    kinds.addAll(List.of("original", "copy", StoryPlanner.TRAP_BOILERPLATE, StoryPlanner.TRAP_FOLLOWUP,
        StoryPlanner.TRAP_TEMPLATE));
    return kinds;
  }

  /** One corpus shared by the tests that only read it. */
  @TempDir
  static Path shared;
  private static CorpusGenerator.Summary summary;

  @TempDir
  Path tmp;

  @BeforeAll
  static void generateShared() throws IOException {
    summary = CorpusGenerator.generate(shared, STORIES, SEED);
  }

  @Test
  void sameSeedGivesIdenticalBytesAndAnotherSeedDoesNot() throws IOException {
    CorpusGenerator.generate(tmp.resolve("b"), STORIES, SEED);
    CorpusGenerator.generate(tmp.resolve("c"), STORIES, SEED + 1);
    Map<String, byte[]> a = contents(shared);
    Map<String, byte[]> b = contents(tmp.resolve("b"));
    assertEquals(a.keySet(), b.keySet());
    for (String name : a.keySet()) {
      assertArrayEquals(a.get(name), b.get(name), name);
    }
    Map<String, byte[]> c = contents(tmp.resolve("c"));
    assertNotEquals(a.keySet(), c.keySet());
    assertFalse(java.util.Arrays.equals(a.get("truth.tsv"), c.get("truth.tsv")));
  }

  @Test
  void truthListsExactlyTheFilesWritten() throws IOException {
    List<String[]> truth = truth(shared);
    Set<String> files = new TreeSet<>(contents(shared).keySet());
    files.remove("truth.tsv");
    Set<String> listed = new TreeSet<>();
    Set<String> stories = new HashSet<>();
    for (String[] line : truth) {
      assertEquals(3, line.length);
      assertTrue(KINDS.contains(line[2]), line[2]);
      assertTrue(listed.add("files/" + line[0]), "listed twice: " + line[0]);
      stories.add(line[1]);
    }
    assertEquals(files, listed);
    assertEquals(summary.files(), truth.size());
    assertEquals(STORIES, stories.size());
    assertEquals(STORIES, summary.stories());
    long bytes = 0;
    for (String f : files) {
      bytes += Files.size(shared.resolve(f));
    }
    assertEquals(summary.bytes(), bytes);
  }

  @Test
  void everyTrapKindIsPresentAndNormalStoriesHaveOneOriginal() throws IOException {
    Map<String, Set<String>> storiesByKind = new TreeMap<>();
    Map<String, Integer> originals = new HashMap<>();
    Map<String, Integer> files = new HashMap<>();
    for (String[] line : truth(shared)) {
      storiesByKind.computeIfAbsent(line[2], k -> new HashSet<>()).add(line[1]);
      files.merge(line[1], 1, Integer::sum);
      if (line[2].equals("original")) {
        originals.merge(line[1], 1, Integer::sum);
      }
    }
    assertTrue(storiesByKind.getOrDefault(StoryPlanner.TRAP_BOILERPLATE, Set.of()).size() >= 2);
    assertTrue(storiesByKind.getOrDefault(StoryPlanner.TRAP_FOLLOWUP, Set.of()).size() >= 1);
    assertTrue(storiesByKind.getOrDefault(StoryPlanner.TRAP_TEMPLATE, Set.of()).size() >= 5);
    assertTrue(storiesByKind.getOrDefault(StoryPlanner.TRAP_RECURRING, Set.of()).size() >= 6);
    assertTrue(storiesByKind.getOrDefault("trap_recurring_correction", Set.of()).size() >= 1);
    assertTrue(storiesByKind.getOrDefault(StoryPlanner.WIRE_UPDATE, Set.of()).size() >= 2);
    assertTrue(storiesByKind.getOrDefault(StoryPlanner.WIRE_ABRIDGED, Set.of()).size() >= 2);
    for (String story : storiesByKind.get("copy")) {
      assertEquals(1, originals.getOrDefault(story, 0), story);
    }
    files.values().forEach(n -> assertTrue(n >= 1 && n <= 8));
  }

  @Test
  void recurringBriefsChangeDateAndFiguresAndACorrectionChangesOneFigure() {
    StoryPlanner.Plan plan = StoryPlanner.plan(BaseArticles.load(Paths.get("")), STORIES, SEED);
    Map<String, List<Story>> families = new TreeMap<>();
    for (Story s : plan.stories()) {
      if (s.kind().equals(StoryPlanner.TRAP_RECURRING)) {
        String opening = String.join(" ", java.util.Arrays.copyOf(s.paragraphs().get(0).split(" "), 5));
        families.computeIfAbsent(s.source() + opening, f -> new ArrayList<>()).add(s);
      }
    }
    assertFalse(families.isEmpty());
    for (List<Story> family : families.values()) {
      for (int i = 1; i < family.size(); i++) {
        Story a = family.get(i - 1);
        Story b = family.get(i);
        long days = java.time.temporal.ChronoUnit.DAYS.between(a.date(), b.date());
        assertTrue(days >= 1 && days <= 3, "a brief every 1-3 days: " + a.date() + " " + b.date());
        assertNotEquals(figures(a.paragraphs()), figures(b.paragraphs()), a.id() + " and " + b.id());
      }
    }
    Story brief = families.values().iterator().next().get(0);
    TemplateStories.Text corrected = WireStories.corrected(new Rng(7), new TemplateStories.Text(brief.title(),
        brief.paragraphs()));
    List<String> before = figures(brief.paragraphs());
    List<String> body = corrected.paragraphs().get(0).startsWith("(Corrects")
        ? corrected.paragraphs().subList(1, corrected.paragraphs().size()) : corrected.paragraphs();
    List<String> after = figures(body);
    assertEquals(before.size(), after.size());
    assertNotEquals(before.get(0), after.get(0));
    assertEquals(before.subList(1, before.size()), after.subList(1, after.size()));
  }

  private static List<String> figures(List<String> paragraphs) {
    List<String> out = new ArrayList<>();
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\d+(\\.\\d+)?").matcher(String.join(" ", paragraphs));
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }

  @Test
  void refusesToWriteIntoANonEmptyFolder() {
    assertThrows(IllegalStateException.class, () -> CorpusGenerator.generate(shared, STORIES, SEED));
  }

  @Test
  void trapsAreBuiltAsSpecified() {
    List<BaseArticles.Base> bases = BaseArticles.load(Paths.get(""));
    assertTrue(bases.size() >= 20, "real bases: " + bases.size());
    StoryPlanner.Plan plan = StoryPlanner.plan(bases, STORIES, SEED);
    Map<String, Story> byId = new HashMap<>();
    plan.stories().forEach(s -> byId.put(s.id(), s));
    for (Story s : plan.stories()) {
      switch (s.kind()) {
        case StoryPlanner.TRAP_FOLLOWUP -> {
          Story earlier = byId.get(s.source().substring("followup:".length()));
          for (Story other : plan.stories()) {
            if (other != s) {
              assertEquals(other == earlier ? 1 : 0, sharedParagraphs(s, other), s.id() + " vs " + other.id());
            }
          }
        }
        case StoryPlanner.TRAP_BOILERPLATE -> {
          int words = s.paragraphs().stream().mapToInt(p -> p.split(" ").length).sum();
          assertTrue(words <= 110 && s.paragraphs().size() <= 3, s.id() + ": " + words + " words");
        }
        default -> { }
      }
    }
    for (List<String> group : plan.groups()) {
      Set<String> leads = new HashSet<>();
      group.forEach(id -> leads.add(byId.get(id).paragraphs().get(0)));
      assertEquals(group.size(), leads.size(), "trap group members must be different stories");
    }
    List<Set<String>> synthetic = new ArrayList<>();
    for (Story s : plan.stories()) {
      if (s.source().equals("synthetic")) {
        synthetic.add(BaseArticles.shingles(s.paragraphs()));
      }
    }
    for (int i = 0; i < synthetic.size(); i++) {
      for (int j = i + 1; j < synthetic.size(); j++) {
        assertTrue(BaseArticles.containment(synthetic.get(i), synthetic.get(j)) < 0.15);
      }
    }
  }

  @Test
  void everyFileParsesWithABody() throws IOException {
    for (String[] line : truth(shared)) {
      byte[] bytes = Files.readAllBytes(shared.resolve("files").resolve(line[0]));
      String name = line[0];
      if (name.endsWith(".gz")) {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
          bytes = in.readAllBytes();
        }
        name = name.substring(0, name.length() - 3);
      }
      ParsedArticle parsed = ArticleParser.parse(name, new String(bytes, StandardCharsets.UTF_8));
      assertFalse(parsed.paragraphs().isEmpty(), line[0]);
      assertFalse(parsed.bodyText().isBlank(), line[0]);
    }
  }

  private static int sharedParagraphs(Story a, Story b) {
    Set<String> left = new HashSet<>();
    a.paragraphs().forEach(p -> left.add(BaseArticles.normal(p)));
    return (int) b.paragraphs().stream().map(BaseArticles::normal).distinct().filter(left::contains).count();
  }

  private static List<String[]> truth(Path dir) throws IOException {
    List<String[]> out = new ArrayList<>();
    for (String line : Files.readAllLines(dir.resolve("truth.tsv"), StandardCharsets.UTF_8)) {
      out.add(line.split("\t", -1));
    }
    return out;
  }

  /** Every regular file under dir by its relative path, with its bytes. */
  private static Map<String, byte[]> contents(Path dir) throws IOException {
    Map<String, byte[]> out = new TreeMap<>();
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.filter(Files::isRegularFile).toList()) {
        out.put(dir.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
      }
    }
    return out;
  }
}
