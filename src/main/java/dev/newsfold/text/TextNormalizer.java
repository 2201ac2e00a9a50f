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
   * The normalization of a text made only of ASCII and the punctuation news sets most (curly quotes, en and
   * em dashes, no-break space), or null for any other text. Those characters are their own NFKC form and have
   * no case but ASCII's, so one pass gives what {@link #normalizeFully} gives, without its three copies of
   * the text: every paragraph is normalized several times (keys, frames, shingles), and the full path was the
   * job's hottest method (issue #15).
   */
  static String normalizePlain(String text) {
    char[] out = new char[text.length()];
    int length = 0;
    boolean pendingSpace = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= 0x80) {
        if (!isPlainPunctuation(c)) {
          return null;
        }
        c = unify(c);
      } else if (c >= 'A' && c <= 'Z') {
        c = (char) (c + ('a' - 'A'));
      } else if (c == '\u0060') {
        c = '\'';
      }
      if (c <= ' ' || c == 0x7F) { // ASCII's whitespace and controls, and the no-break space unified to ' '.
        pendingSpace = length > 0;
        continue;
      }
      if (pendingSpace) {
        out[length++] = ' ';
        pendingSpace = false;
      }
      out[length++] = c;
    }
    return new String(out, 0, length);
  }

  private static boolean isPlainPunctuation(char c) {
    return c == '\u2018' || c == '\u2019' || c == '\u201C' || c == '\u201D' || c == '\u2013' || c == '\u2014'
        || c == '\u00A0';
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
    String normalized = normalize(text);
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    for (int i = 0; i < normalized.length(); i++) {
      char c = normalized.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        word.append(c);
      } else if (c == '\'' && word.length() > 0) {
        continue; // "hamas's" and "hamass" compare equal; apostrophes vary between outlets.
      } else if (word.length() > 0) {
        words.add(word.toString());
        word.setLength(0);
      }
    }
    if (word.length() > 0) {
      words.add(word.toString());
    }
    return words;
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
