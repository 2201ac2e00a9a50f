package dev.newsfold.collapse;

import dev.newsfold.text.Chars;
import dev.newsfold.text.Hashing;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Builds an article from its copies. The body is the canonical copy's; title, byline, agency and
 * dateline come from the most complete copy that has them (the canonical first), the date is the
 * earliest any copy gives, and the URLs and sources are every copy's. The id comes from the story's
 * earliest copy ({@link #articleId}).
 */
public final class ArticleAssembler {
  private ArticleAssembler() {}

  /**
   * The article of a cluster's copies, and their assignments under its id. Only the canonical copy's
   * summary needs its body.
   */
  public static ArticleState assemble(List<AssignedCopy> copies) {
    String articleId = articleId(copies);
    List<CopyAssignment> assignments = new ArrayList<>();
    for (AssignedCopy c : copies) {
      CopyAssignment a = c.assignment();
      assignments.add(new CopyAssignment(a.copyId(), articleId, a.canonicalCopyId(), a.rule(), a.jaccard(),
          a.containment(), a.bodyRecursFrom()));
    }
    assignments.sort(Comparator.comparing(CopyAssignment::copyId));
    return new ArticleState(record(articleId, copies), assignments);
  }

  /**
   * A story's id, from its earliest copy: the earliest publication date any copy gives (undated
   * copies last), then the smallest exact fingerprint. It depends on the copies alone, not on the
   * runs, the batch order or which copy is canonical, so growing an archive batch by batch gives the
   * ids one run over everything gives; and as copies mostly arrive after the first one published, a
   * story keeps its id as it grows. It changes only when a copy dated earlier than all others turns
   * up later (the archive then records the old id as superseded by the new). When the earliest copy's
   * body was sent again after the fold window (a recurring brief with the same figures), the later
   * span's first date joins the fingerprint: otherwise both stories would take one id.
   */
  public static String articleId(List<AssignedCopy> copies) {
    Comparator<AssignedCopy> earliestFirst = Comparator
        .comparing((AssignedCopy c) -> c.copy().publishedDate(), Comparator.nullsLast(Comparator.naturalOrder()))
        .thenComparing(c -> c.copy().exactFingerprint());
    AssignedCopy earliest = copies.stream().min(earliestFirst).orElseThrow();
    String fingerprint = earliest.copy().exactFingerprint();
    String recursFrom = earliest.assignment().bodyRecursFrom();
    return Hashing.shortId("article", recursFrom == null ? fingerprint : fingerprint + "@" + recursFrom);
  }

  static ArticleRecord record(String articleId, List<AssignedCopy> copies) {
    List<CopySummary> ordered = new ArrayList<>(copies.size());
    copies.stream().sorted(Comparator.comparing((AssignedCopy c) -> !c.assignment().isCanonical())
        .thenComparing(AssignedCopy::copy, CopySummary.MOST_COMPLETE_FIRST)).forEach(c -> ordered.add(c.copy()));
    CopySummary canonical = ordered.get(0);
    if (canonical.bodyText() == null) { // Every cluster holds its centre, the one copy assigned as canonical.
      throw new IllegalStateException("article " + articleId + ": its first copy " + canonical.copyId()
          + " came without its body (no copy of the article is assigned as canonical)");
    }
    TreeMap<String, String> fieldSources = new TreeMap<>();
    String title = firstPresent(ordered, CopySummary::title, "title", fieldSources);
    String byline = firstPresent(ordered, CopySummary::byline, "byline", fieldSources);
    String agency = firstPresent(ordered, CopySummary::agency, "agency", fieldSources);
    String dateline = firstPresent(ordered, CopySummary::dateline, "dateline", fieldSources);
    LocalDate date = null;
    for (CopySummary c : ordered) {
      LocalDate d = c.publishedDate();
      if (d != null && (date == null || d.isBefore(date))) {
        date = d;
        fieldSources.put("published_date", c.copyId());
      }
    }
    TreeSet<String> urls = new TreeSet<>();
    TreeSet<String> sources = new TreeSet<>();
    TreeSet<String> copyIds = new TreeSet<>();
    for (CopySummary c : ordered) {
      copyIds.add(c.copyId());
      String url = c.canonicalUrl();
      if (url != null) {
        urls.add(url);
        host(url).ifPresent(sources::add);
      }
    }
    String body = canonical.bodyText();
    return new ArticleRecord(articleId, canonical.copyId(), title, byline, agency, date, List.copyOf(urls),
        dateline, body, wordCount(body), List.copyOf(copyIds), List.copyOf(sources), fieldSources);
  }

  private static String firstPresent(List<CopySummary> ordered, Function<CopySummary, String> field, String name,
      TreeMap<String, String> fieldSources) {
    for (CopySummary c : ordered) {
      String value = field.apply(c);
      if (value != null && !value.isBlank()) {
        fieldSources.put(name, c.copyId());
        return value;
      }
    }
    return null;
  }

  /** The outlet a URL belongs to: its host without "www.". */
  static java.util.Optional<String> host(String url) {
    try {
      String host = URI.create(url.strip()).getHost();
      return java.util.Optional.ofNullable(host).map(h -> h.toLowerCase(Locale.ROOT).replaceFirst("^www\\.", ""));
    } catch (IllegalArgumentException e) {
      return java.util.Optional.empty();
    }
  }

  public static int wordCount(String text) {
    int words = 0;
    boolean inWord = false;
    for (int i = 0; i < text.length(); i++) {
      boolean letter = Chars.isLetterOrDigit(text.charAt(i));
      if (letter && !inWord) {
        words++;
      }
      inWord = letter;
    }
    return words;
  }
}
