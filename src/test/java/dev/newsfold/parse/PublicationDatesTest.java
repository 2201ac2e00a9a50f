package dev.newsfold.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** How a page's publication day is chosen from its sources; the pages are made up. */
class PublicationDatesTest {
  private static final String ARTICLE = "<p>" + "The harbour council met on a grey morning and argued for hours about "
      .repeat(6) + "the new quay.</p><p>" + "Fishermen waited outside with thermos flasks and patience. ".repeat(6)
      + "</p>";

  private static List<FieldCandidate> nearTitle(String html) {
    List<FieldCandidate> out = new ArrayList<>();
    TitleDates.collect(Jsoup.parse(html), out);
    return out;
  }

  private static ArticleMetadata metadata(String head, String body) {
    return ArticleParser.parse("page.html", "<!DOCTYPE html><html><head>" + head + "</head><body>" + body
        + "</body></html>").metadata();
  }

  @Test
  void dateLineUnderTheHeadlineIsThePublicationDay() {
    ArticleMetadata m = metadata("<title>Quay plans split the council | Harbour News</title>",
        "<ul class='main-menu'><li><a href='/a'>Archive 12. Mai 2012</a></li></ul>"
            + "<h1>Quay plans split the council</h1><p class='x'>Text: Anna Berg, Redaktion, 7. Juni 2020</p>" + ARTICLE
            + "<div class='comments'><p class='c'>Leser, 9. Juni 2020</p></div>");
    assertEquals(LocalDate.of(2020, 6, 7), m.publishedDate());
  }

  @Test
  void nearTitleReadsTheNearestShortDateTextOrDatetimeBelowTheHeadline() {
    assertEquals(List.of(new FieldCandidate("date", "2020-06-07T10:00:00+02:00", "near_title")),
        nearTitle("<title>Quay plans</title><nav>June 1, 2020</nav><h1>Quay plans</h1>"
        + "<div><span>By Anna</span> <time datetime='2020-06-07T10:00:00+02:00'>yesterday</time></div>"
        + ARTICLE));
    assertEquals(List.of(new FieldCandidate("date", "Harbour, 3 mars 2020", "near_title")),
        nearTitle("<title>Quay plans</title><p class='kicker'>Harbour, 3 mars 2020</p>"
        + "<h1>Quay plans</h1>" + ARTICLE + "<p>© 2020 Harbour News</p>"));
  }

  @Test
  void aDateIsReadUpTo900CharactersOfTextPastTheHeadlineAndNotOneFurther() {
    // The headline's text starts its spot; a long paragraph (not a spot itself) then fills the distance.
    for (int filler : new int[] {889, 890, 891}) {
      List<FieldCandidate> found = nearTitle("<title>Quay plans</title><h1>Quay plans</h1><p>" + "x".repeat(filler)
          + "</p><p>June 7, 2020</p>" + ARTICLE);
      assertEquals(filler + "Quay plans".length() <= 900 ? List.of(new FieldCandidate("date", "June 7, 2020",
          "near_title")) : List.of(), found, "filler " + filler);
    }
    // A headline in a part that is skipped has no spot: no date is read beside it, however near.
    assertEquals(List.of(), nearTitle("<title>Quay plans</title><nav><h1>Quay plans</h1></nav><p>June 7, 2020</p>"
        + ARTICLE));
  }

  @Test
  void headlineIsTheHeadingThatThePageTitleRepeatsNotTheLogo() {
    ArticleMetadata m = metadata("<title>Quay plans split the council - Harbour Blog</title>",
        "<h1>Harbour Blog</h1><div class='sidebar-list'><span>March 3, 2019</span></div>" + "<p>filler</p>".repeat(3)
            + "<h2 class='t'>Quay plans split the council</h2><span class='x'>Posted on June 7, 2020</span>" + ARTICLE);
    assertEquals(LocalDate.of(2020, 6, 7), m.publishedDate());
  }

  @Test
  void datesInCommentsAndSlidersBesideTheHeadlineAreNotTheArticles() {
    ArticleMetadata m = metadata("<title>Quay plans split the council</title>",
        "<h1>Quay plans split the council</h1><div class='swiper'><span>01.07.2020</span></div>"
            + "<div id='comment-3'><span>02.07.2020</span></div>" + ARTICLE);
    assertNotEquals("near_title", m.rules().get("date"));
  }

  @Test
  void utcTimestampTakesTheDayOfTheSameInstantGivenWithItsOffset() {
    ArticleMetadata m = metadata("<meta property='article:published_time' content='2020-06-07T23:30:00Z'>",
        "<h1>Quay</h1><time datetime='2020-06-08T01:30:00+02:00'>8 June</time>" + ARTICLE);
    assertEquals(LocalDate.of(2020, 6, 8), m.publishedDate());
  }

  @Test
  void utcTimestampTakesTheDayOfTheSameInstantOnALocalWallClock() {
    ArticleMetadata m = metadata("<meta property='article:published_time' content='2023-11-09T01:09:55+00:00'>"
        + "<meta name='date' content='2023-11-08 18:09:55'>", "<h1>Quay</h1>" + ARTICLE);
    assertEquals(LocalDate.of(2023, 11, 8), m.publishedDate());
  }

  @Test
  void utcTimestampAtTheHourBeforeMidnightIsTheNextLocalDay() {
    assertEquals(LocalDate.of(2021, 11, 5), metadata(
        "<meta property='article:published_time' content='2021-11-04T23:00Z'>", "<h1>Quay</h1>" + ARTICLE)
        .publishedDate());
    assertEquals(LocalDate.of(2021, 11, 4), metadata(
        "<meta property='article:published_time' content='2021-11-04T23:17:12Z'>", "<h1>Quay</h1>" + ARTICLE)
        .publishedDate());
  }

  @Test
  void itempropDateInTheArticlesOwnFooterCountsButNotInARelatedList() {
    List<FieldCandidate> own = HtmlParser.parse("<html><body><div class='article'><h1>Quay</h1>" + ARTICLE
        + "<div class='footer'><time itemprop='datePublished' datetime='2022-01-21'>21.01.2022</time></div></div>"
        + "</body></html>").candidates();
    assertTrue(own.contains(new FieldCandidate("date", "2022-01-21", "itemprop_date")));
    List<FieldCandidate> related = HtmlParser.parse("<html><body><div class='article'><h1>Quay</h1>" + ARTICLE
        + "</div><div class='related-posts'><time itemprop='datePublished' datetime='2022-01-03'>3.1.</time></div>"
        + "</body></html>").candidates();
    assertTrue(related.stream().noneMatch(c -> c.rule().equals("itemprop_date")));
  }

  @Test
  void dateBesideTheHeadlineLeadsTheMarkup() {
    ArticleMetadata m = metadata("<title>Quay plans</title>"
        + "<meta property='article:published_time' content='2020-05-28T09:00:00+02:00'>",
        "<h1>Quay plans</h1><div class='meta'><span>By Anna Berg</span> <span>June 7, 2020</span></div>" + ARTICLE);
    assertEquals(LocalDate.of(2020, 6, 7), m.publishedDate());
    assertEquals("near_title", m.rules().get("date"));
  }

  @Test
  void aDateLabelledAsTheLastChangeEndsTheSearchBesideTheHeadline() {
    assertEquals(List.of(),
        nearTitle("<title>Quay plans</title><h1>Quay plans</h1><p>Aktualisiert am 9. Juni 2020</p>"
        + "<p>Am 7. Juni 2020</p>" + ARTICLE));
    assertEquals(List.of(), nearTitle("<title>Quay plans</title><h1>Quay plans</h1>"
        + "<time class='last-updated' datetime='2020-06-09'>9 June</time>" + ARTICLE));
    assertEquals(List.of(), nearTitle("<title>Quay plans</title><h1>Quay plans</h1>"
        + "<time itemprop='dateModified' datetime='2020-06-09'>9 June</time>" + ARTICLE));
  }

  @Test
  void aDateUnderALabelOfAnotherEventOrInAQuoteIsPassedOver() {
    assertEquals(List.of(new FieldCandidate("date", "Veröffentlicht: 02.02.2021", "near_title")),
        nearTitle("<title>Quay plans</title><h1>Quay plans</h1><p>Termin: 21.02.2021, 19 Uhr</p>"
        + "<blockquote>— someone (@someone) May 3, 2021</blockquote><p>Veröffentlicht: 02.02.2021</p>" + ARTICLE));
  }

  @Test
  void dateElementClassesAreReadWithUnderscoresAsHyphens() {
    List<FieldCandidate> out = new ArrayList<>();
    HtmlDates.collect(Jsoup.parse("<div class='post_meta'>November 22, 2011</div><div class='postmeta'>3. August 2015"
        + " · Filed under News</div>"), out);
    assertTrue(out.contains(new FieldCandidate("date", "November 22, 2011", "date_element")));
    assertTrue(out.contains(new FieldCandidate("date", "3. August 2015 · Filed under News", "date_element")));
  }

  @Test
  void aDateSetApartInsideTheHeadlineCounts() {
    assertEquals(List.of(new FieldCandidate("date", "02.02.2022 • Club, Press", "near_title")),
        nearTitle("<title>Fans return to the hall</title><h1>Fans return to the hall "
        + "<small>02.02.2022 • Club, Press</small></h1>" + ARTICLE));
  }
}
