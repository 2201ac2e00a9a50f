package dev.newsfold.parse;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Publication and modification date candidates of an HTML page, in the manner of htmldate: the
 * markup first (meta names, JSON-LD, itemprop, time elements), then short date-like elements near
 * the article (class/id words such as date, datum, published). Each candidate names its rule;
 * {@link MetadataExtractor} takes them in order. Dates in comments, related lists and footers are skipped.
 */
final class HtmlDates {
  /** Meta names/properties that give the publication time itself. */
  private static final Set<String> PUBLISHED_TIME = Set.of("article:published_time", "og:published_time",
      "og:article:published_time", "article.published", "published_time", "article:published");
  /** Meta names/properties that give the publication day in other vocabularies. */
  private static final Set<String> PUBLISHED_OTHER = Set.of("pubdate", "publishdate", "publish-date", "publish_date",
      "date", "dc.date", "dc.date.issued", "dc.date.created", "dcterms.date", "dcterms.issued", "dcterms.created",
      "sailthru.date", "parsely-pub-date", "cxenseparse:recs:publishtime", "originalpublicationdate",
      "article_date_original", "displaydate", "citation_publication_date", "citation_date", "datepublished",
      "date.available", "dc.date.published", "article.created", "created", "publication_date", "release_date",
      "og:pubdate", "bt:pubdate", "pub_date", "rnews:datepublished", "analyticsattributes.articledate",
      "date_published");
  private static final Set<String> MODIFIED = Set.of("article:modified_time", "og:updated_time", "article:modified",
      "dcterms.modified", "dc.date.modified", "last-modified", "lastmod", "datemodified", "modified_time",
      "article.updated", "updated_time", "parsely-updated");
  /** Class/id words of an element that shows the article's date. */
  private static final String[] DATE_WORDS = {"date", "datum", "time", "publish", "posted", "veroeffentlicht",
      "entry-meta", "post-meta", "postmeta", "article-meta", "meta-info", "byline", "dateline", "zeit", "fecha"};
  /** Class/id words of places whose dates are not the article's. */
  private static final String[] FOREIGN_WORDS = {"comment", "kommentar", "related", "sidebar", "footer", "widget",
      "teaser", "recent", "archive", "calendar", "kalender", "copyright", "reply", "event", "termin"};
  /**
   * Class/id words of places that hold other items: an itemprop date there is another item's. Narrower than
   * {@link #FOREIGN_WORDS}: an article's own schema.org date may well stand in its footer or a side column.
   */
  private static final String[] OTHER_ITEM_WORDS = {"comment", "kommentar", "reply", "related", "recent", "popular",
      "teaser-list", "swiper", "slider", "carousel"};
  /** At most this many date-like elements are read, in page order. */
  private static final int MAX_DATE_ELEMENTS = 40;

  private HtmlDates() {}

  static void collect(Document doc, List<FieldCandidate> out) {
    List<FieldCandidate> published = new ArrayList<>();
    List<FieldCandidate> other = new ArrayList<>();
    for (Element meta : doc.getElementsByTag("meta")) {
      String key = (meta.hasAttr("property") ? meta.attr("property")
          : meta.hasAttr("name") ? meta.attr("name") : meta.hasAttr("itemprop") ? meta.attr("itemprop")
          : meta.attr("http-equiv")).strip().toLowerCase(Locale.ROOT);
      String content = meta.attr("content").strip();
      if (key.isEmpty() || content.isEmpty()) {
        continue;
      }
      if (PUBLISHED_TIME.contains(key)) {
        published.add(new FieldCandidate("date", content, "meta_published_time"));
      } else if (PUBLISHED_OTHER.contains(key)) {
        other.add(new FieldCandidate("date", content, "meta_date"));
      } else if (MODIFIED.contains(key)) {
        out.add(new FieldCandidate("modified", content, "meta_modified_time"));
      }
    }
    out.addAll(published);
    out.addAll(other);
    for (Element e : doc.select("[itemprop=datePublished], [itemprop=dateCreated], [itemprop=dateModified]")) {
      String value = e.hasAttr("content") ? e.attr("content") : e.hasAttr("datetime") ? e.attr("datetime") : e.text();
      boolean modified = e.attr("itemprop").equals("dateModified");
      if (!value.isBlank() && !isOtherItem(e)) {
        out.add(new FieldCandidate(modified ? "modified" : "date", value.strip(),
            modified ? "itemprop_modified" : "itemprop_date"));
      }
    }
    Element time = firstOutsideForeign(doc.select("time[datetime]"));
    if (time != null) {
      out.add(new FieldCandidate("date", time.attr("datetime").strip(), "time_element"));
    }
    TitleDates.collect(doc, out);
    int read = 0;
    for (Element e : doc.body() == null ? List.<Element>of() : doc.body().getAllElements()) {
      String words = (e.className() + " " + e.id()).toLowerCase(Locale.ROOT).replace('_', '-');
      if (words.isBlank() || !MainContent.containsAny(words, DATE_WORDS) || MainContent.containsAny(words, FOREIGN_WORDS)) {
        continue;
      }
      String text = e.text();
      if (text.isEmpty() || text.length() > 160 || isForeign(e)) {
        continue;
      }
      out.add(new FieldCandidate("date", text, "date_element"));
      if (++read >= MAX_DATE_ELEMENTS) {
        break;
      }
    }
  }

  /** JSON-LD dates of one node; article-like nodes come first, as the caller orders them. */
  static void fromJsonLd(JsonNode node, List<FieldCandidate> out) {
    text(node.path("datePublished")).ifPresent(v -> out.add(new FieldCandidate("date", v, "jsonld_date_published")));
    text(node.path("dateCreated")).ifPresent(v -> out.add(new FieldCandidate("date", v, "jsonld_date_created")));
    text(node.path("dateModified")).ifPresent(v -> out.add(new FieldCandidate("modified", v, "jsonld_date_modified")));
  }

  private static java.util.Optional<String> text(JsonNode node) {
    return node.isTextual() && !node.asText().isBlank() ? java.util.Optional.of(node.asText().strip())
        : java.util.Optional.empty();
  }

  private static Element firstOutsideForeign(List<Element> candidates) {
    Element fallback = null;
    for (Element e : candidates) {
      if (isForeign(e)) {
        continue;
      }
      if (e.hasAttr("pubdate") || e.attr("itemprop").equals("datePublished")) {
        return e;
      }
      if (fallback == null) {
        fallback = e;
      }
    }
    return fallback;
  }

  /** Inside a comment, a related list or a slider of other articles. */
  private static boolean isOtherItem(Element e) {
    int level = 0;
    for (Element up = e; up != null && level < 12; up = up.parent(), level++) {
      String words = (up.className() + " " + up.id()).toLowerCase(Locale.ROOT);
      if (up.normalName().equals("nav") || !words.isBlank() && MainContent.containsAny(words, OTHER_ITEM_WORDS)) {
        return true;
      }
    }
    return false;
  }

  /** Inside a comment, a related list, a sidebar or a footer: walks up at most a few levels per element. */
  private static boolean isForeign(Element e) {
    int level = 0;
    for (Element up = e; up != null && level < 12; up = up.parent(), level++) {
      String tag = up.normalName();
      if (tag.equals("footer") || tag.equals("aside") || tag.equals("nav")) {
        return true;
      }
      String words = (up.className() + " " + up.id()).toLowerCase(Locale.ROOT);
      if (!words.isBlank() && MainContent.containsAny(words, FOREIGN_WORDS)) {
        return true;
      }
    }
    return false;
  }
}
