package dev.newsfold.text;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Normalizes text for comparison: two renderings of one sentence (curly or straight quotes, en or
 * em dashes, full-width letters, other case or spacing) normalize to the same string.
 */
public final class TextNormalizer {
  private TextNormalizer() {}

  /** NFKC, case folded, quotes and dashes unified, whitespace collapsed and trimmed. */
  public static String normalize(String text) {
    String plain = normalizePlain(text);
    return plain != null ? plain : normalizeFully(text);
  }

  /**
   * The normalization of a text made only of ASCII, Latin-1's letters and the symbols and punctuation news sets
   * most (curly quotes, dashes, currency signs), or null for any other text. Each such character is its own NFKC
   * form and has at most a one-to-one case pair, so one pass gives what {@link #normalizeFully} gives without
   * its three copies of the text: every paragraph is normalized several times (keys, frames, shingles), and the
   * full path was the job's hottest method (issue #15). TextNormalizerTest holds the two equal for every character.
   */
  static String normalizePlain(String text) {
    char[] chars = text.toCharArray(); // Folded in place: the output is never longer than what was read.
    int length = 0;
    boolean pendingSpace = false;
    for (int i = 0; i < chars.length; i++) {
      char c = foldPlain(chars[i]);
      if (c == NOT_PLAIN) {
        return null;
      }
      if (c <= ' ' || c == 0x7F) { // ASCII's whitespace and controls, and the no-break space unified to ' '.
        pendingSpace = length > 0;
        continue;
      }
      if (pendingSpace) {
        chars[length++] = ' ';
        pendingSpace = false;
      }
      chars[length++] = c;
    }
    return new String(chars, 0, length);
  }

  /** What {@link #foldPlain} gives for a character outside the plain set. */
  public static final char NOT_PLAIN = '\uFFFF';
  /** Latin-1 symbols that NFKC keeps and that have no case (not ª º ¹ ² ³ ¼ ½ ¾ ¨ ¯ ´ ¸ µ, nor the soft hyphen). */
  private static final String LATIN1_SYMBOLS = "\u00A0\u00A1\u00A2\u00A3\u00A4\u00A5\u00A6\u00A7\u00A9\u00AB\u00AC"
      + "\u00AE\u00B0\u00B1\u00B6\u00B7\u00BB\u00BF\u00D7\u00F7";
  /** Punctuation and signs past Latin-1 that NFKC keeps and that have no case (not the ellipsis, a compatibility form). */
  private static final String NEWS_PUNCTUATION = "\u2010\u2012\u2013\u2014\u2015\u2018\u2019\u201A\u201B\u201C\u201D"
      + "\u201E\u201F\u2020\u2021\u2022\u2030\u2032\u2039\u203A\u20AC\u2212";

  /**
   * A character as {@link #normalize} folds and unifies it when its neighbours cannot change that, else
   * {@link #NOT_PLAIN}: a text made only of such characters normalizes character by character.
   */
  public static char foldPlain(char c) {
    if (c < 0x80) {
      return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : unify(c);
    }
    if (c >= 0xC0 && c <= 0xFF && c != 0xD7 && c != 0xF7 && c != 0xDF) { // Latin-1's letters, but ß (upper case SS)
      return c <= 0xDE ? (char) (c + 0x20) : c;
    }
    if (LATIN1_SYMBOLS.indexOf(c) >= 0 || NEWS_PUNCTUATION.indexOf(c) >= 0) {
      return unify(c);
    }
    return NOT_PLAIN;
  }

  /** {@link #normalize} for any text. */
  static String normalizeFully(String text) {
    String nfkc = Normalizer.normalize(text, Normalizer.Form.NFKC);
    // Upper then lower approximates full case folding (e.g. the long s and final sigma).
    String folded = nfkc.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
    StringBuilder out = new StringBuilder(folded.length());
    boolean pendingSpace = false;
    for (int i = 0; i < folded.length(); i++) {
      char c = unify(folded.charAt(i));
      if (Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.isISOControl(c)) {
        pendingSpace = out.length() > 0;
        continue;
      }
      if (pendingSpace) {
        out.append(' ');
        pendingSpace = false;
      }
      out.append(c);
    }
    return out.toString();
  }

  /** The words of a text, normalized, punctuation dropped: what shingles are built from. */
  public static List<String> words(String text) {
    return wordsOfNormalized(normalize(text));
  }

  /** {@link #words} of a text already normalized: for callers that need the normalized text too. */
  public static List<String> wordsOfNormalized(String normalized) {
    PackedWords packed = packedWordsOfNormalized(normalized);
    List<String> words = new ArrayList<>(packed.count());
    for (int w = 0; w < packed.count(); w++) {
      words.add(new String(packed.chars(), packed.start(w), packed.ends()[w] - packed.start(w)));
    }
    return words;
  }

  /**
   * {@link #wordsOfNormalized}'s words side by side in one array, for callers that only hash them (a long body's
   * shingles): word w is {@code chars[start(w), ends[w])}.
   */
  public record PackedWords(char[] chars, int[] ends, int count) {
    public int start(int word) {
      return word == 0 ? 0 : ends[word - 1];
    }
  }

  /** {@link #wordsOfNormalized}, packed: no string is made for a word. */
  public static PackedWords packedWordsOfNormalized(String normalized) {
    char[] chars = normalized.toCharArray(); // Packed in place: a word's characters never move right.
    int[] ends = new int[chars.length / 2 + 1]; // Words are apart by a character at least.
    int length = 0;
    int count = 0;
    boolean inWord = false;
    for (int i = 0; i < chars.length; i++) {
      char c = chars[i];
      if (Character.isLetterOrDigit(c)) {
        chars[length++] = c;
        inWord = true;
      } else if (c == '\'' && inWord) {
        continue; // "hamas's" and "hamass" compare equal; apostrophes vary between outlets.
      } else if (inWord) {
        ends[count++] = length;
        inWord = false;
      }
    }
    if (inWord) {
      ends[count++] = length;
    }
    return new PackedWords(chars, ends, count);
  }

  private static char unify(char c) {
    switch (c) {
      case '\u2018': case '\u2019': case '\u201A': case '\u201B': case '\u2032': case '\u0060': case '\u00B4':
        return '\'';
      case '\u201C': case '\u201D': case '\u201E': case '\u201F': case '\u2033': case '\u00AB': case '\u00BB':
        return '"';
      case '\u2010': case '\u2011': case '\u2012': case '\u2013': case '\u2014': case '\u2015': case '\u2212':
        return '-';
      case '\u00A0': case '\u2007': case '\u202F': case '\uFEFF':
        return ' ';
      default:
        return c;
    }
  }
}
