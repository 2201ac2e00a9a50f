package dev.newsfold.fingerprint;

import dev.newsfold.text.TextNormalizer;
import java.util.Arrays;
import java.util.List;

/**
 * {@link StoryEvidence}'s sentence and frame hashes of a copy, read off its paragraphs' characters in one pass.
 * Each sentence's words are folded as {@link TextNormalizer#words} folds them and hashed as they are read, with
 * no string made for a sentence or a word: this was a fifth of the fingerprint stage (issue #15). A sentence
 * holding a character whose normalization depends on its neighbours (outside {@link TextNormalizer#foldPlain}'s
 * set) is hashed from {@code TextNormalizer.words} as before. StoryEvidenceScanTest holds the scan equal to the
 * string-building version it replaced, kept there.
 */
final class SentenceScan {
  private static final long FNV_OFFSET = 0xcbf29ce484222325L;
  private static final long FNV_PRIME = 0x100000001b3L;

  private final int max;
  private long[] plain = new long[16];
  private int plainCount;
  private long[] frames = new long[16];
  private int frameCount;
  // The sentence being read: its current word, and its running plain and frame hashes.
  private char[] word = new char[32];
  private int wordLength;
  private long plainHash;
  private int plainWords;
  private long frameHash;
  private int frameWords;
  private boolean masked;
  private boolean lastMasked;

  private SentenceScan(int max) {
    this.max = max;
  }

  /** The hashes of the paragraphs' sentences in body order, each list stopped at {@code max}. */
  static StoryEvidence.SentenceHashes of(List<String> paragraphs, int max) {
    SentenceScan scan = new SentenceScan(max);
    for (String paragraph : paragraphs) {
      scan.paragraph(paragraph);
    }
    return new StoryEvidence.SentenceHashes(Arrays.copyOf(scan.plain, scan.plainCount),
        Arrays.copyOf(scan.frames, scan.frameCount));
  }

  private boolean full() {
    return plainCount >= max && frameCount >= max;
  }

  /** A sentence ends at . ! or ? followed by a space, or at the paragraph's end. */
  private void paragraph(String paragraph) {
    char[] chars = paragraph.toCharArray();
    int start = 0;
    for (int i = 0; i <= chars.length && !full(); i++) {
      boolean end = i == chars.length
          || ((chars[i] == '.' || chars[i] == '!' || chars[i] == '?') && i + 1 < chars.length
              && Character.isWhitespace(chars[i + 1]));
      if (end) {
        sentence(paragraph, chars, start, Math.min(chars.length, i + 1));
        start = i + 1;
      }
    }
  }

  private void sentence(String paragraph, char[] chars, int from, int to) {
    wordLength = 0;
    plainWords = 0;
    frameWords = 0;
    masked = false;
    lastMasked = false;
    for (int i = from; i < to; i++) {
      char c = TextNormalizer.foldPlain(chars[i]);
      if (c == TextNormalizer.NOT_PLAIN) {
        sentenceOfWords(TextNormalizer.words(paragraph.substring(from, to)));
        return;
      }
      if (Character.isLetterOrDigit(c)) {
        if (wordLength == word.length) {
          word = Arrays.copyOf(word, word.length * 2);
        }
        word[wordLength++] = c;
      } else if (c != '\'' || wordLength == 0) { // An apostrophe inside a word is dropped, as words() drops it.
        endWord();
      }
    }
    endWord();
    if (plainCount < max && plainWords >= 4) {
      plain = add(plain, plainCount++, MinHasher.mix(plainHash));
    }
    if (frameCount < max && masked && frameWords >= 4) {
      frames = add(frames, frameCount++, MinHasher.mix(frameHash));
    }
  }

  private void endWord() {
    if (wordLength == 0) {
      return;
    }
    boolean figure = Character.isDigit(word[0]) || StoryEvidence.numberWordAt(word, 0, wordLength) >= 0;
    plainHash = plainWords == 0 ? FNV_OFFSET : (plainHash ^ ' ') * FNV_PRIME;
    plainHash = fnv(plainHash, word, wordLength);
    plainWords++;
    if (!(figure && lastMasked)) {
      frameHash = frameWords == 0 ? FNV_OFFSET : (frameHash ^ ' ') * FNV_PRIME;
      frameHash = figure ? (frameHash ^ '#') * FNV_PRIME : fnv(frameHash, word, wordLength);
      frameWords++;
    }
    masked |= figure;
    lastMasked = figure;
    wordLength = 0;
  }

  /** A sentence whose words came from {@link TextNormalizer#words}. */
  private void sentenceOfWords(List<String> words) {
    if (plainCount < max && words.size() >= 4) {
      plain = add(plain, plainCount++, StoryEvidence.joinedHash(words));
    }
    if (frameCount < max && StoryEvidence.isFrame(words)) {
      frames = add(frames, frameCount++, StoryEvidence.frameHash(words));
    }
  }

  private static long[] add(long[] values, int at, long value) {
    long[] grown = at == values.length ? Arrays.copyOf(values, values.length * 2) : values;
    grown[at] = value;
    return grown;
  }

  private static long fnv(long h, char[] chars, int length) {
    for (int i = 0; i < length; i++) {
      h = (h ^ chars[i]) * FNV_PRIME;
    }
    return h;
  }
}
