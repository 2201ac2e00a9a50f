package dev.newsfold.parse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * HTML to blocks with jsoup: metadata candidates from meta tags, JSON-LD and headings; the body from
 * the container {@link MainContent} scores best (or {@link SecondOpinion}'s, when far longer), with
 * its furniture pruned. The tree is walked iteratively, so deeply nested markup cannot overflow the stack.
 */
public final class HtmlParser {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> BLOCK_TAGS = Set.of("p", "div", "section", "article", "main", "h1", "h2", "h3",
      "h4", "h5", "h6", "li", "ul", "ol", "blockquote", "figcaption", "table", "tr", "td", "th", "dl", "dt", "dd",
      "pre", "address", "center", "body", "hr");

  /** Text (non-space characters) below which the strict main-content pass is not trusted alone. */
  private static final int MIN_MAIN_TEXT = 250;

  private HtmlParser() {}

  public static ParsedMarkup parse(String html) {
    Document doc = Jsoup.parse(html);
    List<FieldCandidate> candidates = new ArrayList<>();
    collectMeta(doc, candidates);
    collectJsonLd(doc, candidates);
    collectVisible(doc, candidates);
    return body(doc, candidates);
  }

  private static void collectMeta(Document doc, List<FieldCandidate> out) {
    addMeta(doc, "meta[property=og:title]", "title", "og_title", out);
    addMeta(doc, "meta[name=twitter:title]", "title", "twitter_title", out);
    addMeta(doc, "meta[property=og:site_name]", "site_name", "og_site_name", out);
    addMeta(doc, "meta[name=author]", "byline", "meta_author", out);
    addMeta(doc, "meta[property=article:author]", "byline", "meta_article_author", out);
    Element canonical = doc.selectFirst("link[rel=canonical][href]");
    if (canonical != null) {
      out.add(new FieldCandidate("url", canonical.attr("href").strip(), "link_canonical"));
    }
    addMeta(doc, "meta[property=og:url]", "url", "og_url", out);
    Element title = doc.selectFirst("title");
    if (title != null && !title.text().isBlank()) {
      out.add(new FieldCandidate("title", title.text().strip(), "html_title"));
    }
  }

  private static void addMeta(Document doc, String selector, String field, String rule, List<FieldCandidate> out) {
    for (Element meta : doc.select(selector)) {
      String content = meta.attr("content").strip();
      if (!content.isEmpty()) {
        out.add(new FieldCandidate(field, content, rule));
        return;
      }
    }
  }

  /** Title, author, URL and dates of article-like JSON-LD nodes, then dates of any other node (a WebPage). */
  private static void collectJsonLd(Document doc, List<FieldCandidate> out) {
    List<JsonNode> others = new ArrayList<>();
    for (Element script : doc.select("script[type=application/ld+json]")) {
      try {
        JsonNode root = JSON.readTree(script.data());
        List<JsonNode> nodes = new ArrayList<>();
        flattenGraph(root, nodes);
        for (JsonNode node : nodes) {
          if (!isArticleType(node.path("@type"))) {
            others.add(node);
            continue;
          }
          text(node.path("headline")).ifPresent(v -> out.add(new FieldCandidate("title", v, "jsonld_headline")));
          HtmlDates.fromJsonLd(node, out);
          JsonNode author = node.path("author");
          List<String> names = new ArrayList<>();
          for (JsonNode a : author.isArray() ? author : List.of(author)) {
            text(a.isObject() ? a.path("name") : a).ifPresent(names::add);
          }
          if (!names.isEmpty()) {
            out.add(new FieldCandidate("byline", String.join(", ", names), "jsonld_author"));
          }
          JsonNode page = node.path("mainEntityOfPage");
          text(page.isObject() ? page.path("@id") : page).or(() -> text(node.path("url")))
              .ifPresent(v -> out.add(new FieldCandidate("url", v, "jsonld_url")));
        }
      } catch (java.io.IOException | RuntimeException e) {
        // Broken JSON-LD is common on real pages; the other sources still give the metadata.
      }
    }
    for (JsonNode node : others) {
      HtmlDates.fromJsonLd(node, out);
    }
  }

  private static boolean isArticleType(JsonNode type) {
    for (JsonNode t : type.isArray() ? type : List.of(type)) {
      String name = t.asText("");
      if (name.contains("Article") || name.contains("Posting") || name.contains("Report")) {
        return true;
      }
    }
    return false;
  }

  private static void flattenGraph(JsonNode node, List<JsonNode> out) {
    if (node.isArray()) {
      node.forEach(n -> flattenGraph(n, out));
    } else if (node.isObject()) {
      out.add(node);
      if (node.has("@graph")) {
        flattenGraph(node.get("@graph"), out);
      }
      if (node.path("mainEntity").isObject()) {
        flattenGraph(node.get("mainEntity"), out);
      }
    }
  }

  private static java.util.Optional<String> text(JsonNode node) {
    return node.isTextual() && !node.asText().isBlank() ? java.util.Optional.of(node.asText().strip())
        : java.util.Optional.empty();
  }

  private static void collectVisible(Document doc, List<FieldCandidate> out) {
    Element h1 = firstPreferringArticle(doc.getElementsByTag("h1"));
    if (h1 != null && !h1.text().isBlank()) {
      out.add(new FieldCandidate("title", h1.text().strip(), "html_h1"));
    }
    Elements authors = doc.select("a[rel=author]");
    if (authors.size() > 1) {
      out.add(new FieldCandidate("byline", String.join(", ", authors.eachText()), "byline_element"));
    }
    Element byline = doc.selectFirst("[rel=author], [itemprop=author], [class*=byline], .author, .by-line");
    if (byline != null && !byline.text().isBlank()) {
      out.add(new FieldCandidate("byline", firstLine(byline), "byline_element"));
    }
    HtmlDates.collect(doc, out);
  }

  /** The text before the first line break: "Carol Lindgren<br>Courier Staff Writer" is a name, then a job. */
  private static String firstLine(Element e) {
    Element copy = e.clone();
    copy.select("br").after("\n");
    for (String line : copy.wholeText().split("\n")) {
      if (!line.isBlank()) {
        return Lines.clean(line);
      }
    }
    return e.text().strip();
  }

  /**
   * The first element inside an article or main, else the first. Walks up from each candidate
   * instead of using a descendant selector, which costs time quadratic in nesting depth.
   */
  private static Element firstPreferringArticle(List<Element> candidates) {
    for (Element e : candidates) {
      for (Element up = e.parent(); up != null; up = up.parent()) {
        if (up.tagName().equals("article") || up.tagName().equals("main")) {
          return e;
        }
      }
    }
    return candidates.isEmpty() ? null : candidates.get(0);
  }

  /**
   * Blocks of the main content; a second opinion's when it finds far more text; when neither finds a
   * paragraph, those of the whole page without its furniture. The page's other paragraphs go along as
   * furniture.
   */
  private static ParsedMarkup body(Document doc, List<FieldCandidate> candidates) {
    Elements scripts = doc.getElementsByTag("script"); // Read only when the HTML holds little text.
    MainContent.removeNonText(doc);
    doc.getElementsByTag("h1").remove(); // The headline is metadata, taken above.
    List<Block> page = blocks(doc.body());
    MainContent.Choice choice = MainContent.choose(doc.body(), MIN_MAIN_TEXT);
    List<Block> ours = choice == null ? List.of() : blocks(choice.root());
    String extraction = choice == null ? null : choice.extraction();
    if (ours.isEmpty()) {
      Element whole = MainContent.wholePage(doc.body());
      ArticleTail.trim(whole);
      ours = blocks(whole);
      extraction = "whole_page";
    }
    int ourText = SecondOpinion.textLength(ours);
    ParsedMarkup html = new ParsedMarkup(ArticleFormat.HTML, ours, candidates, extraction, furniture(page, ours));
    if (SecondOpinion.worthAsking(ourText, SecondOpinion.textLength(page), choice == null || !choice.strict())) {
      Element theirs = SecondOpinion.readability(doc.clone());
      if (theirs != null) {
        Element pruned = MainContent.wholePage(theirs); // Our furniture rules hold for it too.
        if (SecondOpinion.prefer(ourText, SecondOpinion.textLength(blocks(pruned)))) {
          ArticleTail.trim(pruned); // After the comparison: the trim is not to decide which reader wins.
          List<Block> second = blocks(pruned);
          List<Block> body = new ArrayList<>(dateLines(ours));
          body.addAll(second);
          html = new ParsedMarkup(ArticleFormat.HTML, body, candidates, "fallback_readability", furniture(page, second));
        }
      }
    }
    int htmlText = SecondOpinion.textLength(html.blocks());
    if (htmlText < SecondOpinion.SHORT_BODY) {
      // A script-rendered page: its article may be in a script's JSON, and is taken when far longer.
      List<Block> embedded = EmbeddedText.fromScripts(scripts.stream().map(Element::data).toList(), titles(candidates));
      if (SecondOpinion.prefer(htmlText, SecondOpinion.textLength(embedded))) {
        return new ParsedMarkup(ArticleFormat.HTML, embedded, candidates, "embedded_json", furniture(page, embedded));
      }
    }
    return html;
  }

  private static List<String> titles(List<FieldCandidate> candidates) {
    List<String> titles = new ArrayList<>();
    for (FieldCandidate c : candidates) {
      if (c.field().equals("title")) {
        titles.add(c.value());
      }
    }
    return titles;
  }

  /**
   * The date lines at the head of our own body ("4 April 2020", "Posted 04.04.2020"): Readability leaves
   * them out of its body, and the date rules read them there.
   */
  private static List<Block> dateLines(List<Block> ours) {
    List<Block> lines = new ArrayList<>();
    for (Block b : ours.subList(0, Math.min(ours.size(), PublicationDates.HEAD_BLOCKS))) {
      if (PublicationDates.isDateLine(b.text())) {
        lines.add(b);
      }
    }
    return lines;
  }

  /** The page's paragraphs (not list items, headings or captions: menus and teaser lists) outside the body. */
  private static List<String> furniture(List<Block> page, List<Block> body) {
    Set<String> inBody = new java.util.HashSet<>();
    body.forEach(b -> inBody.add(b.text()));
    List<String> out = new ArrayList<>();
    for (Block b : page) {
      if (b.kind() == Block.Kind.PARAGRAPH && !inBody.contains(b.text())) {
        out.add(b.text());
      }
    }
    return out;
  }

  private static List<Block> blocks(Element root) {
    BlockCollector collector = new BlockCollector();
    NodeTraversor.filter(collector, root);
    collector.flush();
    return collector.blocks;
  }

  /** Walks the tree iteratively, cutting a block at every block-level element and at double <br>. */
  private static final class BlockCollector implements NodeFilter {
    final List<Block> blocks = new ArrayList<>();
    /** A <br>; two in a row end a paragraph, one is a space. */
    private static final String LINE_BREAK = "\u2028";
    private static final java.util.regex.Pattern PARAGRAPH_BREAK =
        java.util.regex.Pattern.compile(LINE_BREAK + "\\s*" + LINE_BREAK);
    private final StringBuilder buffer = new StringBuilder();
    private final java.util.ArrayDeque<Block.Kind> kinds = new java.util.ArrayDeque<>();

    @Override
    public FilterResult head(Node node, int depth) {
      if (node instanceof TextNode text) {
        buffer.append(text.getWholeText().replace('\n', ' ').replace('\r', ' '));
      } else if (node instanceof Element e) {
        if (e.tagName().equals("br")) {
          buffer.append(LINE_BREAK);
        } else if (BLOCK_TAGS.contains(e.tagName())) {
          flush();
          kinds.push(kindOf(e));
        }
      }
      return FilterResult.CONTINUE;
    }

    @Override
    public FilterResult tail(Node node, int depth) {
      if (node instanceof Element e && BLOCK_TAGS.contains(e.tagName())) {
        flush();
        kinds.poll();
      }
      return FilterResult.CONTINUE;
    }

    void flush() {
      if (buffer.length() == 0) {
        return;
      }
      Block.Kind kind = kinds.isEmpty() ? Block.Kind.PARAGRAPH : kinds.peek();
      for (String part : PARAGRAPH_BREAK.split(buffer)) {
        String text = Lines.clean(part);
        if (!text.isEmpty()) {
          blocks.add(new Block(kind, text, false, ""));
        }
      }
      buffer.setLength(0);
    }

    private static Block.Kind kindOf(Element e) {
      switch (e.tagName()) {
        case "h1": case "h2": case "h3": case "h4": case "h5": case "h6":
          return Block.Kind.HEADING;
        case "li": case "dt": case "dd":
          return Block.Kind.LIST_ITEM;
        case "figcaption":
          return Block.Kind.CAPTION;
        case "blockquote":
          return Block.Kind.QUOTE;
        default:
          return Block.Kind.PARAGRAPH;
      }
    }
  }
}
