package dev.newsfold.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class ArticleLeadTest {
  private static final String LEAD = "The harbour council voted on Tuesday to rebuild the old pier, at twice the cost.";

  private static Element container(String html) {
    return Jsoup.parse(html).getElementById("text");
  }

  @Test
  void aLeadBoxInTheArticleHeaderBeforeTheTextIsFound() {
    Element text = container("<article><header><div class='breadcrumb'><a href='/'>Home</a></div>"
        + "<p class='article-intro'>" + LEAD + "</p></header><div id='text'>" + ArticleTailTest.paragraphs(5) + "</div></article>");
    assertEquals(LEAD, ArticleLead.before(text).text());
  }

  @Test
  void leadWordsAreWholeTokensInKebabAndCamelCase() {
    assertTrue(ArticleLead.isMarkedLead(Jsoup.parse("<div class='storyLead'></div>").selectFirst("div")));
    assertTrue(ArticleLead.isMarkedLead(Jsoup.parse("<div class='c-page__standfirst'></div>").selectFirst("div")));
    assertFalse(ArticleLead.isMarkedLead(Jsoup.parse("<div class='leading-normal'></div>").selectFirst("div")));
  }

  @Test
  void aTeaserCardOfAnotherArticleIsALinkAndNoLead() {
    Element text = container("<div><div class='teaser'><a href='/other'>" + LEAD + "</a></div>"
        + "<div id='text'>" + ArticleTailTest.paragraphs(5) + "</div></div>");
    assertNull(ArticleLead.before(text));
  }

  @Test
  void nothingAfterTheTextAndNothingFarAwayIsALead() {
    assertNull(ArticleLead.before(container("<div><div id='text'>" + ArticleTailTest.paragraphs(5) + "</div><p class='summary'>"
        + LEAD + "</p></div>")));
    String deep = "<div>".repeat(7) + "<div id='text'>" + ArticleTailTest.paragraphs(5) + "</div>" + "</div>".repeat(7);
    assertNull(ArticleLead.before(container("<div><p class='intro'>" + LEAD + "</p>" + deep + "</div>")));
  }

  @Test
  void theParsedBodyStartsWithTheLeadWithoutTheHeadersFurniture() {
    String html = "<html><body><article><header><h1>Pier to be rebuilt</h1><nav class='breadcrumb'><a href='/'>Home"
        + "</a> / <a href='/news'>News</a></nav><div class='lead'><p>" + LEAD + "</p></div></header><div class='body'>"
        + ArticleTailTest.paragraphs(6) + "</div></article></body></html>";
    List<String> body = HtmlParser.parse(html).blocks().stream().map(Block::text).collect(Collectors.toList());
    assertEquals(LEAD, body.get(0));
    assertFalse(String.join(" ", body).contains("Home"), body.toString());
  }
}
