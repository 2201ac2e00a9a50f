package dev.newsfold.fingerprint;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What besides shared wording tells whether two copies are one story: when the copy was published,
 * the figures it gives, its sentences in order (an abridged copy keeps some of them), and whether
 * it says it corrects or updates an earlier version.
 *
 * @param publishedDate the copy's publication date, or null when it has none
 * @param figures hashes of its numbers ("6-3/16", "1.5", "two" as "2"), sorted, repeats kept; the first
 *     {@link #MAX_FIGURES} of the body
 * @param sentences hashes of its normalized sentences of four words or more, in body order
 * @param revision 0 for a plain copy, n for "UPDATE n", plus {@link #CORRECTION} when it says it corrects
 * @param figureFrames hashes of the wording of its sentences that give figures, figures masked, sorted:
 *     a correction changes a figure, not the words around it
 */
public record StoryEvidence(LocalDate publishedDate, long[] figures, long[] sentences, int revision,
    long[] figureFrames) implements Serializable {
  public static final StoryEvidence NONE = new StoryEvidence(null, new long[0], new long[0], 0, new long[0]);
  /** Added to the revision of a copy that says it corrects: it outranks any plain update. */
  public static final int CORRECTION = 1000;
  /** Sentences kept per copy: enough for any news story, bounded for a book pasted into the input. */
  static final int MAX_SENTENCES = 256;
  /** Figures kept per copy, the first in body order: a news story gives a few hundred at most. */
  static final int MAX_FIGURES = 4096;

  private static final Map<String, String> NUMBER_WORDS = numberWords();
  // Longer words are not compared with the number words: most words of a text are longer.
  private static final int LONGEST_NUMBER_WORD = NUMBER_WORDS.keySet().stream().mapToInt(String::length).max().orElse(0);
  private static final String[] NUMBER_WORD_LIST = NUMBER_WORDS.keySet().stream().sorted().toArray(String[]::new);
  /** The figure each number word gives: the hash of its digits. */
  private static final long[] NUMBER_WORD_FIGURES =
      Arrays.stream(NUMBER_WORD_LIST).mapToLong(w -> hash(NUMBER_WORDS.get(w))).toArray();
  private static final Pattern UPDATE = Pattern.compile("(?i)\\bupdate\\s*(\\d{1,2})\\b");
  // Wire corrections say so in capitals in the headline ("CORRECTED - ...") or open with "(Corrects ...)".
  private static final Pattern CORRECTED = Pattern.compile("\\bCORRECT(ED|ION|S)\\b|(?m)^\\W*\\(?(?i:correct(s|ed|ion))\\b");

  public static StoryEvidence of(List<String> paragraphs, String title, LocalDate publishedDate) {
    // A scraped body may open with its headline: the correction note is then the second paragraph.
    String lead = String.join("\n", paragraphs.subList(0, Math.min(2, paragraphs.size())));
    SentenceHashes sentences = sentenceHashes(paragraphs);
    return new StoryEvidence(publishedDate, figures(paragraphs), sentences.plain(),
        revision(title == null ? "" : title, lead), sorted(sentences.frames()));
  }

  public boolean isCorrection() {
    return revision >= CORRECTION;
  }

  static int revision(String title, String lead) {
    int revision = 0;
    Matcher update = UPDATE.matcher(title);
    if (update.find()) {
      revision = Integer.parseInt(update.group(1));
    }
    if (CORRECTED.matcher(title).find() || CORRECTED.matcher(lead).find()) {
      revision += CORRECTION;
    }
    return revision;
  }

  /**
   * Number tokens: digits with their inner separators, thousands commas dropped; number words as digits. The
   * first {@link #MAX_FIGURES} in body order are kept, as sentences are: a table of a million numbers would
   * otherwise make its copy's evidence, which the fold carries, larger than its text.
   */
  static long[] figures(List<String> paragraphs) {
    long[] out = new long[16];
    int count = 0;
    for (int p = 0; p < paragraphs.size() && count < MAX_FIGURES; p++) {
      char[] text = paragraphs.get(p).toLowerCase(Locale.ROOT).toCharArray();
      int i = 0;
      while (i < text.length && count < MAX_FIGURES) {
        char c = text[i];
        long figure;
        if (Character.isDigit(c)) {
          long h = FNV_OFFSET; // Hashed as read: the token's characters, its commas left out.
          while (i < text.length && (Character.isDigit(text[i])
              || (".,/-:".indexOf(text[i]) >= 0 && i + 1 < text.length && Character.isDigit(text[i + 1])))) {
            if (text[i] != ',') {
              h = (h ^ text[i]) * FNV_PRIME;
            }
            i++;
          }
          figure = MinHasher.mix(h);
        } else if (Character.isLetter(c)) {
          int start = i;
          while (i < text.length && Character.isLetter(text[i])) {
            i++;
          }
          int word = numberWordAt(text, start, i - start);
          if (word < 0) {
            continue;
          }
          figure = NUMBER_WORD_FIGURES[word];
        } else {
          i++;
          continue;
        }
        if (count == out.length) {
          out = Arrays.copyOf(out, count * 2);
        }
        out[count++] = figure;
      }
    }
    long[] sorted = Arrays.copyOf(out, count);
    Arrays.sort(sorted);
    return sorted;
  }

  /** The index in {@link #NUMBER_WORD_LIST} of the number word at chars[start, start + length), or -1. */
  static int numberWordAt(char[] chars, int start, int length) {
    if (length > LONGEST_NUMBER_WORD) {
      return -1;
    }
    for (int w = 0; w < NUMBER_WORD_LIST.length; w++) {
      String numberWord = NUMBER_WORD_LIST[w];
      if (numberWord.length() == length && numberWord.charAt(0) == chars[start]) {
        int i = 1;
        while (i < length && numberWord.charAt(i) == chars[start + i]) {
          i++;
        }
        if (i == length) {
          return w;
        }
      }
    }
    return -1;
  }

  static long[] sentences(List<String> paragraphs) {
    return sentenceHashes(paragraphs).plain();
  }

  /** A copy's sentence hashes in body order, and those of its sentences that give a figure, as frames. */
  record SentenceHashes(long[] plain, long[] frames) {}

  /**
   * Sentence hashes in order; a sentence ends at . ! or ? followed by a space (or the paragraph's end).
   * As frames: only the sentences that give a figure, each figure (a run of number tokens) masked. Each
   * list stops at {@link #MAX_SENTENCES}. Read in one pass by {@link SentenceScan}.
   */
  static SentenceHashes sentenceHashes(List<String> paragraphs) {
    return SentenceScan.of(paragraphs, MAX_SENTENCES);
  }

  private static final String FIGURE_MASK = "#";
  static final long FNV_OFFSET = 0xcbf29ce484222325L;
  static final long FNV_PRIME = 0x100000001b3L;

  /** {@code hash(String.join(" ", words))}, without building the string: two of them per sentence. */
  static long joinedHash(List<String> words) {
    long h = FNV_OFFSET;
    for (int w = 0; w < words.size(); w++) {
      h = w == 0 ? h : (h ^ ' ') * FNV_PRIME;
      h = fnv(h, words.get(w));
    }
    return MinHasher.mix(h);
  }

  /**
   * The frame of a sentence is its words with each run of figures ("4 2" of "4.2", "two") as one mask: the
   * wording a figure sits in. A sentence gives a frame when that holds a mask and four words or more.
   */
  static boolean isFrame(List<String> words) {
    int length = 0;
    boolean masked = false;
    boolean lastMasked = false;
    for (String w : words) {
      boolean figure = isFigure(w);
      if (!(figure && lastMasked)) {
        length++;
      }
      masked |= figure;
      lastMasked = figure;
    }
    return masked && length >= 4;
  }

  /** {@link #joinedHash} of the sentence's frame, without building it. */
  static long frameHash(List<String> words) {
    long h = FNV_OFFSET;
    boolean first = true;
    boolean lastMasked = false;
    for (String w : words) {
      boolean figure = isFigure(w);
      if (!(figure && lastMasked)) {
        h = first ? h : (h ^ ' ') * FNV_PRIME;
        h = fnv(h, figure ? FIGURE_MASK : w);
        first = false;
      }
      lastMasked = figure;
    }
    return MinHasher.mix(h);
  }

  private static boolean isFigure(String word) {
    return Character.isDigit(word.charAt(0)) || NUMBER_WORDS.containsKey(word);
  }

  private static long fnv(long h, String s) {
    for (int i = 0; i < s.length(); i++) {
      h = (h ^ s.charAt(i)) * FNV_PRIME;
    }
    return h;
  }

  private static long[] sorted(long[] values) {
    long[] copy = values.clone();
    Arrays.sort(copy);
    return copy;
  }

  /** FNV-1a, mixed: stable across JVMs and runs. */
  private static long hash(String s) {
    return MinHasher.mix(fnv(FNV_OFFSET, s));
  }

  private static Map<String, String> numberWords() {
    String[] small = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
        "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"};
    String[] tens = {"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};
    Map<String, String> words = new java.util.HashMap<>();
    for (int n = 0; n < small.length; n++) {
      words.put(small[n], Integer.toString(n));
    }
    for (int n = 0; n < tens.length; n++) {
      words.put(tens[n], Integer.toString(20 + 10 * n));
    }
    return Map.copyOf(words);
  }
}
