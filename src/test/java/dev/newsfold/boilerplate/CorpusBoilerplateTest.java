package dev.newsfold.boilerplate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
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
}
