package dev.newsfold.collapse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.newsfold.fingerprint.CopyFingerprint;
import dev.newsfold.model.ParsedCopy;
import dev.newsfold.model.RawCopy;
import dev.newsfold.parse.ArticleFormat;
import dev.newsfold.parse.ArticleMetadata;
import dev.newsfold.parse.ParsedArticle;
import dev.newsfold.text.Hashing;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ArticleAssemblerTest {
  private static final String ARTICLE = "article-1";

  /** Builds a copy as assembly gets it; the canonical copy id decides which copy is canonical. */
  private static AssignedCopy copy(String path, List<String> paragraphs, ArticleMetadata metadata, String canonicalId) {
    String text = String.join("\n\n", paragraphs);
    RawCopy raw = new RawCopy("/in/" + path, path, text.length(), "none", Hashing.sha256Hex(text), "UTF-8", text);
    ParsedArticle article = new ParsedArticle(ArticleFormat.TEXT, metadata, paragraphs, Map.of());
    String id = raw.copyId();
    CopyFingerprint print = new CopyFingerprint(id, Hashing.sha256Hex(article.bodyText()), new long[0], new long[0], article.bodyText().length(),
        metadata.completeness());
    String canonical = canonicalId == null ? id : canonicalId;
    MatchRule rule = canonical.equals(id) ? MatchRule.CANONICAL : MatchRule.NEAR;
    return new AssignedCopy(CopySummary.of(new ParsedCopy(raw, article), print),
        new CopyAssignment(id, ARTICLE, canonical, rule, 1, 1));
  }

  private static ArticleMetadata meta(String title, String byline, String agency, LocalDate date, String url,
      String dateline) {
    return new ArticleMetadata(title, byline, agency, date, url, dateline, Map.of());
  }

  private static String idOf(String path, List<String> paragraphs) {
    String text = String.join("\n\n", paragraphs);
    return new RawCopy("/in/" + path, path, text.length(), "none", Hashing.sha256Hex(text), "UTF-8", text).copyId();
  }

  private static final List<String> FULL = List.of("First paragraph of the story.", "Second paragraph, longer than the"
      + " first one.", "Third and last paragraph.");
  private static final List<String> TRIMMED = List.of("First paragraph of the story.", "Second paragraph, longer"
      + " than the first one.");

  @Test
  void canonicalBodyAndCanonicalTitleFirst() {
    String canonicalId = idOf("full.txt", FULL);
    AssignedCopy canonical = copy("full.txt", FULL,
        meta("Canonical title", null, null, null, null, null), null);
    AssignedCopy other = copy("other.md", TRIMMED,
        meta("Other title", "Marta Pires", "Reuters", LocalDate.of(2025, 3, 12), "https://www.other.example/a",
            "LISBON"), canonicalId);
    for (List<AssignedCopy> order : List.of(List.of(canonical, other), List.of(other, canonical))) {
      ArticleRecord record = assemble(order);
      assertEquals(ArticleAssembler.articleId(order), record.articleId());
      assertEquals(canonicalId, record.canonicalCopyId());
      assertEquals("Canonical title", record.title());
      assertEquals(String.join("\n\n", FULL), record.bodyText());
      assertEquals(ArticleAssembler.wordCount(String.join("\n\n", FULL)), record.wordCount());
      // Fields the canonical copy lacks come from the other copy.
      assertEquals("Marta Pires", record.byline());
      assertEquals("Reuters", record.agency());
      assertEquals("LISBON", record.dateline());
      assertEquals(LocalDate.of(2025, 3, 12), record.publishedDate());
      assertEquals(canonicalId, record.fieldSources().get("title"));
      assertEquals(other.copy().copyId(), record.fieldSources().get("byline"));
      assertEquals(other.copy().copyId(), record.fieldSources().get("agency"));
      assertEquals(other.copy().copyId(), record.fieldSources().get("dateline"));
      assertEquals(other.copy().copyId(), record.fieldSources().get("published_date"));
      assertEquals(2, record.copyCount());
    }
  }

  @Test
  void titleFromAnotherCopyWhenCanonicalHasNone() {
    String canonicalId = idOf("000.txt", FULL);
    AssignedCopy canonical = copy("000.txt", FULL, meta(null, null, null, null, null, null), null);
    AssignedCopy withTitle = copy("001.txt", TRIMMED, meta("Russia Tells Hamas", null, "AFP", null, null, null),
        canonicalId);
    ArticleRecord record = assemble(List.of(withTitle, canonical));
    assertEquals("Russia Tells Hamas", record.title());
    assertEquals(withTitle.copy().copyId(), record.fieldSources().get("title"));
    assertEquals(String.join("\n\n", FULL), record.bodyText());
    assertNull(record.byline());
    assertNull(record.publishedDate());
    assertEquals(false, record.fieldSources().containsKey("byline"));
    assertEquals(false, record.fieldSources().containsKey("published_date"));
  }

  @Test
  void blankTitleCountsAsMissing() {
    String canonicalId = idOf("a.txt", FULL);
    AssignedCopy canonical = copy("a.txt", FULL, meta("  ", null, null, null, null, null), null);
    AssignedCopy other = copy("b.txt", TRIMMED, meta("Real title", null, null, null, null, null), canonicalId);
    assertEquals("Real title", assemble(List.of(canonical, other)).title());
  }

  @Test
  void amongOtherCopiesTheMostCompleteGivesTheField() {
    String canonicalId = idOf("c.txt", FULL);
    AssignedCopy canonical = copy("c.txt", FULL, meta(null, null, null, null, null, null), null);
    AssignedCopy shortCopy = copy("s.txt", List.of("First paragraph of the story."),
        meta("Short copy title", null, null, null, null, null), canonicalId);
    AssignedCopy longCopy = copy("l.txt", TRIMMED, meta("Long copy title", null, null, null, null, null), canonicalId);
    List<AssignedCopy> copies = new ArrayList<>(List.of(canonical, shortCopy, longCopy));
    for (int i = 0; i < 3; i++) {
      Collections.rotate(copies, 1);
      assertEquals("Long copy title", assemble(copies).title());
    }
  }

  @Test
  void earliestDateWinsAndUrlsAndSourcesAreEveryCopys() {
    String canonicalId = idOf("c.txt", FULL);
    AssignedCopy canonical = copy("c.txt", FULL, meta("T", null, null, LocalDate.of(2025, 3, 13),
        "https://www.harbour.example/news/strike", null), null);
    AssignedCopy early = copy("e.md", TRIMMED, meta(null, null, null, LocalDate.of(2025, 3, 12),
        "https://Atlantic.example/2025/03/12/strike", null), canonicalId);
    AssignedCopy late = copy("l.html", TRIMMED, meta(null, null, null, LocalDate.of(2025, 3, 14),
        "https://www.harbour.example/amp/strike", null), canonicalId);
    AssignedCopy noUrl = copy("n.txt", List.of("x"), meta(null, null, null, null, null, null), canonicalId);
    ArticleRecord record = assemble(List.of(late, noUrl, canonical, early));
    assertEquals(LocalDate.of(2025, 3, 12), record.publishedDate());
    assertEquals(early.copy().copyId(), record.fieldSources().get("published_date"));
    assertEquals(List.of("https://Atlantic.example/2025/03/12/strike", "https://www.harbour.example/amp/strike",
        "https://www.harbour.example/news/strike"), record.urls());
    assertEquals(List.of("atlantic.example", "harbour.example"), record.sources());
    assertEquals(4, record.copyCount());
    List<String> ids = new ArrayList<>(List.of(canonicalId, early.copy().copyId(), late.copy().copyId(),
        noUrl.copy().copyId()));
    Collections.sort(ids);
    assertEquals(ids, record.copyIds());
  }

  @Test
  void singleCopyArticle() {
    AssignedCopy only = copy("only.txt", FULL, meta("Only", null, null, null, "not a url at all", null), null);
    ArticleRecord record = assemble(List.of(only));
    assertEquals("Only", record.title());
    assertEquals(List.of("not a url at all"), record.urls());
    assertEquals(List.of(), record.sources());
    assertEquals(Map.of("title", only.copy().copyId()), record.fieldSources());
  }

  private static ArticleRecord assemble(List<AssignedCopy> copies) {
    return ArticleAssembler.assemble(copies).article();
  }

  @Test
  void theIdComesFromTheEarliestCopyWhicheverCopiesArriveLaterOrIsCanonical() {
    AssignedCopy first = copy("first.txt", TRIMMED, meta(null, null, null, LocalDate.of(2025, 3, 12), null, null), "x");
    AssignedCopy longer = copy("longer.txt", FULL, meta(null, null, null, LocalDate.of(2025, 3, 13), null, null), null);
    AssignedCopy undated = copy("undated.txt", List.of("Undated."), meta(null, null, null, null, null, null), "x");
    String id = ArticleAssembler.articleId(List.of(first));
    assertEquals(Hashing.shortId("article", first.copy().exactFingerprint()), id);
    assertEquals(id, ArticleAssembler.articleId(List.of(longer, first)), "a later, more complete copy keeps the id");
    assertEquals(id, ArticleAssembler.articleId(List.of(undated, longer, first)), "undated copies come last");
    AssignedCopy backdated = copy("backdated.txt", List.of("Earlier."),
        meta(null, null, null, LocalDate.of(2025, 3, 11), null, null), "x");
    assertEquals(ArticleAssembler.articleId(List.of(backdated)),
        ArticleAssembler.articleId(List.of(first, longer, backdated)), "a copy dated earlier than all others re-dates the story");
    AssignedCopy sameDay = copy("same-day.txt", List.of("Same day."),
        meta(null, null, null, LocalDate.of(2025, 3, 12), null, null), "x");
    String smallerFingerprint = first.copy().exactFingerprint().compareTo(sameDay.copy().exactFingerprint()) < 0
        ? first.copy().exactFingerprint() : sameDay.copy().exactFingerprint();
    assertEquals(Hashing.shortId("article", smallerFingerprint), ArticleAssembler.articleId(List.of(sameDay, first)),
        "on one date, the smaller exact fingerprint");
  }

  @Test
  void everyAssignmentCarriesTheArticlesId() {
    String canonicalId = idOf("full.txt", FULL);
    AssignedCopy canonical = copy("full.txt", FULL, meta("T", null, null, LocalDate.of(2025, 3, 12), null, null), null);
    AssignedCopy other = copy("other.md", TRIMMED, meta(null, null, null, null, null, null), canonicalId);
    ArticleState state = ArticleAssembler.assemble(List.of(other, canonical));
    assertEquals(2, state.assignments().size());
    for (CopyAssignment a : state.assignments()) {
      assertEquals(state.article().articleId(), a.articleId());
      assertEquals(canonicalId, a.canonicalCopyId());
    }
    assertEquals(state.article().copyIds(), state.assignments().stream().map(CopyAssignment::copyId).toList());
  }

  @Test
  void theArticleNeedsOnlyItsCanonicalCopysBody() {
    String canonicalId = idOf("full.txt", FULL);
    AssignedCopy canonical = copy("full.txt", FULL, meta(null, null, null, null, null, null), null);
    AssignedCopy other = copy("other.md", TRIMMED,
        meta("Other title", null, "AP", LocalDate.of(2025, 3, 12), "https://other.example/a", null), canonicalId);
    List<AssignedCopy> lean = new ArrayList<>();
    for (AssignedCopy c : List.of(other, canonical)) {
      lean.add(new AssignedCopy(c.copy().withoutBodyUnlessCanonical(c.assignment()), c.assignment()));
    }
    assertNull(lean.get(0).copy().bodyText(), "a copy that is not canonical leaves its body behind");
    assertEquals(ArticleAssembler.assemble(List.of(other, canonical)), ArticleAssembler.assemble(lean));
    List<AssignedCopy> headless = List.of(lean.get(0));
    assertThrows(IllegalStateException.class, () -> ArticleAssembler.assemble(headless));
  }

  @Test
  void wordCountCountsLetterOrDigitRuns() {
    assertEquals(6, ArticleAssembler.wordCount("It's a 48-hour strike.")); // It, s, a, 48, hour, strike
    assertEquals(0, ArticleAssembler.wordCount(" -- "));
  }
}
