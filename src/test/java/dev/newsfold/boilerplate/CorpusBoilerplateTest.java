package dev.newsfold.boilerplate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CorpusBoilerplateTest {
  private static String sentence(String topic, int n) {
    return "The " + topic + " council said on Tuesday that paragraph number " + n + " of its report was final.";
  }

  private static List<String> story(String topic, int paragraphs) {
    List<String> p = new ArrayList<>();
    for (int i = 0; i < paragraphs; i++) {
      p.add(sentence(topic, i));
    }
    return p;
  }

  @Test
  void editedCopiesOfOneStoryAreOneStory() {
    List<long[]> copies = new ArrayList<>();
    for (int copy = 0; copy < 3; copy++) {
      List<String> p = story("harbour", 6);
      p.set(3, p.get(3).replace("final", "final, copy " + copy + " says")); // each outlet edited one paragraph
      copies.add(CorpusBoilerplate.keys(p));
    }
    assertEquals(1, CorpusBoilerplate.storiesSharing(copies));
  }

  @Test
  void pagesOfThreeStoriesSharingASiteFooterAreThreeStories() {
    String footer = "The Valley Ledger is an independent title serving the towns and villages of the valley since 1902.";
    String appeal = "Please support the Valley Ledger with a small donation to keep reporting in the valley alive today.";
    List<long[]> pages = new ArrayList<>();
    for (String topic : List.of("harbour", "school", "railway")) {
      List<String> p = story(topic, 3);
      p.add(footer);
      p.add(appeal);
      pages.add(CorpusBoilerplate.keys(p));
    }
    assertEquals(3, CorpusBoilerplate.storiesSharing(pages));
  }

  @Test
  void aPageHoldsItsParagraphsWithItsKeysUpToTheCapAndWithItsLowestKeysAndTheParagraphPastIt() {
    int cap = CorpusBoilerplate.MAX_HOLDER_KEYS;
    long[] atCap = CorpusBoilerplate.keys(story("harbour", cap));
    assertSame(atCap, CorpusBoilerplate.holderKeys(atCap));
    assertSame(atCap, CorpusBoilerplate.withHeld(CorpusBoilerplate.holderKeys(atCap), atCap[cap - 1]));
    long[] longer = CorpusBoilerplate.keys(story("harbour", 3 * cap));
    long[] lowest = java.util.Arrays.copyOf(longer, cap);
    assertArrayEquals(lowest, CorpusBoilerplate.holderKeys(longer));
    assertArrayEquals(lowest, CorpusBoilerplate.withHeld(CorpusBoilerplate.holderKeys(longer), longer[cap - 1]));
    long[] withLast = java.util.Arrays.copyOf(lowest, cap + 1);
    withLast[cap] = longer[longer.length - 1];
    assertArrayEquals(withLast,
        CorpusBoilerplate.withHeld(CorpusBoilerplate.holderKeys(longer), longer[longer.length - 1]));
  }

  @Test
  void longVersionsOfOneStoryHeldByTheirSamplesAreOneStoryAndTwoOthersMakeTheirFooterBoilerplate() {
    String footer = "The Valley Ledger is an independent title serving the towns and villages of the valley since 1902.";
    List<List<String>> corpus = new ArrayList<>();
    for (int version = 0; version < 3; version++) {
      List<String> p = story("inquiry", 3 * CorpusBoilerplate.MAX_HOLDER_KEYS);
      for (int edited = version; edited < p.size(); edited += 40) { // each version edits its own paragraphs
        p.set(edited, p.get(edited).replace("final", "final, version " + version + " says"));
      }
      p.add(footer);
      corpus.add(p);
    }
    long footerKey = CorpusBoilerplate.paragraphKey(footer);
    assertFalse(CorpusBoilerplate.recurringParagraphs(corpus, 3).contains(footerKey));
    corpus.add(List.of(sentence("school", 1), sentence("school", 2), footer));
    corpus.add(List.of(sentence("railway", 1), sentence("railway", 2), footer));
    assertEquals(Set.of(footerKey), CorpusBoilerplate.recurringParagraphs(corpus, 3));
  }

  private static final String FOOTER = "Please support the Valley Ledger with a small donation to keep reporting in the valley alive.";

  private static String drained(String figure) {
    return "The bank had drained " + figure + " billion crowns of reserves earlier in the statement period, dealers said.";
  }

  @Test
  void aParagraphsFrameMasksItsFiguresAndNeedsFiguresAndLength() {
    assertEquals(CorpusBoilerplate.frameKey(drained("4.2")), CorpusBoilerplate.frameKey(drained("6.0")));
    assertNotEquals(CorpusBoilerplate.paragraphKey(drained("4.2")), CorpusBoilerplate.paragraphKey(drained("6.0")));
    assertEquals(0, CorpusBoilerplate.frameKey(FOOTER)); // no figure
    assertEquals(0, CorpusBoilerplate.frameKey("Comments (12)")); // too short to be a story's sentence
  }

  @Test
  void figuresAreMaskedAsTheFigureRegexMasksThem() {
    java.util.regex.Pattern figure = java.util.regex.Pattern.compile("\\d+([.,/:-]\\d+)*");
    String alphabet = "0123456789.,/:-- a#\u0663\uff11"; // Arabic-Indic and full-width digits are not \d.
    java.util.Random random = new java.util.Random(5);
    for (int n = 0; n < 20_000; n++) {
      StringBuilder text = new StringBuilder();
      for (int i = random.nextInt(25); i > 0; i--) {
        text.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      java.util.regex.Matcher m = figure.matcher(text);
      String expected = m.find() ? m.replaceAll("#") : null;
      assertEquals(expected, CorpusBoilerplate.maskFigures(text.toString()), text.toString());
    }
    assertEquals("drained # billion on # at #", CorpusBoilerplate.maskFigures("drained 4.2 billion on 2024-06-01 at 10:30"));
    assertEquals(null, CorpusBoilerplate.maskFigures("no figures here."));
  }

  @Test
  void aRecurringBriefsSentenceThatStoriesRepeatByChanceIsNotBoilerplateButTheFooterIs() {
    // Briefs of one family on five days; three of them drained 4.2 billion, each with its own first paragraph.
    List<List<String>> corpus = new ArrayList<>();
    String[] figures = {"4.2", "4.2", "4.2", "6.0", "3.1", "7.7", "2.5"};
    for (int day = 0; day < figures.length; day++) {
      corpus.add(List.of("The bank arranged " + (day + 1) + ".5 billion crowns of repurchase agreements on day "
          + day + " of the period.", drained(figures[day]), FOOTER));
    }
    Set<Long> recurring = CorpusBoilerplate.recurringParagraphs(corpus, 3);
    assertTrue(recurring.contains(CorpusBoilerplate.paragraphKey(FOOTER)));
    assertFalse(recurring.contains(CorpusBoilerplate.paragraphKey(drained("4.2"))));
  }

  @Test
  void aSentenceWithFewFigureVariantsIsStillBoilerplate() {
    // A footer's year changes now and then; verbatim in three stories, it is the site's.
    String footer = "Copyright 2025 Valley Ledger Media, all rights reserved, no part may be reproduced.";
    List<List<String>> corpus = new ArrayList<>();
    for (String topic : List.of("harbour", "school", "railway")) {
      corpus.add(List.of(sentence(topic, 1), footer));
    }
    corpus.add(List.of(sentence("bridge", 1), footer.replace("2025", "2024")));
    assertTrue(CorpusBoilerplate.recurringParagraphs(corpus, 3).contains(CorpusBoilerplate.paragraphKey(footer)));
  }
}
