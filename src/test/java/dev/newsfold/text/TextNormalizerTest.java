package dev.newsfold.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
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
}
