package dev.newsfold.collapse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsfold.fingerprint.CopyFingerprint;
import dev.newsfold.fingerprint.Shingles;
import dev.newsfold.fingerprint.StoryEvidence;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FoldRulesTest {
  static final FoldRules RULES = FoldRules.DEFAULT;
  static final LocalDate MARCH_2 = LocalDate.of(1987, 3, 2);

  static CopyFingerprint copy(String id, String title, LocalDate date, List<String> paragraphs) {
    long[] shingles = Shingles.of(paragraphs, 4);
    return new CopyFingerprint(id, "exact-" + String.join("|", paragraphs).hashCode(), shingles, new long[0],
        String.join("\n\n", paragraphs).length(), 2, shingles.length, StoryEvidence.of(paragraphs, title, date));
  }

  static List<String> reserves(String amount, String rate) {
    return List.of("The Federal Reserve entered the U.S. Government securities market to arrange " + amount
        + " billion dlrs of customer repurchase agreements, a Fed spokesman said.",
        "Dealers said Federal funds were trading at " + rate + " pct when the Fed began its temporary and indirect "
        + "supply of reserves to the banking system.");
  }

  @Test
  void recurringBriefsOfDifferentDaysStayApartWithinAndBeyondTheWindow() {
    CopyFingerprint march2 = copy("a", "FED ADDS RESERVES", MARCH_2, reserves("1.5", "6-3/16"));
    CopyFingerprint march3 = copy("b", "FED ADDS RESERVES", MARCH_2.plusDays(1), reserves("1.5", "6-1/4"));
    CopyFingerprint march11 = copy("c", "FED ADDS RESERVES", MARCH_2.plusDays(9), reserves("two", "6-5/16"));
    assertEquals(FoldRules.Outcome.APART_FIGURES, RULES.judge(march2, march3).outcome());
    assertEquals(FoldRules.Outcome.APART_TIME, RULES.judge(march2, march11).outcome());
    CopyFingerprint sameFiguresLater = copy("d", "FED ADDS RESERVES", MARCH_2.plusDays(9), reserves("1.5", "6-3/16"));
    assertEquals(FoldRules.Outcome.APART_TIME, RULES.judge(march2, sameFiguresLater).outcome(),
        "a short text dated far apart is another day's, even word for word");
  }

  @Test
  void aSameDayCorrectionFoldsAsARevisionAndAResendFoldsAsNear() {
    CopyFingerprint original = copy("a", "FED ADDS RESERVES", MARCH_2, reserves("1.5", "6-3/16"));
    CopyFingerprint corrected = copy("b", "CORRECTED - FED ADDS RESERVES", MARCH_2, reserves("2.5", "6-3/16"));
    FoldRules.Verdict v = RULES.judge(original, corrected);
    assertEquals(MatchRule.REVISION, v.rule());
    CopyFingerprint resend = copy("c", "REPEAT - FED ADDS RESERVES", MARCH_2, reserves("1.5", "6-3/16"));
    assertEquals(MatchRule.NEAR, RULES.judge(original, resend).rule());
  }

  @Test
  void theSameFrameWithEveryFigureChangedOnTheSameDayIsAnotherBrief() {
    CopyFingerprint fed = copy("a", "FED ADDS RESERVES", MARCH_2, reserves("1.5", "6-3/16"));
    CopyFingerprint allChanged = copy("b", "FED ADDS RESERVES", MARCH_2, reserves("2.5", "6-1/4"));
    assertEquals(FoldRules.Outcome.APART_FIGURES, RULES.judge(fed, allChanged).outcome(),
        "a correction changes a figure, not every figure: another institution's or market's brief");
    CopyFingerprint oneChanged = copy("c", "FED ADDS RESERVES", MARCH_2, reserves("2.5", "6-3/16"));
    assertEquals(MatchRule.REVISION, RULES.judge(fed, oneChanged).rule());
  }

  static List<String> bankBrief(String bank, String amount, String rate, String drained) {
    return List.of("The " + bank + " entered the government securities market to arrange " + amount
        + " billion crowns of system repurchase agreements, a bank spokesman said.",
        "Dealers said overnight funds were trading at " + rate + " pct when the bank began its temporary and indirect"
        + " supply of reserves to the banking system on Wednesday.",
        "The bank had drained " + drained + " billion crowns of reserves earlier in the statement period, dealers said.");
  }

  @Test
  void anotherBanksBriefOfTheSameDayWithFiguresAlikeByChanceIsNoRevision() {
    CopyFingerprint varnholm = copy("a", "VARNHOLM ADDS RESERVES", MARCH_2, bankBrief("Varnholm National Bank", "2.3", "6-11/16", "3.6"));
    CopyFingerprint estuary = copy("b", "ESTUARY ADDS RESERVES", MARCH_2, bankBrief("Central Bank of Estuary", "3.8", "6-11/16", "3.6"));
    assertEquals(FoldRules.Outcome.APART_FIGURES, RULES.judge(varnholm, estuary).outcome(),
        "two of three figures alike, but a correction does not change the bank's name");
    CopyFingerprint corrected = copy("c", "CORRECTED - ESTUARY ADDS RESERVES", MARCH_2,
        bankBrief("Central Bank of Estuary", "46", "6-11/16", "3.6"));
    assertEquals(MatchRule.REVISION, RULES.judge(estuary, corrected).rule());
    assertEquals(FoldRules.Outcome.APART_FIGURES, RULES.judge(varnholm, corrected).outcome());
  }

  @Test
  void sameDayCopiesTrimmedOfDifferentParagraphsStillFold() {
    String opening = "Councillors approved a 12 million plan to restore the old pier on Tuesday, six years after it"
        + " was closed to the public over safety fears raised by engineers.";
    String money = "The cabinet voted to release 4.5 million from reserves, with a 5.2 million heritage grant and 2.3"
        + " million from an operator.";
    String piles = "Work will replace 140 of the pier's cast-iron piles, many of which have lost a third of their thickness.";
    String quote = "The council leader said the pier is on every postcard of this place and that the town was not"
        + " prepared to let it fall into the sea.";
    CopyFingerprint withMoney = copy("a", "Pier plan approved", MARCH_2, List.of(opening, money, quote));
    CopyFingerprint withPiles = copy("b", "Pier plan approved", MARCH_2, List.of(opening, piles, quote));
    assertEquals(MatchRule.REVISION, RULES.judge(withMoney, withPiles).rule(),
        "each dropped another paragraph: a dropped sentence is not a reworded one");
  }

  @Test
  void undatedCopiesFoldOnTheirTextButNotAcrossChangedFigures() {
    CopyFingerprint dated = copy("a", "FED ADDS RESERVES", MARCH_2, reserves("1.5", "6-3/16"));
    assertEquals(MatchRule.NEAR, RULES.judge(dated, copy("b", "Fed", null, reserves("1.5", "6-3/16"))).rule());
    assertEquals(FoldRules.Outcome.APART_FIGURES,
        RULES.judge(dated, copy("c", "Fed", null, reserves("1.5", "6-1/4"))).outcome());
  }

  /** A story of distinct words (no figures): paragraphs of three twelve-word sentences. */
  static List<String> longStory(int paragraphs) {
    List<String> p = new ArrayList<>();
    int n = 0;
    for (int i = 0; i < paragraphs; i++) {
      StringBuilder paragraph = new StringBuilder();
      for (int s = 0; s < 3; s++) {
        StringBuilder sentence = new StringBuilder();
        for (int w = 0; w < 12; w++) {
          sentence.append(w == 0 ? "" : " ").append(word(n++));
        }
        paragraph.append(s == 0 ? "" : " ").append(sentence).append('.');
      }
      p.add(paragraph.toString());
    }
    return p;
  }

  private static String word(int n) {
    StringBuilder w = new StringBuilder("w");
    do {
      w.append((char) ('a' + n % 26));
      n /= 26;
    } while (n > 0);
    return w.toString();
  }

  @Test
  void anAbridgedReprintFoldsAtLowJaccard() {
    List<String> full = longStory(12);
    CopyFingerprint story = copy("a", "Barrier", MARCH_2, full);
    CopyFingerprint firstTwo = copy("b", "Barrier", MARCH_2, full.subList(0, 2));
    FoldRules.Verdict v = RULES.judge(firstTwo, story);
    assertTrue(v.similarity().jaccard() < 0.2, "Jaccard " + v.similarity().jaccard());
    assertEquals(MatchRule.ABRIDGED, v.rule());
    List<String> dropped = new ArrayList<>();
    for (String p : full) {
      dropped.add(p.substring(0, p.indexOf(". ") + 1)); // Only the first sentence of each paragraph.
    }
    assertEquals(MatchRule.ABRIDGED, RULES.judge(copy("c", "Barrier", null, dropped), story).rule());
  }

  @Test
  void aLongStoryResentFarLaterIsAReprintButAnEditedOneIsNot() {
    List<String> full = longStory(10);
    CopyFingerprint story = copy("a", "Barrier", MARCH_2, full);
    assertEquals(MatchRule.REPRINT, RULES.judge(story, copy("b", "Barrier", MARCH_2.plusDays(30), full)).rule());
    List<String> trimmed = full.subList(0, 6);
    assertEquals(FoldRules.Outcome.APART_TIME,
        RULES.judge(story, copy("c", "Barrier", MARCH_2.plusDays(30), trimmed)).outcome());
    assertEquals(MatchRule.NEAR, new FoldRules(MatchThresholds.DEFAULT, 60)
        .judge(story, copy("d", "Barrier", MARCH_2.plusDays(30), trimmed)).rule(), "a wider window folds it");
  }

  @Test
  void whatNeverFoldsTellsFromDatesAndLengthsJudgeNeverFolds() {
    List<String> full = longStory(20);
    List<CopyFingerprint> prints = new ArrayList<>();
    List<LocalDate> dates = new ArrayList<>(java.util.Arrays.asList(null, MARCH_2, MARCH_2.plusDays(1),
        MARCH_2.plusDays(3), MARCH_2.plusDays(4), MARCH_2.plusDays(30)));
    int n = 0;
    for (LocalDate date : dates) {
      for (int k = 1; k <= full.size(); k++) {
        prints.add(copy("head" + k + "-" + n, "Barrier", date, full.subList(0, k)));
        prints.add(copy("tail" + k + "-" + n, "Barrier", date, full.subList(full.size() - k, full.size())));
        CopyFingerprint whole = copy("sampled" + k + "-" + n, "Barrier", date, full.subList(0, k));
        long[] kept = java.util.Arrays.copyOf(whole.shingles(), (whole.shingles().length + 1) / 2);
        prints.add(new CopyFingerprint(whole.copyId(), whole.exactFingerprint(), kept, whole.minhash(),
            whole.bodyChars(), 2, whole.shingleCount(), whole.evidence()));
        n++;
      }
    }
    int never = 0;
    int folds = 0;
    for (int i = 0; i < prints.size(); i++) {
      for (int j = i + 1; j < prints.size(); j++) {
        CopyFingerprint a = prints.get(i);
        CopyFingerprint b = prints.get(j);
        boolean folded = RULES.judge(a, b).folds();
        folds += folded ? 1 : 0;
        if (RULES.neverFolds(BucketMember.of(a), BucketMember.of(b))) {
          never++;
          assertTrue(!folded, a.copyId() + " and " + b.copyId() + " fold, yet neverFolds says they cannot");
        }
      }
    }
    assertTrue(never > 10_000, "pairs told apart without their shingles: " + never);
    assertTrue(folds > 10_000, "pairs that fold: " + folds);
    // Dated 30 days apart: the same long story folds (a reprint), a tenth shorter copy never can.
    CopyFingerprint story = copy("a", "Barrier", MARCH_2, full);
    assertTrue(!RULES.neverFolds(BucketMember.of(story), BucketMember.of(copy("b", "B", MARCH_2.plusDays(30), full))));
    assertTrue(RULES.neverFolds(BucketMember.of(story),
        BucketMember.of(copy("c", "B", MARCH_2.plusDays(30), full.subList(0, 17)))));
    assertTrue(!RULES.neverFolds(BucketMember.of(story),
        BucketMember.of(copy("d", "B", MARCH_2.plusDays(3), full.subList(0, 2)))), "within the window");
  }
}
