package dev.newsfold.parse;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class ArticleTailTest {
  /** Paragraphs of prose, each in a <p> (the lead test uses them too). */
  static String paragraphs(int n) {
    StringBuilder html = new StringBuilder();
    for (int i = 0; i < n; i++) {
      html.append("<p>Paragraph ").append(i).append(" of the story tells the reader something new about the")
          .append(" council's decision, with a comma, and it ends as a sentence does.</p>");
    }
    return html.toString();
  }

  private static String trimmed(String html) {
    Element root = Jsoup.parse(html).body().child(0);
    ArticleTail.trim(root);
    return root.text();
  }

  @Test
  void aBoxAfterTheArticleTextWithAFurnitureWordGoesEvenWhenItReadsAsProse() {
    String text = trimmed("<div><div class='text'>" + paragraphs(8) + "</div><div class='post-author-box'>"
        + "<p>Jane Doe writes about towns and their councils, and lives by the sea with two cats.</p></div></div>");
    assertFalse(text.contains("Jane Doe"), text);
    assertTrue(text.contains("Paragraph 7"), text);
  }

  @Test
  void postMetaAfterTheTextGoesByItsClass() {
    String text = trimmed("<div><div class='entry'>" + paragraphs(8) + "</div><div class='postmetadata'>This entry"
        + " was posted on Tuesday, 6 May, and filed under News. You can follow any responses to this entry.</div></div>");
    assertFalse(text.contains("This entry"), text);
  }

  @Test
  void trailingHeadingsLinkListsAndShortLabelsGoButAShortLastSentenceStays() {
    String text = trimmed("<div>" + paragraphs(8) + "<p>That is all.</p><h3>More on this</h3>"
        + "<p><a href='/a'>The council's other decision this year</a></p><p>Share this page</p></div>");
    assertTrue(text.endsWith("That is all."), text);
  }

  @Test
  void aShortLineBetweenParagraphsIsNeverTouched() {
    String html = "<div>" + paragraphs(4) + "<p>Photo gallery</p>" + paragraphs(4) + "</div>";
    assertTrue(trimmed(html).contains("Photo gallery"));
  }

  @Test
  void theArticlesOwnListAndLinkFreeListsStay() {
    String text = trimmed("<div>" + paragraphs(8) + "<ul><li>2 eggs</li><li>100 g flour</li></ul></div>");
    assertTrue(text.endsWith("100 g flour"), text);
    String outside = trimmed("<div><div class='text'>" + paragraphs(8) + "</div><ul><li>390 kcal</li></ul></div>");
    assertTrue(outside.endsWith("390 kcal"), outside);
  }

  @Test
  void aTailLongerThanAFifthOfTheTextIsPartOfTheArticle() {
    StringBuilder labels = new StringBuilder();
    for (int i = 0; i < 40; i++) {
      labels.append("<p>Item number ").append(i).append("</p>");
    }
    String html = "<div>" + paragraphs(3) + labels + "</div>";
    assertTrue(trimmed(html).endsWith("Item number 39"));
  }

  @Test
  void aDateLineNearTheHeadIsLeftForTheDateRules() {
    String text = trimmed("<div>" + paragraphs(4) + "<p>7 June 2020</p><p>Tags</p></div>");
    assertTrue(text.endsWith("7 June 2020"), text);
  }

  @Test
  void shapeOfFurniture() {
    assertTrue(ArticleTail.looksLikeFurniture(Jsoup.parse("<h3>Also read</h3>").selectFirst("h3")));
    assertTrue(ArticleTail.looksLikeFurniture(Jsoup.parse("<p><a>Read the whole series here</a> now</p>")
        .selectFirst("p")));
    assertTrue(ArticleTail.looksLikeFurniture(Jsoup.parse("<p>More on the harbour at <a>example.org/harbour</a>.</p>")
        .selectFirst("p")), "a short block a third links is a pointer");
    assertFalse(ArticleTail.looksLikeFurniture(Jsoup.parse("<p>Es regnet.</p>").selectFirst("p")));
    assertFalse(ArticleTail.looksLikeFurniture(Jsoup.parse("<p>今天下雨了。</p>").selectFirst("p")));
  }
}
