package dev.newsfold.fingerprint;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class StoryEvidenceTest {
  @Test
  void figuresAreNumbersWithTheirSeparatorsAndNumberWordsAsDigits() {
    assertEquals(3, StoryEvidence.figures(List.of("Funds at 6-3/16 pct, 1.5 billion dlrs and 1,500 shares.")).length);
    assertArrayEquals(StoryEvidence.figures(List.of("It sold 1,500 cars in two days.")),
        StoryEvidence.figures(List.of("It sold 1500 cars in 2 days.")));
    assertNotEquals(StoryEvidence.figures(List.of("at 6-3/16 pct"))[0], StoryEvidence.figures(List.of("at 6-1/4 pct"))[0]);
    assertEquals(0, StoryEvidence.figures(List.of("No numbers here at all.")).length);
  }

  @Test
  void sentencesAreKeptInOrderAndShortFragmentsAreSkipped() {
    long[] s = StoryEvidence.sentences(List.of("The first sentence is here. The second one follows it. Ok.",
        "A third sentence in another paragraph."));
    assertEquals(3, s.length);
    assertEquals(StoryEvidence.sentences(List.of("The second one follows it."))[0], s[1]);
  }

  @Test
  void revisionMarksUpdatesAndCorrections() {
    assertEquals(0, StoryEvidence.revision("Fed adds reserves", "The Fed entered the market."));
    assertEquals(2, StoryEvidence.revision("UPDATE 2-Quake kills 15", "At least 15 people died."));
    assertTrue(StoryEvidence.of(List.of("Funds at 6 pct."), "CORRECTED - FED ADDS RESERVES", null).isCorrection());
    assertTrue(StoryEvidence.of(List.of("(Corrects figure in first paragraph)", "Funds at 6 pct."), "Fed", null)
        .isCorrection());
    assertFalse(StoryEvidence.of(List.of("The company corrected its forecast on Monday."), "Forecast cut", null)
        .isCorrection());
  }

  @Test
  void figureFramesAreTheWordingOfSentencesWithFiguresTheirFiguresMasked() {
    StoryEvidence a = StoryEvidence.of(List.of("The bank arranged 3.8 billion crowns of repurchases.",
        "Dealers said the market was calm today."), "Bank", null);
    StoryEvidence corrected = StoryEvidence.of(List.of("The bank arranged 46 billion crowns of repurchases.",
        "Dealers said the market was calm today."), "Bank", null);
    StoryEvidence inWords = StoryEvidence.of(List.of("The bank arranged two billion crowns of repurchases."), "Bank", null);
    StoryEvidence otherBank = StoryEvidence.of(List.of("The fund arranged 3.8 billion crowns of repurchases."), "Fund", null);
    assertEquals(1, a.figureFrames().length, "the sentence without a figure is no frame");
    assertArrayEquals(a.figureFrames(), corrected.figureFrames());
    assertArrayEquals(a.figureFrames(), inWords.figureFrames());
    assertNotEquals(a.figureFrames()[0], otherBank.figureFrames()[0]);
  }

  @Test
  void sentenceAndFrameHashesArePinned() {
    // Archives store these hashes and compare them with later runs': a faster way to compute them must give
    // the same values. Pinned from the version that hashed String.join(" ", words) of each sentence and frame.
    StoryEvidence.SentenceHashes hashes = StoryEvidence.sentenceHashes(List.of(
        "The bank raised its rate to 4.25 percent on Tuesday, the second rise in two months. Analysts expected it.",
        "Shares in Lisbon fell 3% as traders sold. \u201cWe are cautious,\u201d said one. Ok.",
        "\u03a3 final \u03a3\u0391\u03a3 test of four words here!"));
    assertArrayEquals(new long[] {-3057230347583943625L, 2429914560841686185L, -4471502504627242815L,
        -8003712044384449350L}, hashes.plain());
    assertArrayEquals(new long[] {-6035827151355360439L, -7566832460039626084L, 954604221711298676L,
        -5870073080092346031L}, hashes.frames());
  }

  @Test
  void aFrameMasksEachRunOfFiguresOnce() {
    assertEquals(StoryEvidence.joinedHash(List.of("rate", "rose", "to", "#", "percent")),
        StoryEvidence.frameHash(List.of("rate", "rose", "to", "4", "25", "percent")));
    assertEquals(StoryEvidence.joinedHash(List.of("#", "rose", "to", "#")),
        StoryEvidence.frameHash(List.of("two", "rose", "to", "4", "five")));
    assertTrue(StoryEvidence.isFrame(List.of("rate", "rose", "to", "4", "25")));
    assertFalse(StoryEvidence.isFrame(List.of("rose", "to", "4", "25")), "three words once masked");
    assertFalse(StoryEvidence.isFrame(List.of("no", "figure", "in", "this", "sentence")));
  }
}
