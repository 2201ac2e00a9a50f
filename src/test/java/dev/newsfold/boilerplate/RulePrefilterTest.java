package dev.newsfold.boilerplate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The keyword prefilter in front of the unanchored rules never changes a rule's answer. */
class RulePrefilterTest {
  /** Words the rules look for, in several cases and spellings, and words they do not. */
  private static final String[] FRAGMENTS = {"Sign up", "SUBSCRIBE", "newsletter", "Newsletters", "inbox",
      "delivered to your inbox", "cookies", "COOKIE policy", "we use cookies", "by continuing to browse",
      "©", "(c) 2024", "Copyright 2025", "All Rights Reserved", "may not be published, broadcast",
      "rewritten or redistributed", "reprint rights", "Photo:", "photograph: Jane Doe", "(Photo by AFP)",
      "/ AFP", "via Reuters", "courtesy of Getty Images", "support independent journalism",
      "become a member of us", "one-off donation", "monthly contribution", "gift", "donate now", "ſubscribe",
      "ſign up for our newsletter", "Kelvin \u212a", "İnbox", "the", "strike", "port", "minister said", ".", ",",
      "Lisbon", "20 July", "\u00a0"};

  @Test
  void everyParagraphOfTheGoldAndSampleCorporaGetsTheSameAnswer() throws IOException {
    List<String> texts = new ArrayList<>();
    for (Path root : List.of(Path.of("src/test/resources/gold"), Path.of("sample-input"))) {
      try (Stream<Path> files = Files.walk(root)) {
        for (Path f : files.filter(Files::isRegularFile).filter(p -> !p.toString().endsWith(".gz")).toList()) {
          String content = new String(Files.readAllBytes(f), java.nio.charset.StandardCharsets.UTF_8);
          for (String line : content.split("\n")) {
            texts.add(line.strip());
            texts.add(line.strip().toUpperCase(Locale.ROOT));
          }
          for (String paragraph : content.split("\n\\s*\n")) {
            texts.add(paragraph.strip().replace('\n', ' '));
          }
        }
      }
    }
    int matched = 0;
    for (String text : texts) {
      String expected = BoilerplateRules.singleRuleUnfiltered(text);
      assertEquals(expected, BoilerplateRules.singleRule(text), text);
      matched += expected != null ? 1 : 0;
    }
    assertTrue(texts.size() > 5_000 && matched > 100, texts.size() + " texts, " + matched + " matched");
  }

  @Test
  void randomCompositionsOfRuleWordsGetTheSameAnswer() {
    SplittableRandom random = new SplittableRandom(20261122);
    int matched = 0;
    for (int i = 0; i < 20_000; i++) {
      StringBuilder text = new StringBuilder();
      for (int w = 0, n = 1 + random.nextInt(12); w < n; w++) {
        text.append(FRAGMENTS[random.nextInt(FRAGMENTS.length)]).append(random.nextInt(4) == 0 ? "" : " ");
      }
      String t = text.toString().strip();
      String expected = BoilerplateRules.singleRuleUnfiltered(t);
      assertEquals(expected, BoilerplateRules.singleRule(t), t);
      matched += expected != null ? 1 : 0;
    }
    assertTrue(matched > 1_000, matched + " of 20,000 matched a rule");
  }
}
