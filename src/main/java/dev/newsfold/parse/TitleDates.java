package dev.newsfold.parse;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeFilter;

/**
 * The date a page shows beside its headline: the byline or meta line just under the title ("am 3. Mai
 * 2020", "Posted on June 7, 2020 by ..."), or the date line just above it. The headline is the heading
 * whose text the page's own title repeats, so that a site logo in an h1 is not taken for it. Dates far
 * from the headline (comments, related lists, archives, copyright lines) are out of reach by distance.
 */
final class TitleDates {
  /** Characters of page text read after the headline: past the lead, before the comments. */
  private static final int AFTER = 900;
  /** Characters of page text read before the headline: a kicker or date line above it. */
  private static final int BEFORE = 250;
  /** A date spot is a short text: a byline or a meta line, not a sentence of the article. */
  private static final int MAX_SPOT = 120;
  private static final int MAX_OTHER_WORDS = 5;
  private static final int MIN_HEADING = 8;
  /** Class/id words of a branch that holds other items' dates: comments, menus, sliders. */
  private static final String[] OTHER_ITEM_WORDS = {"comment", "kommentar", "reply", "respon", "discussion",
      "related", "recent", "popular", "menu", "breadcrumb", "swiper", "slider", "carousel", "archive"};
  /** Words that label a date as the last change, not the publication, in the major European languages. */
  private static final Pattern UPDATE_LABEL = Pattern.compile("(?i)(updated|update:|aktualisiert|geändert|modified|"
      + "mis à jour|actualisé|actualizado|aggiornat|bijgewerkt|last edited)");
  private static final String[] SKIP_TAGS = {"select", "option", "script", "style", "noscript", "button", "nav",
      "blockquote", "figcaption"};
  /** A label before a date that names another event: "Termin: 21.02.2020", "Release: May 3, 2019". */
  private static final Pattern OTHER_LABEL = Pattern.compile("(\\p{L}+)\\s*:\\s*$");
  private static final Pattern PUBLICATION_LABEL = Pattern.compile("(?i)^(date|datum|published|posted|publication|"
      + "veröffentlicht|erstellt|erschienen|publié|publicado|pubblicato|gepubliceerd|stand|am|on|le|el|il|von|by)$");

  private TitleDates() {}

  /** A short text with a date beside the headline, or its datetime attribute; first the nearest below. */
  static void collect(Document doc, List<FieldCandidate> out) {
    Element heading = headline(doc);
    if (heading == null) {
      return;
    }
    List<Spot> spots = spots(doc, heading);
    int at = -1;
    for (int i = 0; i < spots.size() && at < 0; i++) {
      if (isInside(spots.get(i).element, heading)) {
        at = i;
      }
    }
    if (at < 0) {
      return;
    }
    int headingEnd = at;
    while (headingEnd + 1 < spots.size() && isInside(spots.get(headingEnd + 1).element, heading)) {
      headingEnd++;
    }
    // A date set apart inside the headline: <h1>Title <small>02.02.2022 • Section</small></h1>.
    for (int i = at; i <= headingEnd; i++) {
      if (spots.get(i).element != heading && addIfDate(spots.get(i), heading, out) != Found.NOTHING) {
        return;
      }
    }
    int offset = spots.get(headingEnd).offset;
    for (int i = headingEnd + 1; i < spots.size() && spots.get(i).offset - offset <= AFTER; i++) {
      if (addIfDate(spots.get(i), heading, out) != Found.NOTHING) {
        return;
      }
    }
    int start = spots.get(at).offset;
    for (int i = at - 1; i >= 0 && start - spots.get(i).offset <= BEFORE; i--) {
      if (addIfDate(spots.get(i), heading, out) != Found.NOTHING) {
        return;
      }
    }
  }

  /**
   * Adds the spot's date; a date labelled as the last change ends the search without one, for the
   * publication date then is not shown beside the headline (or not nearer than other dates).
   */
  private static Found addIfDate(Spot spot, Element heading, List<FieldCandidate> out) {
    String text = spot.text;
    if (text.length() > MAX_SPOT || text.contains("©") || text.toLowerCase(Locale.ROOT).contains("copyright")
        || isOtherItem(spot.element, heading)) {
      return Found.NOTHING;
    }
    boolean datetime = spot.datetime != null && DateParser.find(spot.datetime).isPresent();
    boolean dated = datetime
        || DateParser.find(text).isPresent() && DateParser.wordsBesidesDate(text) <= MAX_OTHER_WORDS;
    if (!dated) {
      return Found.NOTHING;
    }
    if (isUpdateLabelled(spot)) {
      return Found.LAST_CHANGE;
    }
    if (!datetime && hasOtherLabel(text)) {
      return Found.NOTHING;
    }
    out.add(new FieldCandidate("date", datetime ? spot.datetime : text, "near_title"));
    return Found.PUBLICATION;
  }

  private enum Found { NOTHING, PUBLICATION, LAST_CHANGE }

  /**
   * A date the page labels as its last change: "Updated Mar 12", "Aktualisiert am ...", a class such as
   * last-updated. The label stands before the date, in the same text, an element's class, or just before it.
   */
  private static boolean isUpdateLabelled(Spot spot) {
    Element e = spot.element;
    if (e.attr("itemprop").equals("dateModified")) {
      return true;
    }
    for (Element x = e; x != null && x != e.parent().parent(); x = x.parent()) {
      String cls = x.className().toLowerCase(Locale.ROOT);
      if ((cls.contains("updat") || cls.contains("modif")) && !cls.contains("publish")) {
        return true;
      }
    }
    String text = spot.datetime != null ? before(e.parent() == null ? e : e.parent(), e) : spot.text;
    int date = firstDigit(text);
    return UPDATE_LABEL.matcher(date < 0 ? text : text.substring(0, date)).find();
  }

  /** "Termin: 21.02.2020": a label of its own before the date, not one of publication. */
  private static boolean hasOtherLabel(String text) {
    int date = firstDigit(text);
    Matcher label = OTHER_LABEL.matcher(date < 0 ? "" : text.substring(0, date));
    return label.find() && !PUBLICATION_LABEL.matcher(label.group(1)).matches();
  }

  /** The parent's text up to the element: the label a date element follows. */
  private static String before(Element parent, Element e) {
    StringBuilder text = new StringBuilder();
    for (Node n : parent.childNodes()) {
      if (n == e) {
        break;
      }
      text.append(n instanceof TextNode t ? t.text() : n instanceof Element x ? x.text() : "").append(' ');
    }
    return text.length() > MAX_SPOT ? text.substring(text.length() - MAX_SPOT) : text.toString();
  }

  private static int firstDigit(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (Character.isDigit(text.charAt(i))) {
        return i;
      }
    }
    return -1;
  }

  /**
   * The heading (h1 to h3) whose text the page's title or og:title holds, the longest such (the higher level,
   * then the first, of equals): a site name in an h1 is in the title too, but shorter than the headline.
   * Without one, the first h1.
   */
  static Element headline(Document doc) {
    List<String> titles = new ArrayList<>();
    for (Element meta : doc.select("meta[property=og:title], meta[name=twitter:title]")) {
      titles.add(normal(meta.attr("content")));
    }
    titles.add(normal(doc.title()));
    Element best = null;
    int bestLength = 0;
    for (String level : List.of("h1", "h2", "h3")) {
      for (Element h : doc.select(level)) {
        String text = normal(h.text());
        boolean inTitle = titles.stream()
            .anyMatch(t -> t.contains(text) || text.contains(t) && t.length() >= MIN_HEADING);
        if (text.length() >= MIN_HEADING && inTitle && text.length() > bestLength) {
          best = h;
          bestLength = text.length();
        }
      }
    }
    return best != null ? best : doc.selectFirst("h1");
  }

  private static String normal(String s) {
    return s.toLowerCase(Locale.ROOT).replaceAll("[\\s\\u00a0]+", " ").strip();
  }

  /**
   * Text nodes and datetime-bearing elements of the body in document order, with their text offset, up to the
   * last that {@link #collect} can read: the reading stops {@link #AFTER} characters past the headline's last spot,
   * or at the headline's end when it has none, so the rest of a long page (comments, related lists) is not walked.
   */
  private static List<Spot> spots(Document doc, Element heading) {
    List<Spot> spots = new ArrayList<>();
    if (doc.body() == null) {
      return spots;
    }
    int[] offset = {0};
    int[] skipping = {0};
    int[] headingFirst = {-1}; // The index the headline's spots start at.
    int[] lastInHeading = {-1}; // The offset of the headline's last spot, once the walk has left the headline.
    boolean[] leftHeading = {false};
    Map<Element, String> texts = new IdentityHashMap<>();
    NodeTraversor.filter(new NodeFilter() {
      @Override
      public FilterResult head(Node node, int depth) {
        if (node == heading) {
          headingFirst[0] = spots.size();
        }
        if (node instanceof Element e && isSkipTag(e)) {
          skipping[0]++;
        }
        if (skipping[0] > 0) {
          return FilterResult.CONTINUE;
        }
        boolean dated = node instanceof Element e && e.hasAttr("datetime");
        boolean text = !dated && node instanceof TextNode t && !t.isBlank() && t.parent() instanceof Element;
        if (leftHeading[0] && (dated || text) && (lastInHeading[0] < 0 || offset[0] - lastInHeading[0] > AFTER)) {
          return FilterResult.STOP;
        }
        if (dated) {
          Element e = (Element) node;
          spots.add(new Spot(e, e.text().strip(), e.attr("datetime").strip(), offset[0]));
        } else if (text) {
          TextNode t = (TextNode) node;
          Element parent = (Element) t.parent();
          String own = t.text().strip();
          // Each parent's text once: a large container holds many text nodes.
          String whole = texts.computeIfAbsent(parent, p -> p.text().strip());
          if (whole.length() <= MAX_SPOT) {
            spots.add(new Spot(parent, whole, null, offset[0]));
          } else if (!isInParagraph(parent)) {
            spots.add(new Spot(parent, own, null, offset[0]));
          }
          offset[0] += own.length();
        }
        return FilterResult.CONTINUE;
      }

      @Override
      public FilterResult tail(Node node, int depth) {
        if (node instanceof Element e && isSkipTag(e)) {
          skipping[0]--;
        }
        if (node == heading) {
          leftHeading[0] = true;
          if (spots.size() > headingFirst[0]) {
            lastInHeading[0] = spots.get(spots.size() - 1).offset;
          }
        }
        return FilterResult.CONTINUE;
      }
    }, doc.body());
    return spots;
  }

  /** A piece of a long paragraph: "Le 27 septembre 2018," before a link is a date of the story, not of the page. */
  private static boolean isInParagraph(Element e) {
    int level = 0;
    for (Element up = e; up != null && level < 3; up = up.parent(), level++) {
      if (up.normalName().equals("p")) {
        return true;
      }
    }
    return false;
  }

  private static boolean isSkipTag(Element e) {
    for (String tag : SKIP_TAGS) {
      if (e.normalName().equals(tag)) {
        return true;
      }
    }
    return false;
  }

  /**
   * In a branch of its own that holds another item: only the spot's ancestors below the one it shares with
   * the headline count, so that a page-wide wrapper's class does not.
   */
  private static boolean isOtherItem(Element e, Element heading) {
    for (Element up = e; up != null && !isInside(heading, up); up = up.parent()) {
      String words = (up.className() + " " + up.id()).toLowerCase(Locale.ROOT);
      if (!words.isBlank() && MainContent.containsAny(words, OTHER_ITEM_WORDS)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isInside(Element e, Element ancestor) {
    for (Element up = e; up != null; up = up.parent()) {
      if (up == ancestor) {
        return true;
      }
    }
    return false;
  }

  private record Spot(Element element, String text, String datetime, int offset) {}
}
