package dev.newsfold.parse;

import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Finds an article's lead (standfirst, intro, teaser, abstract) when the page sets it in a box of its own
 * before the container of the article's text, often in the article's header, where the main-content scoring
 * neither reaches it (it is one paragraph) nor keeps it (headers are furniture). It is looked for only
 * before the chosen container, a few levels up at most, by the class or id words that sites in many
 * languages give such a box, and taken only when it reads as text: not mostly links (a teaser card of
 * another article is a link), not a heading-sized label, not a whole page section.
 */
final class ArticleLead {
  /** Whole class/id tokens (camelCase and kebab-case split) of a lead box. */
  private static final Set<String> LEAD_TOKENS = Set.of("lead", "lede", "intro", "introduction", "teaser",
      "excerpt", "abstract", "summary", "standfirst", "deck", "dek", "perex", "chapo", "chapeau", "entradilla",
      "sottotitolo", "vorspann", "anriss", "leadtext", "introtext", "teasertext", "summarytext");
  /** How far up from the chosen container, and how many earlier siblings per level, are looked at. */
  private static final int LEVELS = 6;
  private static final int SIBLINGS = 8;
  /** A lead is at least a line and at most a few paragraphs (non-space characters). */
  private static final int MIN_TEXT = 40;
  private static final int MAX_TEXT = 1500;
  private static final java.util.regex.Pattern CAMEL_CASE = java.util.regex.Pattern.compile("([a-z])([A-Z])");
  private static final java.util.regex.Pattern NOT_WORD = java.util.regex.Pattern.compile("[^a-z0-9]+");

  private ArticleLead() {}

  /** The nearest lead box before the container, or null. */
  static Element before(Element container) {
    Element current = container;
    for (int level = 0; level < LEVELS && current.parent() != null; level++, current = current.parent()) {
      if (current.normalName().equals("body")) {
        break;
      }
      Element sibling = current.previousElementSibling();
      for (int seen = 0; sibling != null && seen < SIBLINGS; seen++, sibling = sibling.previousElementSibling()) {
        Element lead = leadIn(sibling);
        if (lead != null) {
          return lead;
        }
      }
    }
    return null;
  }

  /** The element itself or its last descendant marked as a lead, when it reads as text. */
  private static Element leadIn(Element subtree) {
    Element found = null;
    for (Element e : subtree.getAllElements()) {
      if (isMarkedLead(e)) {
        found = e;
        break; // The outermost marked element holds the whole lead.
      }
    }
    if (found == null) {
      return null;
    }
    int text = MainContent.nonSpace(found.text());
    int links = 0;
    for (Element a : found.getElementsByTag("a")) {
      links += MainContent.nonSpace(a.text());
    }
    return text >= MIN_TEXT && text <= MAX_TEXT && links * 10 < text * 3 ? found : null;
  }

  static boolean isMarkedLead(Element e) {
    String words = e.className() + " " + e.id();
    if (words.isBlank()) {
      return false;
    }
    String split = CAMEL_CASE.matcher(words).replaceAll("$1-$2").toLowerCase(Locale.ROOT);
    for (String token : NOT_WORD.split(split)) {
      if (LEAD_TOKENS.contains(token)) {
        return true;
      }
    }
    return false;
  }
}
