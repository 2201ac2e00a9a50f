package dev.newsfold.boilerplate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AnchoredPrefixesTest {
  @Test
  void theStartsAreTheLeadingLiteralsOfEachAlternative() {
    assertArrayEquals(new String[] {"related", "read more", "see"},
        AnchoredPrefixes.of("(?i)^(Related( articles?)?|read more|(?:see) also)\\s*:"), "a group's starts stop at its end");
    assertArrayEquals(new String[] {"original ", "source", "this "},
        AnchoredPrefixes.of("^(?:(original (url|story)|source( url)?)\\s*:|this (article|story)\\b)"));
  }

  @Test
  void aQuantifiedLastCharacterIsLeftOut() {
    assertArrayEquals(new String[] {"log", "comment", "tag", "aa"}, AnchoredPrefixes.of("^(log ?in|comments?|tags*:|aa+b)$"));
    assertArrayEquals(new String[] {"min"}, AnchoredPrefixes.of("^(minu{1,2}te)"));
  }

  @Test
  void escapedPunctuationIsLiteralAndClassesEndTheStart() {
    assertArrayEquals(new String[] {"(", "reporting by"}, AnchoredPrefixes.of("^(?:\\(\\s*reporting|reporting by\\b)"));
    assertArrayEquals(new String[] {"0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "x"},
        AnchoredPrefixes.of("^(\\d+ min read|x)$"));
    assertArrayEquals(new String[] {"a"}, AnchoredPrefixes.of("^(a[)|]b|a)"), "a ) or | in a class is not structure");
  }

  @Test
  void startsThatCannotBeReadSimplyGiveNone() {
    assertNull(AnchoredPrefixes.of("\\bnewsletter"), "not anchored");
    assertNull(AnchoredPrefixes.of("^share|tweet"), "anchored in its first alternative only");
    assertNull(AnchoredPrefixes.of("^(the )?story"), "an optional first group");
    assertArrayEquals(new String[] {"a", ""}, AnchoredPrefixes.of("^(a|\\d*b)"), "a digit that may be absent: any start");
    assertArrayEquals(new String[] {""}, AnchoredPrefixes.of("^[abc]x"), "a class first: every text may start so");
  }

  @Test
  void aTextMayMatchOnlyWhenItStartsWithOne() {
    String[] starts = AnchoredPrefixes.of("(?i)^(share|copy link)[.!:]?$");
    assertTrue(AnchoredPrefixes.mayStartWith("share this", starts));
    assertTrue(AnchoredPrefixes.mayStartWith("copy link", starts));
    assertFalse(AnchoredPrefixes.mayStartWith("the minister said", starts));
  }
}
