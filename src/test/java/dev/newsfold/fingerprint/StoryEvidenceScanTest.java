package dev.newsfold.fingerprint;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.newsfold.text.TextNormalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The one-pass readers of a copy's evidence ({@link SentenceScan}, {@link StoryEvidence#figures}) and of its
 * shingles give what the string-building versions they replaced gave (issue #15): archives hold these hashes,
 * and later runs compare theirs with them. The references below are those versions, kept here as the oracle.
 */
class StoryEvidenceScanTest {
  private static final String[] PIECES = {"the", "bank", "Bank", "RAISED", "its", "rate", "to", "4.25", "1,500", "6-3/16",
      "two", "Twenty", "seventeen", "nineteenth", "percent", "hamas's", "it\u2019s", "`quoted\u00b4", "\u201cWe", "cautious,\u201d",
      "caf\u00e9", "\u00c9TAT", "\u03a3\u0391\u03a3", "\u0130stanbul", "\ufb01nance", "\u2163", "\u00bd", "stra\u00dfe", "--", "\u2014",
      "\u00a0", "\t", "12:30", "3.", "x", "e.g.", "U.S.", "\u0661\u0662", "\ud801\udc00", "(c)", "'", "''", "a'b"};
  private static final String[] ENDS = {".", "!", "?", "", ",", ".)", ". ", "!\n"};

  @Test
  void sentenceHashesAreThoseOfTheWordsOfEachSentence() {
    Random random = new Random(15);
    for (int round = 0; round < 3000; round++) {
      List<String> paragraphs = randomParagraphs(random, 1 + random.nextInt(4), 1 + random.nextInt(12));
      StoryEvidence.SentenceHashes expected = referenceSentenceHashes(paragraphs);
      StoryEvidence.SentenceHashes actual = StoryEvidence.sentenceHashes(paragraphs);
      assertArrayEquals(expected.plain(), actual.plain(), () -> "plain hashes of " + paragraphs);
      assertArrayEquals(expected.frames(), actual.frames(), () -> "frame hashes of " + paragraphs);
    }
  }

  @Test
  void sentenceHashesStopAtTheCapAsBefore() {
    List<String> book = randomParagraphs(new Random(7), 40, 30);
    StoryEvidence.SentenceHashes expected = referenceSentenceHashes(book);
    StoryEvidence.SentenceHashes actual = StoryEvidence.sentenceHashes(book);
    assertEquals(StoryEvidence.MAX_SENTENCES, actual.plain().length);
    assertArrayEquals(expected.plain(), actual.plain());
    assertArrayEquals(expected.frames(), actual.frames());
  }

  @Test
  void figuresAreThoseOfTheTokensAsBefore() {
    Random random = new Random(16);
    for (int round = 0; round < 3000; round++) {
      List<String> paragraphs = randomParagraphs(random, 1 + random.nextInt(4), 1 + random.nextInt(12));
      assertArrayEquals(referenceFigures(paragraphs), StoryEvidence.figures(paragraphs), () -> "figures of " + paragraphs);
    }
  }

  @Test
  void figuresKeepTheFirstOfTheBodyWhenThereAreTooMany() {
    StringBuilder table = new StringBuilder();
    for (int n = 0; n < StoryEvidence.MAX_FIGURES + 500; n++) {
      table.append(n).append(' ');
    }
    List<String> body = List.of(table.toString(), "And 99999 more.");
    long[] all = referenceFigures(body);
    long[] first = referenceFigures(List.of(table.substring(0, table.indexOf(" " + StoryEvidence.MAX_FIGURES + " "))));
    assertEquals(StoryEvidence.MAX_FIGURES, first.length);
    assertArrayEquals(first, StoryEvidence.figures(body));
    assertEquals(StoryEvidence.MAX_FIGURES + 501, all.length, "the reference has no cap");
  }

  @Test
  void shinglesAreThoseOfTheWordListAsBefore() {
    Random random = new Random(17);
    for (int round = 0; round < 2000; round++) {
      List<String> paragraphs = randomParagraphs(random, 1 + random.nextInt(3), random.nextInt(8));
      String normalized = Shingles.normalizedBody(paragraphs);
      for (int size : new int[] {1, 4, 5}) {
        assertArrayEquals(referenceShingles(normalized, size), Shingles.ofNormalized(normalized, size),
            () -> "shingles of " + paragraphs);
      }
    }
  }

  private static List<String> randomParagraphs(Random random, int paragraphs, int sentences) {
    List<String> out = new ArrayList<>();
    for (int p = 0; p < paragraphs; p++) {
      StringBuilder text = new StringBuilder();
      for (int s = 0; s < sentences; s++) {
        int words = random.nextInt(9);
        for (int w = 0; w < words; w++) {
          text.append(PIECES[random.nextInt(PIECES.length)]).append(random.nextInt(6) == 0 ? "" : " ");
        }
        text.append(ENDS[random.nextInt(ENDS.length)]).append(random.nextBoolean() ? " " : "");
      }
      out.add(text.toString());
    }
    return out;
  }

  /** The sentence hashes as computed before SentenceScan: each sentence's words as strings. */
  private static StoryEvidence.SentenceHashes referenceSentenceHashes(List<String> paragraphs) {
    List<Long> plain = new ArrayList<>();
    List<Long> frames = new ArrayList<>();
    int max = StoryEvidence.MAX_SENTENCES;
    for (String paragraph : paragraphs) {
      char[] chars = paragraph.toCharArray();
      int start = 0;
      for (int i = 0; i <= chars.length && (plain.size() < max || frames.size() < max); i++) {
        boolean end = i == chars.length
            || ((chars[i] == '.' || chars[i] == '!' || chars[i] == '?') && i + 1 < chars.length
                && Character.isWhitespace(chars[i + 1]));
        if (end) {
          List<String> words = TextNormalizer.words(paragraph.substring(start, Math.min(paragraph.length(), i + 1)));
          if (plain.size() < max && words.size() >= 4) {
            plain.add(StoryEvidence.joinedHash(words));
          }
          if (frames.size() < max && StoryEvidence.isFrame(words)) {
            frames.add(StoryEvidence.frameHash(words));
          }
          start = i + 1;
        }
      }
    }
    return new StoryEvidence.SentenceHashes(plain.stream().mapToLong(Long::longValue).toArray(),
        frames.stream().mapToLong(Long::longValue).toArray());
  }

  /** The figures as computed before: every token, each one's string hashed, no cap. */
  private static long[] referenceFigures(List<String> paragraphs) {
    List<String> numberWords = List.of("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
        "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen");
    List<String> tens = List.of("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety");
    List<Long> out = new ArrayList<>();
    for (String paragraph : paragraphs) {
      String text = paragraph.toLowerCase(Locale.ROOT);
      int i = 0;
      while (i < text.length()) {
        char c = text.charAt(i);
        if (Character.isDigit(c)) {
          StringBuilder token = new StringBuilder();
          while (i < text.length() && (Character.isDigit(text.charAt(i))
              || (".,/-:".indexOf(text.charAt(i)) >= 0 && i + 1 < text.length() && Character.isDigit(text.charAt(i + 1))))) {
            if (text.charAt(i) != ',') {
              token.append(text.charAt(i));
            }
            i++;
          }
          out.add(hash(token.toString()));
        } else if (Character.isLetter(c)) {
          int start = i;
          while (i < text.length() && Character.isLetter(text.charAt(i))) {
            i++;
          }
          String word = text.substring(start, i);
          if (numberWords.contains(word)) {
            out.add(hash(Integer.toString(numberWords.indexOf(word))));
          } else if (tens.contains(word)) {
            out.add(hash(Integer.toString(20 + 10 * tens.indexOf(word))));
          }
        } else {
          i++;
        }
      }
    }
    long[] sorted = out.stream().mapToLong(Long::longValue).toArray();
    Arrays.sort(sorted);
    return sorted;
  }

  private static long hash(String s) {
    long h = StoryEvidence.FNV_OFFSET;
    for (int i = 0; i < s.length(); i++) {
      h = (h ^ s.charAt(i)) * StoryEvidence.FNV_PRIME;
    }
    return MinHasher.mix(h);
  }

  /** The shingles as computed before: from the list of word strings. */
  private static long[] referenceShingles(String normalized, int size) {
    List<String> words = TextNormalizer.wordsOfNormalized(normalized);
    if (words.isEmpty()) {
      return new long[0];
    }
    int count = Math.max(1, words.size() - size + 1);
    long[] hashes = new long[count];
    for (int i = 0; i < count; i++) {
      long h = StoryEvidence.FNV_OFFSET;
      for (int j = i; j < Math.min(words.size(), i + size); j++) {
        for (char c : words.get(j).toCharArray()) {
          h = (h ^ c) * StoryEvidence.FNV_PRIME;
        }
        h = (h ^ ' ') * StoryEvidence.FNV_PRIME;
      }
      hashes[i] = MinHasher.mix(h);
    }
    return Arrays.stream(hashes).sorted().distinct().toArray();
  }
}
