package dev.newsfold.collapse;

import dev.newsfold.parse.ArticleMetadata;
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

  /** The article of a cluster's copies, and their assignments under its id. */
  public static ArticleState assemble(List<ArchivedCopy> copies) {
    String articleId = articleId(copies);
    List<CopyAssignment> assignments = new ArrayList<>();
    for (ArchivedCopy c : copies) {
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
  public static String articleId(List<ArchivedCopy> copies) {
    Comparator<ArchivedCopy> earliestFirst = Comparator
        .comparing((ArchivedCopy c) -> metadata(c).publishedDate(), Comparator.nullsLast(Comparator.naturalOrder()))
        .thenComparing(c -> c.fingerprint().exactFingerprint());
    ArchivedCopy earliest = copies.stream().min(earliestFirst).orElseThrow();
    String fingerprint = earliest.fingerprint().exactFingerprint();
    String recursFrom = earliest.assignment().bodyRecursFrom();
    return Hashing.shortId("article", recursFrom == null ? fingerprint : fingerprint + "@" + recursFrom);
  }

  static ArticleRecord record(String articleId, List<ArchivedCopy> copies) {
    List<ArchivedCopy> ordered = new ArrayList<>(copies);
    Comparator<ArchivedCopy> canonicalFirst = Comparator.comparing((ArchivedCopy c) -> !c.assignment().isCanonical())
        .thenComparing(ArchivedCopy::fingerprint, com.google.common.collect.Ordering.from(
            dev.newsfold.fingerprint.CopyFingerprint.MOST_COMPLETE_FIRST));
    ordered.sort(canonicalFirst);
    ArchivedCopy canonical = ordered.get(0);
    TreeMap<String, String> fieldSources = new TreeMap<>();
    String title = firstPresent(ordered, ArticleMetadata::title, "title", fieldSources);
    String byline = firstPresent(ordered, ArticleMetadata::byline, "byline", fieldSources);
    String agency = firstPresent(ordered, ArticleMetadata::agency, "agency", fieldSources);
    String dateline = firstPresent(ordered, ArticleMetadata::dateline, "dateline", fieldSources);
    LocalDate date = null;
    for (ArchivedCopy c : ordered) {
      LocalDate d = metadata(c).publishedDate();
      if (d != null && (date == null || d.isBefore(date))) {
        date = d;
        fieldSources.put("published_date", c.copy().copyId());
      }
    }
    TreeSet<String> urls = new TreeSet<>();
    TreeSet<String> sources = new TreeSet<>();
    TreeSet<String> copyIds = new TreeSet<>();
    for (ArchivedCopy c : ordered) {
      copyIds.add(c.copy().copyId());
      String url = metadata(c).canonicalUrl();
      if (url != null) {
        urls.add(url);
        host(url).ifPresent(sources::add);
      }
    }
    String body = canonical.copy().article().bodyText();
    return new ArticleRecord(articleId, canonical.copy().copyId(), title, byline, agency, date, List.copyOf(urls),
        dateline, body, wordCount(body), List.copyOf(copyIds), List.copyOf(sources), fieldSources);
  }

  private static String firstPresent(List<ArchivedCopy> ordered, Function<ArticleMetadata, String> field, String name,
      TreeMap<String, String> fieldSources) {
    for (ArchivedCopy c : ordered) {
      String value = field.apply(metadata(c));
      if (value != null && !value.isBlank()) {
        fieldSources.put(name, c.copy().copyId());
        return value;
      }
    }
    return null;
  }

  private static ArticleMetadata metadata(ArchivedCopy c) {
    return c.copy().article().metadata();
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
      boolean letter = Character.isLetterOrDigit(text.charAt(i));
      if (letter && !inWord) {
        words++;
      }
      inWord = letter;
    }
    return words;
  }

}
