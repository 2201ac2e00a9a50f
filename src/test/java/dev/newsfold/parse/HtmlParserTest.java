package dev.newsfold.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class HtmlParserTest {
  private static final String PAGE = """
      <!DOCTYPE html>
      <html lang="en">
      <head>
        <meta charset="utf-8">
        <title>Dockers strike halts Lisbon port | EuroFreight Weekly</title>
        <meta property="og:title" content="Dockers strike halts Lisbon port">
        <meta name="twitter:title" content="Twitter headline">
        <meta property="og:site_name" content="EuroFreight Weekly">
        <meta name="author" content="Marta Pires">
        <meta property="article:published_time" content="2025-03-12T11:20:00+00:00">
        <link rel="canonical" href=" https://eurofreight.example/news/dockers-strike ">
        <meta property="og:url" content="https://eurofreight.example/og-url">
        <script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebPage"},
          {"@type":"NewsArticle","headline":"JSON-LD headline","datePublished":"2025-03-12T11:20:00Z",
           "author":[{"@type":"Person","name":"Marta Pires"},{"@type":"Person","name":"Rui Costa"}],
           "mainEntityOfPage":{"@id":"https://eurofreight.example/jsonld-url"}}]}</script>
        <script type="application/ld+json">{ this is broken json </script>
      </head>
      <body>
        <nav><a href="/">Home</a> <a href="/ports">Ports</a> NAVIGATION LINKS</nav>
        <header class="site-header">Ticker: markets open higher</header>
        <div id="cookie-banner">We use cookies to improve your experience. <button>Accept all</button></div>
        <article>
          <h1>Dockers strike halts Lisbon port</h1>
          <p class="byline">By Marta Pires</p>
          <div class="article-meta"><time datetime="2025-03-12T11:20:00+00:00">12 March 2025</time></div>
          <figure><img src="crane.jpg"><figcaption>Cranes stand idle. Photo: Reuters</figcaption></figure>
          <p>The port of Lisbon was brought to a standstill on Wednesday.</p>
          <div class="newsletter-promo"><p>Sign up for our daily freight newsletter.</p></div>
          <p>Union leaders said the strike would last <b>48 hours</b>.</p>
          <div class="share-bar"><a>Share on Facebook</a></div>
          <div class="article-text">Shipping lines diverted vessels.<br><br>Officials expect delays.</div>
          <script>var tracking = "SCRIPT TEXT";</script>
          <style>.x { color: red; }</style>
        </article>
        <aside><h2>Most read</h2><ul><li>ASIDE STORY</li></ul></aside>
        <footer>FOOTER TEXT (c) EuroFreight Weekly</footer>
      </body>
      </html>
      """;

  private static List<String> texts(ParsedMarkup parsed) {
    return parsed.blocks().stream().map(Block::text).collect(Collectors.toList());
  }

  private static String value(ParsedMarkup parsed, String rule) {
    return parsed.candidates().stream().filter(c -> c.rule().equals(rule)).map(FieldCandidate::value)
        .findFirst().orElse(null);
  }

  private static String field(ParsedMarkup parsed, String rule) {
    return parsed.candidates().stream().filter(c -> c.rule().equals(rule)).map(FieldCandidate::field)
        .findFirst().orElse(null);
  }

  @Test
  void metadataCandidatesFromMetaTagsJsonLdAndHeadings() {
    ParsedMarkup parsed = HtmlParser.parse(PAGE);
    assertEquals(ArticleFormat.HTML, parsed.format());
    assertEquals("Dockers strike halts Lisbon port", value(parsed, "og_title"));
    assertEquals("title", field(parsed, "og_title"));
    assertEquals("Twitter headline", value(parsed, "twitter_title"));
    assertEquals("EuroFreight Weekly", value(parsed, "og_site_name"));
    assertEquals("Marta Pires", value(parsed, "meta_author"));
    assertEquals("2025-03-12T11:20:00+00:00", value(parsed, "meta_published_time"));
    assertEquals("date", field(parsed, "meta_published_time"));
    assertEquals("https://eurofreight.example/news/dockers-strike", value(parsed, "link_canonical"));
    assertEquals("url", field(parsed, "link_canonical"));
    assertEquals("https://eurofreight.example/og-url", value(parsed, "og_url"));
    assertEquals("Dockers strike halts Lisbon port | EuroFreight Weekly", value(parsed, "html_title"));
    assertEquals("JSON-LD headline", value(parsed, "jsonld_headline"));
    assertEquals("2025-03-12T11:20:00Z", value(parsed, "jsonld_date_published"));
    assertEquals("Marta Pires, Rui Costa", value(parsed, "jsonld_author"));
    assertEquals("https://eurofreight.example/jsonld-url", value(parsed, "jsonld_url"));
    assertEquals("Dockers strike halts Lisbon port", value(parsed, "html_h1"));
    assertEquals("By Marta Pires", value(parsed, "byline_element"));
    assertEquals("2025-03-12T11:20:00+00:00", value(parsed, "time_element"));
  }

  @Test
  void bodyKeepsArticleParagraphsAndDropsFurniture() {
    List<String> body = texts(HtmlParser.parse(PAGE));
    assertEquals(List.of(
        "The port of Lisbon was brought to a standstill on Wednesday.",
        "Union leaders said the strike would last 48 hours.",
        "Shipping lines diverted vessels.",
        "Officials expect delays."), body);
  }

  @Test
  void furnitureNeverReachesTheBody() {
    String all = String.join("\n", texts(HtmlParser.parse(PAGE)));
    for (String furniture : List.of("NAVIGATION", "Ticker", "cookies", "Accept", "Photo: Reuters", "newsletter",
        "Share on", "SCRIPT TEXT", "color: red", "ASIDE STORY", "Most read", "FOOTER TEXT", "By Marta Pires")) {
      assertFalse(all.contains(furniture), furniture + " leaked into " + all);
    }
  }

  @Test
  void paragraphsLeftOutOfTheBodyGoAlongAsFurniture() {
    List<String> furniture = HtmlParser.parse(PAGE).furniture();
    assertTrue(furniture.contains("Sign up for our daily freight newsletter."), furniture.toString());
    assertTrue(furniture.stream().anyMatch(f -> f.contains("FOOTER TEXT")), furniture.toString());
    assertFalse(furniture.contains("Union leaders said the strike would last 48 hours."), "body text is not furniture");
    assertFalse(furniture.contains("ASIDE STORY"), "a list item (a teaser, a menu entry) is not furniture evidence");
  }

  @Test
  void doubleBrSeparatesParagraphsInABareBody() {
    ParsedMarkup parsed = HtmlParser.parse(
        "<html><body>First paragraph here.<br><br>Second paragraph here.<br/><br/>\nThird one.</body></html>");
    assertEquals(List.of("First paragraph here.", "Second paragraph here.", "Third one."), texts(parsed));
  }

  @Test
  void newlineInsideABlockIsASpace() {
    assertEquals(List.of("Dockworkers walked out on Wednesday."),
        texts(HtmlParser.parse("<html><body><p>Dockworkers walked\nout on Wednesday.</p></body></html>")));
    assertEquals(List.of("Line one line two"),
        texts(HtmlParser.parse("<html><body><p>Line one<br>line two</p></body></html>")));
  }

  @Test
  void singleBrDoesNotSplit() {
    ParsedMarkup parsed = HtmlParser.parse("<html><body><p>Line one<br>line two</p></body></html>");
    assertEquals(1, parsed.blocks().size(), texts(parsed).toString());
    String text = parsed.blocks().get(0).text();
    assertTrue(text.startsWith("Line one") && text.endsWith("line two"), text);
  }

  @Test
  void singleBrFollowedBySourceNewlineDoesNotSplit() {
    ParsedMarkup parsed = HtmlParser.parse("<html><body><p>Line one<br>\nline two</p></body></html>");
    assertEquals(List.of("Line one line two"), texts(parsed));
  }

  @Test
  void containerWithMostParagraphTextIsChosen() {
    String html = "<html><body><div id=\"content\"><p>Short.</p></div>"
        + "<div class=\"article-body\"><p>This is the long article body with a lot more text in it.</p>"
        + "<p>And a second paragraph to make it longer still.</p></div></body></html>";
    assertEquals(List.of("This is the long article body with a lot more text in it.",
        "And a second paragraph to make it longer still."), texts(HtmlParser.parse(html)));
  }

  @Test
  void blockKindsFollowTags() {
    ParsedMarkup parsed = HtmlParser.parse(
        "<html><body><article><h2>Sub</h2><p>Para.</p><ul><li>Item</li></ul><blockquote>Quote.</blockquote>"
            + "</article></body></html>");
    assertEquals(List.of(Block.Kind.HEADING, Block.Kind.PARAGRAPH, Block.Kind.LIST_ITEM, Block.Kind.QUOTE),
        parsed.blocks().stream().map(Block::kind).collect(Collectors.toList()));
  }

  @Test
  void entitiesAreDecoded() {
    List<String> body = texts(HtmlParser.parse("<p>Dockers&#8217; &ldquo;strike&rdquo; &amp; more &#8211; now</p>"));
    assertEquals(List.of("Dockers\u2019 \u201Cstrike\u201D & more \u2013 now"), body);
  }

  @Test
  void roleNavigationAndCookieConsentClassesAreRemoved() {
    String html = "<html><body><div role=\"navigation\">ROLE NAV</div>"
        + "<div class=\"gdpr-consent\">CONSENT BOX</div><p>Real text stays.</p></body></html>";
    List<String> body = texts(HtmlParser.parse(html));
    assertEquals(List.of("Real text stays."), body);
    assertTrue(HtmlParser.parse(html).candidates().isEmpty());
  }

  @Test
  void theScoredContainerIsTheBodyAndFurnitureInsideItIsPruned() {
    String paragraph = "<p>The council voted on Tuesday, after a long debate, to keep the library open, "
        + "funding it from the reserve, the mayor said.</p>";
    String html = "<html><body><nav><a href=\"/\">Home</a> <a href=\"/news\">News</a></nav>"
        + "<div class=\"sidebar\"><ul><li><a href=\"/a\">Other story one</a></li><li><a href=\"/b\">Other story two</a></li></ul></div>"
        + "<div class=\"artikel-inhalt\">" + paragraph.repeat(3)
        + "<div class=\"share-buttons\">Teilen auf Facebook, Twitter, WhatsApp</div>"
        + "<div id=\"comments\"><p>A reader wrote a long comment, with commas, that is not the article at all.</p></div>"
        + "</div><footer>Impressum, Datenschutz, Kontakt</footer></body></html>";
    ParsedMarkup parsed = HtmlParser.parse(html);
    assertEquals("main_content", parsed.extraction());
    List<String> body = texts(parsed);
    assertEquals(3, body.size(), body.toString());
    assertTrue(body.stream().allMatch(t -> t.startsWith("The council voted")), body.toString());
  }

  @Test
  void aPageWithoutParagraphsGivesItsWholeBody() {
    ParsedMarkup parsed = HtmlParser.parse("<html><body><div>Short note.</div></body></html>");
    assertEquals("whole_page", parsed.extraction());
    assertEquals(List.of("Short note."), texts(parsed));
  }
}
