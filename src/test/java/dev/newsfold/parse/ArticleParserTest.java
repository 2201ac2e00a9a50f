package dev.newsfold.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleParserTest {
  private static final String SEED_000 = "000_6c056e0bb85963ea.txt";
  private static final String SEED_001 = "001_f9f9b3f117937358.txt";

  private static ParsedArticle parseSeed(String name) throws IOException {
    return ArticleParser.parse(name, Files.readString(Path.of("sample-input", name)));
  }

  private static void assertCleanBody(List<String> paragraphs) {
    assertEquals(12, paragraphs.size(), String.join("\n", paragraphs));
    assertTrue(paragraphs.get(0).startsWith("A deputy Russian foreign minister met Monday"), paragraphs.get(0));
    assertTrue(paragraphs.get(11).startsWith("The Russian ministry said the two also discussed"), paragraphs.get(11));
    for (String p : paragraphs) {
      assertFalse(p.contains("Moscow Times"), "donation appeal: " + p);
      assertFalse(p.contains("Dear readers"), "donation appeal: " + p);
      assertFalse(p.contains("Remind me later"), "donation appeal: " + p);
      assertFalse(p.contains("support"), "donation appeal: " + p);
      assertFalse(p.contains("Alexander Shcherbak"), "caption credit: " + p);
      assertFalse(p.contains("TASS"), "caption credit: " + p);
      assertFalse(p.contains("Related article"), "related link: " + p);
      assertFalse(p.contains("http"), "url: " + p);
      assertFalse(p.contains("themoscowtimes"), "url: " + p);
      assertFalse(p.contains("Original url"), "url footer: " + p);
      assertFalse(p.contains("**") || p.contains("]("), "markup left: " + p);
    }
  }

  @Test
  void seed000GivesTwelveCleanParagraphs() throws IOException {
    ParsedArticle article = parseSeed(SEED_000);
    assertEquals(ArticleFormat.TEXT, article.format());
    assertCleanBody(article.paragraphs());
    assertTrue(article.stripped().getOrDefault("appeal", 0) > 0, article.stripped().toString());
    assertNull(article.metadata().title());
    assertNull(article.metadata().publishedDate());
    assertNull(article.metadata().canonicalUrl());
  }

  @Test
  void seed001GivesTwelveCleanParagraphsAndItsMetadata() throws IOException {
    ParsedArticle article = parseSeed(SEED_001);
    assertEquals(ArticleFormat.MARKDOWN, article.format());
    assertCleanBody(article.paragraphs());
    ArticleMetadata m = article.metadata();
    assertEquals("Russia Tells Hamas to 'Keep Promises' on Hostage Release", m.title());
    assertEquals("AFP", m.agency());
    assertNull(m.byline(), "AFP is the agency, not an author");
    assertEquals(LocalDate.of(2025, 2, 4), m.publishedDate());
    assertEquals("https://www.themoscowtimes.com/2025/02/04/russia-tells-hamas-to-keep-promises-on-hostage-release-a87847",
        m.canonicalUrl());
    assertEquals(1, article.stripped().get("caption"));
    assertEquals(1, article.stripped().get("related_link"));
  }

  /** The manifest's headlines of the wire copies that open with the site's section path, then a date line. */
  @Test
  void sectionPathAndDateLineAboveTheHeadlineAreNeitherTitleNorBody() throws IOException {
    ParsedArticle reuters = parseSeed("010_lisbon-port-strike_harbourherald.txt");
    assertEquals("PORTUGAL DOCKWORKERS STRIKE HALTS LISBON CONTAINER TRAFFIC", reuters.metadata().title());
    String lead = reuters.paragraphs().get(0);
    assertTrue(lead.startsWith("Container traffic at the port of Lisbon"), lead);
    assertEquals(1, reuters.stripped().get("navigation"), reuters.stripped().toString());

    String afp = "Coastline News > World > Europe\n\nWildfire forces thousands from homes in southern Greece\n\n"
        + "22 Jul 2025 - 15:48  |  AFP\n\n"
        + "Greek authorities ordered the evacuation of five villages in the southern Peloponnese on Tuesday.\n\n"
        + "More than 280 firefighters were battling the blaze, which broke out on Monday afternoon.\n\n"
        + "Emergency text alerts were sent overnight to residents, urging them to leave towards the coast.\n";
    ParsedArticle article = ArticleParser.parse("afp.txt", afp);
    assertEquals("Wildfire forces thousands from homes in southern Greece", article.metadata().title());
    assertEquals(3, article.paragraphs().size(), article.paragraphs().toString());
    assertTrue(article.paragraphs().get(0).startsWith("Greek authorities"), article.paragraphs().get(0));
  }

  /** A path is navigation only at the head: further down, a row of short cells stays in the body. */
  @Test
  void shortCellsSeparatedByBarsInTheBodyAreKept() {
    String text = "Council election count ends after two days of recounts\n\n"
        + "The count at the town hall ended late on Friday after two days of recounts in three wards.\n\n"
        + "Labour | 12 seats\n\n"
        + "The new council meets for the first time on Tuesday to choose its leader and committee chairs.\n";
    ParsedArticle article = ArticleParser.parse("count.txt", text);
    assertEquals("Council election count ends after two days of recounts", article.metadata().title());
    assertTrue(article.paragraphs().contains("Labour | 12 seats"), article.paragraphs().toString());
  }

  @Test
  void bothSeedsGiveTheSameBody() throws IOException {
    assertEquals(parseSeed(SEED_000).paragraphs(), parseSeed(SEED_001).paragraphs());
    assertEquals(parseSeed(SEED_000).bodyText(), parseSeed(SEED_001).bodyText());
  }

  @Test
  void htmlPageEndToEnd() {
    String html = "<html><head><title>Port strike | The Post</title>"
        + "<meta property=\"article:published_time\" content=\"2025-03-12T14:02:37+00:00\">"
        + "<link rel=\"canonical\" href=\"https://post.example/strike\"></head><body>"
        + "<div class=\"cookie-notice\">We use cookies.</div>"
        + "<article><h1>Port strike halts Lisbon</h1>"
        + "<p>Dockworkers in Lisbon walked out on Wednesday over pay, halting container traffic.</p>"
        + "<p>Sign up for our free daily newsletter.</p>"
        + "<p>The union said the strike would last 48 hours.</p></article>"
        + "<footer>All rights reserved.</footer></body></html>";
    ParsedArticle article = ArticleParser.parse("page.txt", html);
    assertEquals(ArticleFormat.HTML, article.format());
    assertEquals("Port strike halts Lisbon", article.metadata().title());
    assertEquals(LocalDate.of(2025, 3, 12), article.metadata().publishedDate());
    assertEquals("https://post.example/strike", article.metadata().canonicalUrl());
    assertEquals(List.of("Dockworkers in Lisbon walked out on Wednesday over pay, halting container traffic.",
        "The union said the strike would last 48 hours."), article.paragraphs());
    assertEquals(1, article.stripped().get("newsletter"));
  }
}
