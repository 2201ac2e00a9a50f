package dev.newsfold.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class SecondOpinionTest {
  private static String sentence(int i) {
    return "Sentence number " + i + " of the story tells readers something new, with a comma, and ends here.";
  }

  /** Sentences 0..n-1, each in a <p>. */
  private static String paragraphs(int n) {
    StringBuilder html = new StringBuilder();
    for (int i = 0; i < n; i++) {
      html.append("<p>").append(sentence(i)).append("</p>");
    }
    return html.toString();
  }

  @Test
  void askedOnlyWhenOurBodyIsShortOrUnsureAndThePageHoldsMuchMore() {
    assertTrue(SecondOpinion.worthAsking(300, 5000, false), "short body, much more text on the page");
    assertFalse(SecondOpinion.worthAsking(300, 800, false), "the page cannot give three times our text");
    assertFalse(SecondOpinion.worthAsking(4000, 50000, false), "a long body from the strict pass stands");
    assertTrue(SecondOpinion.worthAsking(4000, 50000, true), "the relaxed pass is unsure whatever its length");
    assertTrue(SecondOpinion.prefer(300, 901));
    assertFalse(SecondOpinion.prefer(300, 900));
    assertFalse(SecondOpinion.prefer(20, 200), "a short paragraph is no better answer");
  }

  @Test
  void readabilityFindsTheArticleAndNeverThrows() {
    String page = "<html><body><nav><a href='/'>Home</a></nav><div class='post'>" + paragraphs(8)
        + "</div><footer>Footer</footer></body></html>";
    var content = SecondOpinion.readability(Jsoup.parse(page));
    assertNotNull(content);
    assertTrue(content.text().contains(sentence(7)), content.text());
    assertFalse(content.text().contains("Footer"), content.text());
    SecondOpinion.readability(Jsoup.parse("<html><body></body></html>")); // no article: no exception
  }

  @Test
  void aPageInsideAnUnclosedNoscriptIsReadNotRejected() {
    String html = "<html><body><noscript><div id='nojs'></noscript><div id='text'>" + paragraphs(6)
        + "</div><noscript><img src='pixel.gif'>Please enable JavaScript</noscript></body></html>";
    List<String> body = HtmlParser.parse(html).blocks().stream().map(Block::text).collect(Collectors.toList());
    assertEquals(sentence(0), body.get(0));
    assertFalse(String.join(" ", body).contains("enable JavaScript"), body.toString());
  }
}
