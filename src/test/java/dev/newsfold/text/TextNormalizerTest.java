package dev.newsfold.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class TextNormalizerTest {

  @Test
  void curlyAndStraightQuotesNormalizeAlike() {
    assertEquals(
        TextNormalizer.normalize("He said \"yes\" and it's done"),
        TextNormalizer.normalize("He said \u201Cyes\u201D and it\u2019s done"));
    assertEquals("'a' \"b\" 'c' \"d\"",
        TextNormalizer.normalize("\u2018a\u2019 \u201Eb\u201F \u201Ac\u201B \u00ABd\u00BB"));
  }

  @Test
  void dashesAreUnified() {
    assertEquals("a-b-c-d-e", TextNormalizer.normalize("a\u2013b\u2014c\u2212d\u2010e"));
  }

  @Test
  void nfkcFoldsCompatibilityForms() {
    // Full-width letters and digits, the fi ligature, superscript two.
    assertEquals("abc 123 file x2", TextNormalizer.normalize("\uFF21\uFF22\uFF23 \uFF11\uFF12\uFF13 \uFB01le x\u00B2"));
    // Composed and decomposed e-acute are the same text.
    assertEquals(TextNormalizer.normalize("caf\u00E9"), TextNormalizer.normalize("cafe\u0301"));
  }

  @Test
  void caseIsFolded() {
    assertEquals("hello world", TextNormalizer.normalize("HeLLo WORLD"));
    // Long s and Greek final sigma fold to the same string as their plain forms.
    assertEquals(TextNormalizer.normalize("Ss"), TextNormalizer.normalize("S\u017F"));
    assertEquals(TextNormalizer.normalize("\u039F\u0394\u039F\u03A3"), TextNormalizer.normalize("\u03BF\u03B4\u03BF\u03C2"));
  }

  @Test
  void whitespaceIsCollapsedAndTrimmed() {
    assertEquals("a b c d", TextNormalizer.normalize("  \t a \n\n b\u00A0\u00A0c\u202F\r\nd \u2007 "));
    assertEquals("", TextNormalizer.normalize(" \n\t\u00A0 "));
    assertEquals("x y", TextNormalizer.normalize("\uFEFFx\u0000y"));
  }

  @Test
  void differentWordsStayDifferent() {
    assertNotEquals(TextNormalizer.normalize("the cat sat"), TextNormalizer.normalize("the cat sits"));
  }

  @Test
  void wordsDropPunctuationAndApostrophes() {
    assertEquals(List.of("hamass", "leader", "said", "it", "s", "a", "deal", "2025"),
        TextNormalizer.words("Hamas\u2019s leader said: \"it-s a DEAL\" (2025)."));
    assertEquals(TextNormalizer.words("Hamas's"), TextNormalizer.words("Hamas\u2019s"));
    assertEquals(List.of("tis"), TextNormalizer.words("'tis"));
    assertTrue(TextNormalizer.words(" ... -- !! ").isEmpty());
  }

  /** Characters the one-pass path takes, characters it must hand to the full path, and ones where the two could differ. */
  private static final String PALETTE = "aZ09 .,;:'\"!?()-`\t\n\r\u000b\u001f\u007f\u0000"
      + "\u2018\u2019\u201C\u201D\u2013\u2014\u00A0"
      + "\u00E9\u00DF\u0130\u03A3\u03C2\u017F\uFB01\u00BD\u2026\u00B4\u2033\u2032\u0301\uFF21\u2007\u202F"
      + "\uFEFF\u2011\u2212\u00AB\u0085\u2028\u3000\uD83D\uDE00\uD800\u0080\u00B5\u1E9E";

  @Test
  void thePlainPathGivesWhatTheFullPathGives() {
    Random random = new Random(15);
    for (int n = 0; n < 20_000; n++) {
      StringBuilder text = new StringBuilder();
      int length = random.nextInt(24);
      for (int i = 0; i < length; i++) {
        text.append(PALETTE.charAt(random.nextInt(PALETTE.length())));
      }
      String input = text.toString();
      String plain = TextNormalizer.normalizePlain(input);
      if (plain != null) {
        assertEquals(TextNormalizer.normalizeFully(input), plain, () -> "for " + escaped(input));
      }
      assertEquals(TextNormalizer.normalizeFully(input), TextNormalizer.normalize(input), () -> "for " + escaped(input));
    }
  }

  @Test
  void everyCharacterThePlainPathTakesFoldsAsTheFullPathFoldsIt() {
    int taken = 0;
    for (char c = 0; c < Character.MAX_VALUE; c++) {
      for (String text : List.of(String.valueOf(c), "Ab" + c + "Cd", c + "\u0301", "\u03A3" + c, c + "e\u0301")) {
        String plain = TextNormalizer.normalizePlain(text);
        if (plain != null) {
          assertEquals(TextNormalizer.normalizeFully(text), plain, () -> "for " + escaped(text));
        }
      }
      if (TextNormalizer.normalizePlain(String.valueOf(c)) != null) {
        taken++;
      }
    }
    assertTrue(taken > 200, "ASCII, Latin-1 and news punctuation take the one-pass path: " + taken);
  }

  @Test
  void thePlainPathTakesEveryLineOfTheSampleAndAgrees() throws IOException {
    List<String> lines;
    try (Stream<Path> files = Files.list(Path.of("sample-input"))) {
      lines = files.filter(f -> !f.toString().endsWith(".gz")).sorted().flatMap(TextNormalizerTest::lines).toList();
    }
    assertTrue(lines.size() > 500, "the sample holds text");
    long plain = 0;
    for (String line : lines) {
      String fast = TextNormalizer.normalizePlain(line);
      if (fast != null) {
        plain++;
        assertEquals(TextNormalizer.normalizeFully(line), fast, () -> "for " + escaped(line));
      }
    }
    assertTrue(plain > lines.size() * 0.9, "most news text takes the one-pass path: " + plain + " of " + lines.size());
  }

  @Test
  void textOutsideThePlainSetGoesTheFullWay() {
    assertNull(TextNormalizer.normalizePlain("cafe\u0301"));
    assertNull(TextNormalizer.normalizePlain("stra\u00DFe"));
    assertNull(TextNormalizer.normalizePlain("\uFB01nance"));
    assertNull(TextNormalizer.normalizePlain("wait\u2026"));
    assertNotNull(TextNormalizer.normalizePlain("\u201CNo,\u201D she said \u2013 twice"));
    assertEquals("\"no,\" she said - twice", TextNormalizer.normalize("\u201CNo,\u201D  she said \u2013 twice"));
  }

  private static Stream<String> lines(Path file) {
    try {
      return Files.readAllLines(file, StandardCharsets.UTF_8).stream();
    } catch (IOException e) {
      return Stream.of(); // A sample file that is not UTF-8 text has no lines to compare here.
    }
  }

  private static String escaped(String text) {
    StringBuilder out = new StringBuilder();
    text.chars().forEach(c -> out.append(c < 0x20 || c > 0x7E ? String.format("\\u%04x", c) : String.valueOf((char) c)));
    return out.toString();
  }
}
