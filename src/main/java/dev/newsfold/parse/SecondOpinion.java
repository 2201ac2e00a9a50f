package dev.newsfold.parse;

import java.util.List;
import net.dankito.readability4j.Readability4J;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A second opinion on a page's main content, as trafilatura asks Readability when its own extraction
 * looks short: Mozilla Readability's scoring (readability4j) over the same page, preferred only when it
 * finds far more text. It costs about four of our own passes, so it is asked only when the page holds
 * enough text outside our body for the answer to be able to change it, and it reads a copy of the page
 * that has lost its scripts, styles and hidden elements already.
 */
final class SecondOpinion {
  /** Readability's body replaces ours when it holds more than this many times our text. */
  static final int MUCH_LONGER = 3;

  private SecondOpinion() {}

  /** Our body is short below this much text (non-space characters, about 170 words) and worth a check. */
  static final int SHORT_BODY = 1000;

  /**
   * Whether to ask: our body is short or came from the relaxed pass, and the page holds enough other
   * text for a second opinion to be much longer.
   */
  static boolean worthAsking(int ourText, int pageText, boolean unsure) {
    return (unsure || ourText < SHORT_BODY) && pageText > MUCH_LONGER * ourText;
  }

  /** Whether the second opinion's body is to be taken over ours. */
  static boolean prefer(int ourText, int theirText) {
    return theirText > MUCH_LONGER * ourText && theirText >= ENOUGH_TEXT;
  }

  /** Less text than this (non-space characters, a short paragraph) is no better answer than ours. */
  static final int ENOUGH_TEXT = 250;

  /**
   * Readability's article container for the page, or null when it finds none. Any failure of the library
   * on a strange page is no answer, never a failed parse: our own extraction stands.
   */
  static Element readability(Document page) {
    try {
      return new Readability4J("http://localhost/", page).parse().getArticleContent();
    } catch (RuntimeException | StackOverflowError | LinkageError e) {
      return null;
    }
  }

  /** Non-space characters of some blocks' text. */
  static int textLength(List<Block> blocks) {
    int n = 0;
    for (Block b : blocks) {
      n += MainContent.nonSpace(b.text());
    }
    return n;
  }
}
