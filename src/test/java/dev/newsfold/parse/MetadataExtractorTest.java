package dev.newsfold.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class MetadataExtractorTest {
  private static final String SECOND = "Police said at least a dozen people were detained during the march, which"
      + " drew several thousand protesters.";
  private static final String THIRD = "The government has not commented on the protests.";

  /** Both passes, as ArticleParser runs them (without the boilerplate rules between). */
  private static MetadataExtractor.Extraction extract(ArticleFormat format, List<Block> blocks,
      List<FieldCandidate> candidates) {
    MetadataExtractor.Extraction first =
        MetadataExtractor.extract(new ParsedMarkup(format, new ArrayList<>(blocks), candidates));
    return MetadataExtractor.finish(first.metadata(), first.body());
  }

  private static List<String> texts(List<Block> blocks) {
    return blocks.stream().map(Block::text).collect(Collectors.toList());
  }

  @Test
  void reutersDatelineGivesPlaceAndAgencyAndLeavesTheParagraph() {
    MetadataExtractor.Extraction e = extract(ArticleFormat.TEXT, List.of(
        Block.paragraph("NAIROBI, May 3 (Reuters) - Kenyan police fired tear gas at protesters in the capital on"
            + " Saturday, witnesses said."),
        Block.paragraph(SECOND), Block.paragraph(THIRD)), List.of());
    ArticleMetadata m = e.metadata();
    assertEquals("NAIROBI", m.dateline());
    assertEquals("Reuters", m.agency());
    assertEquals("dateline_prefix", m.rules().get("dateline"));
    assertEquals("dateline_agency", m.rules().get("agency"));
    assertEquals(List.of("Kenyan police fired tear gas at protesters in the capital on Saturday, witnesses said.",
        SECOND, THIRD), texts(e.body()));
  }

  @Test
  void otherDatelineShapes() {
    String[][] cases = {
        {"LISBON, March 12, 2025 (Reuters) - Dockworkers at the port walked out on Wednesday over pay and shifts.",
            "LISBON", "Reuters"},
        {"WASHINGTON (AP) \u2014 The Senate voted on Tuesday to pass the spending bill after a long night of debate.",
            "WASHINGTON", "AP"},
        {"SAN JUAN, Puerto Rico, Jan. 5 (AFP) - A powerful storm knocked out power to most of the island overnight.",
            "SAN JUAN", "AFP"},
        {"PARIS -- French farmers blocked roads around the capital on Monday in protest at new fuel taxes.",
            "PARIS", null},
    };
    for (String[] c : cases) {
      ArticleMetadata m = extract(ArticleFormat.TEXT, List.of(Block.paragraph(c[0]), Block.paragraph(SECOND),
          Block.paragraph(THIRD)), List.of()).metadata();
      assertEquals(c[1], m.dateline(), c[0]);
      assertEquals(c[2], m.agency(), c[0]);
    }
  }

  @Test
  void ordinarySentenceIsNoDateline() {
    String first = "The minister said on Monday that talks would resume - but gave no date for the next round.";
    MetadataExtractor.Extraction e = extract(ArticleFormat.TEXT, List.of(Block.paragraph(first),
        Block.paragraph(SECOND), Block.paragraph(THIRD)), List.of());
    assertNull(e.metadata().dateline());
    assertEquals(first, e.body().get(0).text());
  }

  @Test
  void markdownHeadingBylineDateAndUrlFooterAreTakenOut() {
    List<Block> blocks = List.of(
        new Block(Block.Kind.HEADING, "Port strike halts Lisbon", false, ""),
        Block.paragraph("By Marta Pires, Reuters"),
        Block.paragraph("March 12, 2025"),
        Block.paragraph("Dockworkers in Lisbon walked out on Wednesday over pay, halting container traffic."),
        Block.paragraph(SECOND),
        Block.paragraph("Original url:"),
        Block.paragraph("https://atlantic.example/2025/03/12/port-strike"));
    MetadataExtractor.Extraction e = extract(ArticleFormat.MARKDOWN, blocks, List.of());
    ArticleMetadata m = e.metadata();
    assertEquals("Port strike halts Lisbon", m.title());
    assertEquals("Marta Pires", m.byline());
    assertEquals("Reuters", m.agency());
    assertEquals(LocalDate.of(2025, 3, 12), m.publishedDate());
    assertEquals("https://atlantic.example/2025/03/12/port-strike", m.canonicalUrl());
    assertEquals("markdown_heading", m.rules().get("title"));
    assertEquals("byline_line", m.rules().get("byline"));
    assertEquals("date_line", m.rules().get("date"));
    assertEquals("footer_url", m.rules().get("url"));
    assertEquals(List.of("Dockworkers in Lisbon walked out on Wednesday over pay, halting container traffic.", SECOND),
        texts(e.body()));
    assertEquals(4, m.completeness());
  }

  @Test
  void inlineUrlFooterAndDateFromUrlPath() {
    MetadataExtractor.Extraction e = extract(ArticleFormat.TEXT, List.of(
        Block.paragraph("Dockworkers in Lisbon walked out on Wednesday over pay, halting container traffic."),
        Block.paragraph(SECOND),
        Block.paragraph("Source: <https://news.example/2025/03/12/strike>")), List.of());
    assertEquals("https://news.example/2025/03/12/strike", e.metadata().canonicalUrl());
    assertEquals(LocalDate.of(2025, 3, 12), e.metadata().publishedDate());
    assertEquals("url_path", e.metadata().rules().get("date"));
    assertEquals(2, e.body().size());
  }

  @Test
  void htmlCandidatesInRuleOrder() {
    List<FieldCandidate> candidates = List.of(
        new FieldCandidate("title", "Dockers strike halts port | EuroFreight Weekly", "html_title"),
        new FieldCandidate("title", "Dockers strike halts port - EuroFreight Weekly", "og_title"),
        new FieldCandidate("site_name", "EuroFreight Weekly", "og_site_name"),
        new FieldCandidate("date", "2025-03-12T11:20:00+00:00", "meta_published_time"),
        new FieldCandidate("date", "2020-01-01", "time_element"),
        new FieldCandidate("byline", "Marta Pires", "meta_author"),
        new FieldCandidate("url", "https://eurofreight.example/og", "og_url"),
        new FieldCandidate("url", "https://eurofreight.example/canonical", "link_canonical"));
    ArticleMetadata m = extract(ArticleFormat.HTML, List.of(
        Block.paragraph("Dockworkers in Lisbon walked out on Wednesday over pay, halting container traffic."),
        Block.paragraph(SECOND)), candidates).metadata();
    assertEquals("Dockers strike halts port", m.title());
    assertEquals("og_title", m.rules().get("title"));
    assertEquals(LocalDate.of(2025, 3, 12), m.publishedDate());
    assertEquals("meta_published_time", m.rules().get("date"));
    assertEquals("Marta Pires", m.byline());
    assertEquals("https://eurofreight.example/canonical", m.canonicalUrl());
    assertEquals("link_canonical", m.rules().get("url"));
  }

  @Test
  void h1WinsOverMetaTitles() {
    List<FieldCandidate> candidates = List.of(
        new FieldCandidate("title", "Meta title", "og_title"),
        new FieldCandidate("title", "Visible headline", "html_h1"));
    ArticleMetadata m = extract(ArticleFormat.HTML, List.of(Block.paragraph(SECOND)), candidates).metadata();
    assertEquals("Visible headline", m.title());
    assertEquals("html_h1", m.rules().get("title"));
  }

  @Test
  void siteSuffixIsRemovedFromTitles() {
    assertEquals("Dockers strike halts port", MetadataExtractor.withoutSiteSuffix(
        "Dockers strike halts port | EuroFreight Weekly", "EuroFreight Weekly"));
    assertEquals("Dockers strike halts port", MetadataExtractor.withoutSiteSuffix(
        "Dockers strike halts port \u2013 The Lisbon Post", null));
    assertEquals("Dockers strike halts port", MetadataExtractor.withoutSiteSuffix(
        "News | Business | Dockers strike halts port | EuroFreight Weekly", "EuroFreight Weekly"));
  }

  @Test
  void dashInsideTheHeadlineIsKept() {
    assertEquals("Minister resigns \u2013 opposition calls for a snap election", MetadataExtractor.withoutSiteSuffix(
        "Minister resigns \u2013 opposition calls for a snap election | The Post", "The Post"));
  }

  @Test
  void extractLeavesTheDatelineToFinish() {
    List<Block> blocks = List.of(Block.paragraph("NAIROBI, May 3 (Reuters) - Kenyan police fired tear gas at"
        + " protesters in the capital on Saturday, witnesses said."), Block.paragraph(SECOND));
    MetadataExtractor.Extraction first =
        MetadataExtractor.extract(new ParsedMarkup(ArticleFormat.TEXT, new ArrayList<>(blocks), List.of()));
    assertNull(first.metadata().dateline());
    MetadataExtractor.Extraction finished = MetadataExtractor.finish(first.metadata(), first.body());
    assertEquals("NAIROBI", finished.metadata().dateline());
    assertEquals("Reuters", finished.metadata().agency());
  }

  @Test
  void creditLineGivesAgencyAndLeavesTheBody() {
    MetadataExtractor.Extraction e = extract(ArticleFormat.TEXT, List.of(
        Block.paragraph("Dockworkers in Lisbon walked out on Wednesday over pay, halting container traffic."),
        Block.paragraph("(AFP)"), Block.paragraph(SECOND)), List.of());
    assertEquals("AFP", e.metadata().agency());
    assertEquals("credit_line", e.metadata().rules().get("agency"));
    assertEquals(2, e.body().size());
  }

  @Test
  void capsFirstLineOfTextIsTheTitle() {
    MetadataExtractor.Extraction e = extract(ArticleFormat.TEXT, List.of(
        Block.paragraph("DOCKWORKERS STRIKE HALTS LISBON PORT"),
        Block.paragraph("Dockworkers in Lisbon walked out on Wednesday over pay, halting container traffic."),
        Block.paragraph(SECOND), Block.paragraph(THIRD)), List.of());
    assertEquals("DOCKWORKERS STRIKE HALTS LISBON PORT", e.metadata().title());
    assertEquals("text_caps_headline", e.metadata().rules().get("title"));
    assertEquals(3, e.body().size());
  }

  @Test
  void signoffGivesAgency() {
    MetadataExtractor.Extraction e = extract(ArticleFormat.TEXT, List.of(
        Block.paragraph("Dockworkers in Lisbon walked out on Wednesday over pay, halting container traffic."),
        Block.paragraph(SECOND), Block.paragraph("The talks resume on Friday. (AFP)")), List.of());
    assertEquals("AFP", e.metadata().agency());
    assertEquals("signoff", e.metadata().rules().get("agency"));
  }

  @Test
  void nothingToFindGivesNulls() {
    ArticleMetadata m = extract(ArticleFormat.TEXT, List.of(Block.paragraph(SECOND)), List.of()).metadata();
    assertNull(m.title());
    assertNull(m.byline());
    assertNull(m.agency());
    assertNull(m.publishedDate());
    assertNull(m.canonicalUrl());
    assertNull(m.dateline());
    assertEquals(0, m.completeness());
  }
}
