package dev.newsfold.parse;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Trims the furniture that sites put after an article's last paragraph, inside the container chosen as the
 * article: author boxes, post meta, "more on this" headings, share prompts, credits, licence notes. As
 * jusText judges a block by its neighbours, the text blocks are read backwards from the end and dropped while
 * they look like furniture; the first that looks like prose stops the walk, so nothing between two paragraphs
 * is touched. A block looks like furniture by its shape (mostly link text, or a short block a third links; a heading;
 * a short line without sentence punctuation) or, outside the element that holds most of the article's text,
 * by a furniture word in the class or id of a box around it. When the trim would take more than a fifth of
 * the text, the end is not furniture but part of the article, and nothing is dropped.
 */
final class ArticleTail {
  /** A line shorter than this (characters) without sentence punctuation at its end is a label, not prose. */
  static final int SHORT_LINE = 40;
  /** A block shorter than this (characters) with a third of its text in links is a pointer, not prose. */
  static final int SHORT_BLOCK = 200;
  /** The most of a body's text the trim may take. */
  private static final double MAX_SHARE = 0.2;
  /** Sentence or quotation end, in Latin and CJK punctuation. */
  private static final Pattern SENTENCE_END = Pattern.compile("[.!?…:;\"“”»«'’)\\]。！？）」』]\\s*$");
  /**
   * Class/id words of boxes that follow an article (cf. the discard lists of trafilatura and Readability):
   * about the author, licence and copyright notes, teasers of other pages, post meta (entry-meta, postmetadata,
   * entry-utility), tags, appendices.
   */
  private static final Pattern BOX_WORDS = Pattern.compile("author|autor|(?<![a-z])bio|copyright|licen[cs]e|lizenz"
      + "|teaser|notice|profile|meta|(?<![a-z])tags?(?![a-z])|signature|(?<![a-z])about|utility|appendix"
      + "|follow|subscri|newsletter|share|social|related|credit|caption|source|quelle");
  /** Elements that cut text into blocks, as the block collector cuts it. */
  private static final Set<String> BLOCK_TAGS = Set.of("p", "div", "section", "article", "main", "h1", "h2", "h3",
      "h4", "h5", "h6", "li", "ul", "ol", "blockquote", "figcaption", "table", "tr", "td", "th", "dl", "dt", "dd",
      "pre", "address", "center", "body", "hr");
  private static final Set<String> HEADINGS = Set.of("h2", "h3", "h4", "h5", "h6");

  private ArticleTail() {}

  /** Removes the trailing furniture blocks of a chosen container in place. */
  static void trim(Element root) {
    List<Element> leaves = leafBlocks(root);
    if (leaves.size() < 2) {
      return;
    }
    Element core = core(leaves);
    int total = 0;
    for (Element leaf : leaves) {
      total += leaf.text().length();
    }
    List<Element> doomed = new ArrayList<>();
    int cut = 0;
    for (int i = leaves.size() - 1; i > 0; i--) {
      Element leaf = leaves.get(i);
      if (i < PublicationDates.HEAD_BLOCKS && PublicationDates.isDateLine(leaf.text())) {
        continue; // The date rules read a date line near the head, and drop it from the body.
      }
      if (!isFurniture(leaf, core, root)) {
        break;
      }
      doomed.add(leaf);
      cut += leaf.text().length();
    }
    if (doomed.isEmpty() || cut > total * MAX_SHARE) {
      return;
    }
    doomed.forEach(Element::remove);
  }

  /** Block elements that hold text and no other block element, in page order. */
  private static List<Element> leafBlocks(Element root) {
    Map<Element, Boolean> hasBlockBelow = new IdentityHashMap<>();
    List<Element> all = root.getAllElements();
    for (int i = all.size() - 1; i > 0; i--) { // Children come after their parents: walk up from the end.
      Element e = all.get(i);
      if (BLOCK_TAGS.contains(e.normalName()) || hasBlockBelow.containsKey(e)) {
        Element parent = e.parent();
        if (parent != null) {
          hasBlockBelow.put(parent, true);
        }
      }
    }
    List<Element> leaves = new ArrayList<>();
    for (Element e : all) {
      if (e != root && BLOCK_TAGS.contains(e.normalName()) && !hasBlockBelow.containsKey(e) && !e.text().isBlank()) {
        leaves.add(e);
      }
    }
    return leaves;
  }

  /** The element whose own text blocks hold the most text: where the article's paragraphs sit. */
  private static Element core(List<Element> leaves) {
    Map<Element, Integer> text = new IdentityHashMap<>();
    Element best = leaves.get(0).parent();
    int bestText = -1;
    for (Element leaf : leaves) {
      Element parent = leaf.parent();
      int sum = text.merge(parent, leaf.text().length(), Integer::sum);
      if (sum > bestText) {
        best = parent;
        bestText = sum;
      }
    }
    return best;
  }

  private static boolean isFurniture(Element leaf, Element core, Element root) {
    boolean inside = isBelow(leaf, core);
    boolean listOfArticle = leaf.normalName().equals("li") && (inside || linkText(leaf) == 0);
    if (looksLikeFurniture(leaf) && !listOfArticle) {
      return true; // Short items of the article's own list, or of a list without links, are text (ingredients).
    }
    return !inside && inFurnitureBox(leaf, core, root);
  }

  /** Mostly link text, a heading, or a short line without sentence punctuation. */
  static boolean looksLikeFurniture(Element leaf) {
    String text = leaf.text().strip();
    int links = linkText(leaf);
    if (links * 2 > text.length() || text.length() < SHORT_BLOCK && links * 10 > text.length() * 3) {
      return true; // Mostly links, or a short block with a link in a third of it ("More at example.org").
    }
    if (HEADINGS.contains(leaf.normalName())) {
      return true;
    }
    return text.length() < SHORT_LINE && !SENTENCE_END.matcher(text).find();
  }

  private static int linkText(Element e) {
    int n = 0;
    for (Element a : e.getElementsByTag("a")) {
      n += a.text().length();
    }
    return n;
  }

  private static boolean isBelow(Element e, Element ancestor) {
    for (Element up = e.parent(); up != null; up = up.parent()) {
      if (up == ancestor) {
        return true;
      }
    }
    return false;
  }

  /** Whether the leaf or a box around it, below where it parts from the article's core, has a furniture word. */
  private static boolean inFurnitureBox(Element leaf, Element core, Element root) {
    for (Element up = leaf; up != null && up != root && !isBelow(core, up) && up != core; up = up.parent()) {
      String words = (up.className() + " " + up.id()).toLowerCase(Locale.ROOT);
      if (!words.isBlank() && BOX_WORDS.matcher(words).find()) {
        return true;
      }
    }
    return false;
  }
}
