package dev.newsfold.parse;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Finds the element that holds a page's article, in the manner of Mozilla Readability: every
 * paragraph-like element scores by its length and commas, and hands its score to its parent and, less,
 * to the ancestors above; a container's score is scaled down by its link density and moved by
 * class/id words (German and English) that mark content or furniture. The best container and the
 * siblings that score close to it are kept, then furniture inside them is pruned. Everything is
 * computed in one bottom-up pass with bounded ancestor walks, so time stays linear in the page size.
 * Class/id words are matched as substrings ("commentlist", "sharebar"), on at most 300 characters.
 */
final class MainContent {
  /** Class/id words of page furniture: paragraphs below such an element do not vote in the strict pass. */
  private static final String[] UNLIKELY = {"comment", "kommentar", "disqus", "sidebar", "side-bar", "seitenleiste",
      "related", "verwandt", "empfehl", "recommend", "promo", "share", "sharing", "teilen", "social", "footer",
      "fusszeile", "navbar", "navigation", "menu", "breadcrumb", "cookie", "consent", "gdpr", "banner", "newsletter",
      "subscri", "abonn", "advert", "anzeige", "werbung", "sponsor", "widget", "popup", "modal", "tagcloud",
      "pagination", "pager", "login", "signup", "search", "suche", "skip", "overlay", "trending", "mostread",
      "most-read", "meistgelesen", "masthead", "shoutbox", "skyscraper", "outbrain", "taboola", "toolbar", "header",
      "kopfzeile", "legal", "impressum", "rss", "rating", "byline", "caption", "credit", "infobox", "author", "autor",
      "dateline", "timestamp", "paywall", "hidden", "appeal", "donat", "spende", "support-us", "membership"};
  /** Class/id words of content. */
  private static final String[] LIKELY = {"article", "artikel", "content", "inhalt", "body", "text", "story", "entry",
      "hentry", "main", "post", "beitrag", "blog", "column", "shadow", "news", "meldung", "detail", "copy", "prose",
      "richtext"};
  /** Furniture pruned from inside the chosen container even when its words also look like content. */
  private static final String[] PRUNED = {"comment", "kommentar", "disqus", "share", "sharing", "teilen", "social",
      "related", "verwandt", "empfehl", "recommend", "newsletter", "breadcrumb", "cookie", "consent", "advert",
      "anzeige", "werbung", "sponsor", "promo", "tagcloud", "outbrain", "taboola", "mostread", "most-read",
      "meistgelesen", "authorbox", "author-box", "author-bio", "author-info", "pagination", "pager", "subscri",
      "paywall", "byline", "caption", "credit", "print", "drucken", "rating", "widget", "schlagw", "navigation",
      "navbar", "sidebar", "footer", "overlay", "modal", "popup", "appeal", "donat", "spende", "support-us",
      "membership", "signup", "sign-up", "read-more", "readmore", "more-stories", "weiterlesen", "masthead"};
  /** Whole class/id tokens of furniture too short to match as parts of words. */
  private static final Set<String> PRUNED_TOKENS = Set.of("tags", "tag", "nav", "ad", "ads", "meta", "share", "social");

  /** Tags whose text is never article text. */
  private static final Set<String> NEVER_TEXT = Set.of("script", "style", "template", "svg", "iframe",
      "object", "embed", "canvas", "video", "audio", "button", "select", "input", "textarea", "dialog", "link",
      "meta", "head", "title", "map", "picture", "img");
  /** Tags of page furniture, whatever their class says. */
  private static final Set<String> FURNITURE_TAGS = Set.of("nav", "aside", "footer", "header", "menu", "form",
      "figure", "label");
  /** Tags that start a new block: a div holding one of these is a container, not a paragraph. */
  private static final Set<String> BLOCK_TAGS = Set.of("p", "div", "section", "article", "main", "h1", "h2", "h3",
      "h4", "h5", "h6", "li", "ul", "ol", "blockquote", "table", "tr", "td", "th", "dl", "dt", "dd", "pre", "address",
      "center", "body", "hr", "nav", "aside", "footer", "header", "form", "figure", "tbody", "thead");
  private static final Set<String> PARAGRAPH_TAGS = Set.of("p", "pre", "td", "blockquote", "dd", "li", "h2", "h3",
      "h4");
  /** Shortest text (non-space characters) that counts as a paragraph. */
  private static final int MIN_PARAGRAPH = 25;
  /** An ancestor joins the chosen container when it adds at most this much non-link text, or this share. */
  private static final int CLIMB_MIN_ADDED = 200;
  private static final double CLIMB_SHARE_ADDED = 0.15;

  private MainContent() {}

  /** A chosen container (detached from the page, furniture pruned) and the name of the step that chose it. */
  record Choice(Element root, String extraction, int textLength) {
    /** Chosen by the strict pass, where furniture does not vote. */
    boolean strict() {
      return extraction.equals("main_content");
    }
  }

  /** Per-element counts, filled bottom-up. */
  private static final class Stats {
    int text;
    int links;
    int commas;
    boolean blockChild;
    boolean unlikely;
    /** Text of the paragraphs that voted, below this element. */
    int paragraphText;
    double score;
    boolean candidate;
  }

  /** Removes what can never be text: scripts, styles, media, hidden elements, comments. */
  static void removeNonText(Document doc) {
    NodeTraversor.filter(new NodeFilter() {
      @Override
      public FilterResult head(Node node, int depth) {
        if (node instanceof org.jsoup.nodes.Comment) {
          return FilterResult.REMOVE;
        }
        if (node instanceof Element e && (NEVER_TEXT.contains(e.normalName()) || isHidden(e))) {
          return FilterResult.REMOVE;
        }
        if (node instanceof Element e && e.normalName().equals("noscript") && !holdsPage(e)) {
          return FilterResult.REMOVE;
        }
        return FilterResult.CONTINUE;
      }
    }, doc);
  }

  /**
   * A noscript holds a "please enable JavaScript" line or a tracking pixel; but a stray unclosed tag in one
   * ({@code <noscript><div></noscript>}) makes the parser put the rest of the page inside it. One that
   * holds paragraphs is kept, so that such a page is not read as empty.
   */
  private static boolean holdsPage(Element noscript) {
    return noscript.selectFirst("p") != null;
  }

  private static boolean isHidden(Element e) {
    if (e.hasAttr("hidden") || "true".equals(e.attr("aria-hidden")) && !e.normalName().equals("body")) {
      return true;
    }
    String style = e.attr("style");
    if (style.isEmpty()) {
      return false;
    }
    String compact = style.replace(" ", "").toLowerCase(Locale.ROOT);
    return compact.contains("display:none") || compact.contains("visibility:hidden");
  }

  /**
   * The best container in the strict pass (furniture does not vote), else in a relaxed pass (it does),
   * else the element holding the most paragraph text; null when the page has no paragraph at all.
   */
  static Choice choose(Element body, int minimumText) {
    Choice strict = score(body, true, "main_content");
    if (strict != null && strict.textLength() >= minimumText) {
      return strict;
    }
    Choice relaxed = score(body, false, "fallback_relaxed");
    if (relaxed != null && relaxed.textLength() >= minimumText
        && (strict == null || relaxed.textLength() > strict.textLength())) {
      return relaxed;
    }
    return strict != null ? strict : relaxed;
  }

  private static Choice score(Element body, boolean strict, String extraction) {
    Map<Element, Stats> stats = new IdentityHashMap<>();
    List<Element> candidates = new ArrayList<>();
    NodeTraversor.traverse(new org.jsoup.select.NodeVisitor() {
      private int unlikelyDepth;

      @Override
      public void head(Node node, int depth) {
        if (node instanceof Element e) {
          Stats s = new Stats();
          s.unlikely = node != body && isUnlikely(e);
          stats.put(e, s);
          if (s.unlikely) {
            unlikelyDepth++;
          }
        }
      }

      @Override
      public void tail(Node node, int depth) {
        Element parent = (Element) node.parent();
        Stats up = parent == null ? null : stats.get(parent);
        if (node instanceof TextNode t) {
          if (up != null) {
            String text = t.getWholeText();
            up.text += nonSpace(text);
            up.commas += commas(text);
          }
          return;
        }
        if (!(node instanceof Element e)) {
          return;
        }
        Stats s = stats.get(e);
        if (e.normalName().equals("a")) {
          s.links = s.text;
        }
        boolean insideUnlikely = unlikelyDepth > 0;
        if (s.unlikely) {
          unlikelyDepth--;
        }
        if (up != null) {
          up.text += s.text;
          up.links += s.links;
          up.commas += s.commas;
          up.paragraphText += s.paragraphText;
          up.blockChild |= BLOCK_TAGS.contains(e.normalName());
        }
        boolean paragraph = PARAGRAPH_TAGS.contains(e.normalName())
            || (!s.blockChild && (e.normalName().equals("div") || e.normalName().equals("section")));
        if (paragraph && s.text >= MIN_PARAGRAPH && !(strict && insideUnlikely)
            && (double) s.links / s.text < 0.5) {
          double points = 1 + s.commas + Math.min(s.text / 85, 3);
          if (up != null) {
            up.paragraphText += s.text - s.paragraphText;
          }
          Element ancestor = e.parent();
          for (int level = 0; ancestor != null && level < 5; level++, ancestor = ancestor.parent()) {
            Stats a = stats.get(ancestor);
            if (a == null) {
              break;
            }
            if (!a.candidate) {
              a.candidate = true;
              a.score += initialScore(ancestor);
              candidates.add(ancestor);
            }
            a.score += points / (level == 0 ? 1 : level == 1 ? 2 : level * 3);
          }
        }
      }
    }, body);
    Element best = null;
    double bestScore = 0;
    for (Element c : candidates) {
      Stats s = stats.get(c);
      s.score *= 1 - linkDensity(s);
      if (s.score > bestScore) {
        best = c;
        bestScore = s.score;
      }
    }
    if (best == null) {
      return null;
    }
    Element top = climb(best, stats);
    Element root = withSiblings(top, bestScore, stats);
    Element lead = ArticleLead.before(top);
    if (lead != null && !root.text().contains(lead.text())) {
      root.prependChild(lead.clone()); // Before pruning: a lead box holds breadcrumbs and buttons too.
    }
    prune(root);
    ArticleTail.trim(root);
    return new Choice(root, extraction, nonSpace(root.text()));
  }

  /**
   * The best container, or an ancestor that adds little text to it: the intro, teaser or lead that
   * sites put in a box of its own beside the article's text (furniture in it is pruned later).
   */
  private static Element climb(Element best, Map<Element, Stats> stats) {
    Element current = best;
    Stats cur = stats.get(current);
    for (Element up = current.parent(); up != null && !up.normalName().equals("body"); up = up.parent()) {
      Stats s = stats.get(up);
      if (s == null || s.unlikely) {
        break;
      }
      int added = (s.text - s.links) - (cur.text - cur.links);
      int addedParagraphs = s.paragraphText - cur.paragraphText;
      if (added > Math.max(CLIMB_MIN_ADDED, cur.text * CLIMB_SHARE_ADDED) || linkDensity(s) > 0.35
          || addedParagraphs < added * 0.5) {
        break; // Mostly furniture beside the article, not an intro to it.
      }
      current = up;
      cur = s;
    }
    return current;
  }

  /** The whole body (or a second opinion's container), furniture pruned. */
  static Element wholePage(Element body) {
    Element root = body.clone();
    prune(root);
    return root;
  }

  /** The best container with the siblings that score near it or read as paragraphs, in page order. */
  private static Element withSiblings(Element best, double bestScore, Map<Element, Stats> stats) {
    Element wrapper = new Element("div");
    Element parent = best.parent();
    if (parent == null || best.normalName().equals("body")) {
      wrapper.appendChild(best.clone());
      return wrapper;
    }
    double threshold = Math.max(10, bestScore * 0.2);
    for (Element sibling : parent.children()) {
      Stats s = stats.get(sibling);
      boolean keep = sibling == best;
      if (!keep && s != null && !s.unlikely) {
        double bonus = sameClass(sibling, best) ? bestScore * 0.2 : 0;
        keep = s.candidate && s.score + bonus >= threshold
            || sibling.normalName().equals("p") && s.text > 80 && linkDensity(s) < 0.25
            || sibling.normalName().equals("p") && s.text > 0 && linkDensity(s) == 0 && s.commas > 0 && s.text > 40;
      }
      if (keep) {
        wrapper.appendChild(sibling.clone());
      }
    }
    return wrapper;
  }

  private static boolean sameClass(Element a, Element b) {
    return !a.className().isEmpty() && a.className().equals(b.className());
  }

  /**
   * Drops furniture inside the chosen container: furniture tags and class words, and link lists
   * (menus, tag clouds, "read more" teasers), unless the element holds most of the container's text.
   */
  private static void prune(Element root) {
    Map<Element, Stats> stats = new IdentityHashMap<>();
    NodeTraversor.traverse(new org.jsoup.select.NodeVisitor() {
      @Override
      public void head(Node node, int depth) {
        if (node instanceof Element e) {
          stats.put(e, new Stats());
        }
      }

      @Override
      public void tail(Node node, int depth) {
        Element parent = (Element) node.parent();
        Stats up = parent == null ? null : stats.get(parent);
        if (node instanceof TextNode t && up != null) {
          up.text += nonSpace(t.getWholeText());
          up.commas += commas(t.getWholeText());
        } else if (node instanceof Element e) {
          Stats s = stats.get(e);
          if (e.normalName().equals("a")) {
            s.links = s.text;
          }
          if (up != null) {
            up.text += s.text;
            up.links += s.links;
            up.commas += s.commas;
          }
        }
      }
    }, root);
    int total = Math.max(1, stats.get(root).text);
    List<Element> doomed = new ArrayList<>();
    for (Element e : root.getAllElements()) {
      if (e == root) {
        continue;
      }
      Stats s = stats.get(e);
      boolean minor = s.text < total * 0.5;
      String words = classAndId(e);
      String tag = e.normalName();
      if (minor && (FURNITURE_TAGS.contains(tag) || hasFurnitureRole(e) || !words.isEmpty() && isPruned(words))) {
        doomed.add(e);
      } else if (minor && isLinkList(tag, s)) {
        doomed.add(e);
      }
    }
    doomed.forEach(Element::remove);
  }

  private static boolean isLinkList(String tag, Stats s) {
    double density = linkDensity(s);
    boolean container = tag.equals("div") || tag.equals("section") || tag.equals("ul") || tag.equals("ol")
        || tag.equals("table") || tag.equals("dl") || tag.equals("p") || tag.equals("li") || tag.equals("span");
    return container && (density > 0.5 || (tag.equals("ul") || tag.equals("ol")) && density > 0.3 && s.commas < 3);
  }

  private static double initialScore(Element e) {
    double score = switch (e.normalName()) {
      case "div", "article", "main" -> 5;
      case "section", "pre", "td", "blockquote" -> 3;
      case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
      case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
      default -> 0;
    };
    if (e.normalName().equals("article") || "articleBody".equals(e.attr("itemprop"))) {
      score += 10;
    }
    return score + classWeight(e);
  }

  private static double classWeight(Element e) {
    String words = classAndId(e);
    if (words.isEmpty()) {
      return 0;
    }
    double weight = 0;
    if (containsAny(words, UNLIKELY)) {
      weight -= 25;
    }
    if (containsAny(words, LIKELY)) {
      weight += 25;
    }
    return weight;
  }

  private static boolean isUnlikely(Element e) {
    String tag = e.normalName();
    if (FURNITURE_TAGS.contains(tag) && !tag.equals("form")) {
      return true;
    }
    if (tag.equals("article") || tag.equals("main") || tag.equals("body") || tag.equals("html")) {
      return false;
    }
    if (hasFurnitureRole(e)) {
      return true;
    }
    String words = classAndId(e);
    return !words.isEmpty() && containsAny(words, UNLIKELY) && !containsAny(words, LIKELY);
  }

  private static boolean hasFurnitureRole(Element e) {
    String role = e.attr("role");
    return role.equals("navigation") || role.equals("banner") || role.equals("complementary")
        || role.equals("contentinfo") || role.equals("dialog");
  }

  private static boolean isPruned(String words) {
    if (containsAny(words, PRUNED)) {
      return true;
    }
    for (String token : words.split("[^a-z0-9]+")) {
      if (PRUNED_TOKENS.contains(token)) {
        return true;
      }
    }
    return false;
  }

  /** Whether a class and id string holds any of the words (as substrings: "articleBody" holds "article"). */
  static boolean containsAny(String words, String[] needles) {
    for (String needle : needles) {
      if (words.contains(needle)) {
        return true;
      }
    }
    return false;
  }

  private static String classAndId(Element e) {
    String cls = e.attr("class");
    String id = e.attr("id");
    if (cls.isEmpty() && id.isEmpty()) {
      return "";
    }
    String words = (cls + " " + id).toLowerCase(Locale.ROOT);
    return words.length() > 300 ? words.substring(0, 300) : words;
  }

  private static double linkDensity(Stats s) {
    return s.text == 0 ? 0 : Math.min(1, (double) s.links / s.text);
  }

  static int nonSpace(String text) {
    int n = 0;
    for (int i = 0; i < text.length(); i++) {
      if (!Character.isWhitespace(text.charAt(i))) {
        n++;
      }
    }
    return n;
  }

  private static int commas(String text) {
    int n = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == ',' || c == '\uFF0C' || c == '\u3001' || c == '\u060C') {
        n++;
      }
    }
    return n;
  }
}
