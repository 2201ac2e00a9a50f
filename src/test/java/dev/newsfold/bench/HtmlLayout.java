package dev.newsfold.bench;

import java.util.List;

/**
 * HTML page layouts: a news-site page (nav, header ticker, article with h1, byline, time, figure,
 * story body with a mid-article promo, share bar, related aside, cookie banner, footer, script)
 * and a WordPress-style page (entry-content, JSON-LD, widgets). Footer blocks that the outlet puts
 * under every story (about us, feed note) sit in plain divs inside main, where a parser that picks
 * the largest container will take them for body text.
 */
final class HtmlLayout {
  private HtmlLayout() {}

  static String html(Rng r, CopyRenderer.Copy c, String byline, String agency, String isoTime, String dateLine,
      String caption, String credit, String readMore, int readMoreAfter, List<String> footer, String url) {
    Outlets.Outlet o = c.outlet();
    String title = c.text().title();
    List<String> paragraphs = c.text().paragraphs();
    boolean wordpress = r.chance(0.35);
    boolean canonical = r.chance(0.85);
    StringBuilder sb = new StringBuilder(8192);
    sb.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n  <meta charset=\"utf-8\">\n");
    sb.append("  <title>").append(esc(title)).append(" | ").append(esc(o.name())).append("</title>\n");
    String lead = paragraphs.get(0);
    int cut = lead.lastIndexOf(' ', 157);
    String description = lead.length() > 160 ? lead.substring(0, cut > 0 ? cut : 157) + "..." : lead;
    sb.append("  <meta name=\"description\" content=\"").append(esc(description)).append("\">\n");
    if (byline != null) {
      sb.append("  <meta name=\"author\" content=\"").append(esc(byline)).append("\">\n");
    }
    sb.append("  <meta property=\"og:type\" content=\"article\">\n");
    sb.append("  <meta property=\"og:site_name\" content=\"").append(esc(o.name())).append("\">\n");
    sb.append("  <meta property=\"og:title\" content=\"").append(esc(title)).append("\">\n");
    sb.append("  <meta property=\"og:url\" content=\"").append(esc(url)).append("\">\n");
    if (r.chance(0.8)) {
      sb.append("  <meta property=\"article:published_time\" content=\"").append(isoTime).append("\">\n");
    }
    if (canonical) {
      sb.append("  <link rel=\"canonical\" href=\"").append(esc(url)).append("\">\n");
    }
    sb.append("  <link rel=\"stylesheet\" href=\"/assets/").append(o.slug()).append(".min.css?v=3.")
        .append(r.between(1, 40)).append("\">\n");
    if (wordpress) {
      sb.append("  <script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\","
          + "\"headline\":\"").append(json(title)).append("\",\"datePublished\":\"").append(isoTime).append('"');
      if (byline != null) {
        sb.append(",\"author\":{\"@type\":\"").append(byline.equals(agency) ? "Organization" : "Person")
            .append("\",\"name\":\"").append(json(byline)).append("\"}");
      }
      sb.append(",\"mainEntityOfPage\":\"").append(json(url)).append("\"}</script>\n");
    }
    sb.append("  <script async src=\"https://analytics.").append(o.domain()).append("/tag.js\"></script>\n");
    sb.append("</head>\n<body class=\"").append(wordpress ? "single single-post" : "article-page").append("\">\n\n");
    sb.append("<nav class=\"site-nav\" aria-label=\"Main\">\n  <a class=\"logo\" href=\"/\">").append(esc(o.name()))
        .append("</a>\n  <ul>\n");
    for (String section : o.sections()) {
      sb.append("    <li><a href=\"/").append(section).append("\">").append(Vocabulary.capitalise(section))
          .append("</a></li>\n");
    }
    sb.append("    <li><a class=\"btn-subscribe\" href=\"/subscribe\">Subscribe</a></li>\n  </ul>\n</nav>\n\n");
    sb.append("<header class=\"site-header\">\n  <p class=\"ticker\">Latest: ")
        .append(esc(SyntheticText.headline(r, SyntheticText.cast(r)))).append("</p>\n</header>\n\n<main>\n");
    sb.append(wordpress ? "<div class=\"post\">\n" : "<article class=\"story\">\n");
    sb.append("  <h1>").append(esc(title)).append("</h1>\n");
    if (byline != null) {
      sb.append("  <p class=\"byline\">By <span class=\"author\">").append(esc(byline)).append("</span></p>\n");
    }
    sb.append("  <p class=\"dateline\"><time datetime=\"").append(isoTime).append("\">").append(esc(dateLine))
        .append("</time></p>\n");
    if (caption != null) {
      sb.append("  <figure class=\"lead-image\">\n    <img src=\"/media/").append(r.hex(10))
          .append(".jpg\" alt=\"").append(esc(caption)).append("\">\n    <figcaption>").append(esc(caption))
          .append(" <span class=\"credit\">Photo: ").append(esc(credit)).append("</span></figcaption>\n  </figure>\n");
    }
    sb.append(wordpress ? "  <div class=\"entry-content\">\n" : "  <div class=\"story-body\">\n");
    for (int i = 0; i < paragraphs.size(); i++) {
      sb.append("    <p>").append(esc(paragraphs.get(i))).append("</p>\n");
      if (readMore != null && i + 1 == readMoreAfter && i + 1 < paragraphs.size()) {
        sb.append("    <div class=\"inline-promo read-more\"><a href=\"#\">Read more: ").append(esc(readMore))
            .append("</a></div>\n");
      }
    }
    sb.append("  </div>\n  <div class=\"share-buttons\"><span>Share:</span> <a href=\"#\">Facebook</a> "
        + "<a href=\"#\">X</a> <a href=\"#\">Email</a></div>\n");
    sb.append(wordpress ? "</div>\n" : "</article>\n");
    for (String block : footer) {
      if (block.equals(o.cookie())) {
        continue;
      }
      String cls = block.equals(o.newsletter()) ? "newsletter-signup" : block.equals(o.appeal()) ? "support-us"
          : block.equals(o.copyright()) ? "legal" : "outlet-note";
      sb.append("<div class=\"").append(cls).append("\"><p>").append(esc(block)).append("</p></div>\n");
    }
    sb.append("<aside class=\"related\">\n  <h2>Related</h2>\n  <ul>\n");
    for (int i = r.between(2, 3); i > 0; i--) {
      sb.append("    <li><a href=\"#\">").append(esc(SyntheticText.headline(r, SyntheticText.cast(r))))
          .append("</a></li>\n");
    }
    sb.append("  </ul>\n</aside>\n</main>\n\n");
    if (footer.contains(o.cookie()) || r.chance(0.5)) {
      sb.append("<div id=\"cookie-consent\" class=\"cookie-banner\" role=\"dialog\">\n  <p>").append(esc(o.cookie()))
          .append("</p>\n  <button type=\"button\">Accept all</button>\n</div>\n\n");
    }
    sb.append("<footer class=\"site-footer\">\n  <p><a href=\"/about\">About us</a> · <a href=\"/contact\">Contact</a>"
        + " · <a href=\"/privacy\">Privacy</a></p>\n  <p>").append(esc(o.copyright())).append("</p>\n</footer>\n\n");
    sb.append("<script>\n  window.").append(o.slug()).append(" = {section: \"news\", articleId: \"")
        .append(r.hex(12)).append("\"};\n</script>\n</body>\n</html>\n");
    return sb.toString();
  }

  static String esc(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }

  private static String json(String s) {
    return s.replace("\\", "\\\\").replace("\"", "\\\"");
  }
}
