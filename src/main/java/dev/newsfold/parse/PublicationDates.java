package dev.newsfold.parse;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Chooses a copy's publication and modification dates from ordered sources, each recorded as the
 * rule: the date shown beside the headline, the markup (meta names, JSON-LD, itemprop, time elements),
 * then a date line at the head of the body, then the URL path, then short date elements of the page.
 * A UTC timestamp yields to the local day of the same instant when the page also gives it: the day an
 * article was published is the newsroom's day, not Greenwich's.
 */
final class PublicationDates {
  /**
   * Page rules, most trusted first. The date the page shows beside its headline leads: it is the one readers
   * see, while publishing systems often fill the markup with a first draft's or a republication's time. The
   * generic meta date (name="date", DC.date) comes after the schema.org ones: systems set it to the day
   * the page was generated as often as to the day it was published.
   */
  private static final List<String> MARKUP_RULES = List.of("near_title", "meta_published_time",
      "jsonld_date_published", "itemprop_date", "meta_date", "jsonld_date_created", "time_element",
      MetadataExtractor.RECORD_DATE);
  private static final List<String> MODIFIED_RULES = List.of("meta_modified_time", "jsonld_date_modified",
      "itemprop_modified");
  /** How far into the document a date line may stand. */
  static final int HEAD_BLOCKS = 8;
  private static final java.util.regex.Pattern TIMESTAMP_LABEL =
      java.util.regex.Pattern.compile("^(?i:published|updated|posted|first published|last updated)\\b[^\\p{L}]*\\d");
  private static final int EARLIEST_YEAR = 1990;

  private PublicationDates() {}

  static LocalDate published(List<Block> blocks, Map<String, List<FieldCandidate>> candidates, String url,
      Map<String, String> rules) {
    LocalDate published = fromMarkupOrText(blocks, candidates, url, rules);
    // "Published: 12/03/2025 09:47 GMT" is page furniture, whether or not its date was read.
    removeHeadLine(blocks, PublicationDates::isTimestampLine);
    return published;
  }

  private static LocalDate fromMarkupOrText(List<Block> blocks, Map<String, List<FieldCandidate>> candidates,
      String url, Map<String, String> rules) {
    List<FieldCandidate> dates = candidates.getOrDefault("date", List.of());
    Optional<LocalDate> fromUrl = url == null ? Optional.empty() : DateParser.inUrlPath(url);
    for (String rule : MARKUP_RULES) {
      for (FieldCandidate c : dates) {
        Optional<LocalDate> date = c.rule().equals(rule) ? plausible(c.value()) : Optional.empty();
        if (date.isPresent()) {
          rules.put("date", rule);
          removeHeadLine(blocks, PublicationDates::isDateLine);
          return isUtc(c.value()) ? localDay(c.value(), date.get(), dates, fromUrl) : date.get();
        }
      }
    }
    for (int i = 0; i < Math.min(blocks.size(), HEAD_BLOCKS); i++) {
      String text = blocks.get(i).text();
      Optional<LocalDate> date = isDateLine(text) ? plausible(text) : Optional.empty();
      if (date.isPresent()) {
        blocks.remove(i);
        rules.put("date", "date_line");
        return date.get();
      }
    }
    if (fromUrl.isPresent()) {
      rules.put("date", "url_path");
      removeHeadLine(blocks, PublicationDates::isDateLine);
      return fromUrl.get();
    }
    for (FieldCandidate c : dates) {
      Optional<LocalDate> date = c.rule().equals("date_element") ? plausible(c.value()) : Optional.empty();
      if (date.isPresent()) {
        rules.put("date", "date_element");
        return date.get();
      }
    }
    return null;
  }

  /** The last modification date the markup gives, if it is not before the publication date. */
  static LocalDate modified(Map<String, List<FieldCandidate>> candidates, LocalDate published,
      Map<String, String> rules) {
    for (String rule : MODIFIED_RULES) {
      for (FieldCandidate c : candidates.getOrDefault("modified", List.of())) {
        Optional<LocalDate> date = c.rule().equals(rule) ? plausible(c.value()) : Optional.empty();
        if (date.isPresent() && (published == null || !date.get().isBefore(published))) {
          rules.put("modified_date", rule);
          return date.get();
        }
      }
    }
    return null;
  }

  private static Optional<LocalDate> plausible(String text) {
    return DateParser.find(text).filter(d -> d.getYear() >= EARLIEST_YEAR);
  }

  /**
   * The newsroom's day of a UTC timestamp. The page may give the same instant in local time: with its
   * offset, or as a wall clock of the same minute and second within a day of it; or it shows a local day
   * one off beside the headline or in its URL. Else a time of exactly 22:00 or 23:00 UTC is a date-only
   * value stored as local midnight east of Greenwich: the next day. Else the UTC day.
   */
  private static LocalDate localDay(String utcValue, LocalDate utcDay, List<FieldCandidate> dates,
      Optional<LocalDate> fromUrl) {
    Optional<OffsetDateTime> utc = DateParser.timestamp(utcValue);
    if (utc.isEmpty()) {
      return utcDay;
    }
    LocalDateTime utcClock = utc.get().toLocalDateTime();
    for (FieldCandidate c : dates) {
      Optional<OffsetDateTime> local = isUtc(c.value()) ? Optional.empty() : DateParser.timestamp(c.value());
      if (local.isPresent() && local.get().toInstant().equals(utc.get().toInstant())) {
        return local.get().toLocalDate();
      }
      Optional<LocalDateTime> clock = DateParser.wallClock(c.value());
      if (clock.isPresent() && isSameInstantElsewhere(utcClock, clock.get())) {
        return clock.get().toLocalDate();
      }
    }
    for (FieldCandidate c : dates) {
      Optional<LocalDate> shown = c.rule().equals("near_title") ? plausible(c.value()) : Optional.empty();
      if (shown.isPresent() && isOneDayOff(utcDay, shown.get())) {
        return shown.get();
      }
    }
    if (fromUrl.isPresent() && isOneDayOff(utcDay, fromUrl.get())) {
      return fromUrl.get();
    }
    LocalTime time = utc.get().toLocalTime();
    boolean localMidnight = time.getMinute() == 0 && time.getSecond() == 0 && time.getHour() >= 22;
    return localMidnight ? utcDay.plusDays(1) : utcDay;
  }

  /** The same minute and second, whole hours apart (at most 14): one instant on two zones' clocks. */
  private static boolean isSameInstantElsewhere(LocalDateTime utc, LocalDateTime local) {
    long minutes = Math.abs(java.time.Duration.between(utc, local).toMinutes());
    return minutes > 0 && minutes <= 14 * 60 && minutes % 30 == 0 && utc.getSecond() == local.getSecond();
  }

  private static boolean isOneDayOff(LocalDate a, LocalDate b) {
    return a.plusDays(1).equals(b) || a.minusDays(1).equals(b);
  }

  /** A timestamp in UTC: "...T03:28:35Z", "...+00:00". */
  private static boolean isUtc(String value) {
    String v = value.strip();
    return v.indexOf('T') > 0 && (v.endsWith("Z") || v.endsWith("+00:00") || v.endsWith("+0000"));
  }

  /**
   * Drops the first block at the head of the body that is such a line: a date line when the markup or the URL already
   * gave the date, a labelled timestamp always.
   */
  private static void removeHeadLine(List<Block> blocks, Predicate<String> isLine) {
    for (int i = 0; i < Math.min(blocks.size(), HEAD_BLOCKS); i++) {
      if (isLine.test(blocks.get(i).text())) {
        blocks.remove(i);
        return;
      }
    }
  }

  /**
   * A short line that opens with a publication label and a number: "Published: 12/03/2025 09:47 GMT", whose day
   * and month no rule may guess, or "Updated 5 June".
   */
  static boolean isTimestampLine(String text) {
    return text.length() <= 80 && TIMESTAMP_LABEL.matcher(text).find();
  }

  /** A short block that is a date and little else ("Published: 7 June 2020, 09:30 GMT"). */
  static boolean isDateLine(String text) {
    return text.length() <= 120 && DateParser.find(text).isPresent() && DateParser.wordsBesidesDate(text) <= 3;
  }
}
