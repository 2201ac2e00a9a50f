package dev.newsfold.parse;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Finds a calendar date in the ways news pages write one: ISO, "Feb. 4, 2025", "4 February 2025", URL paths. */
public final class DateParser {
  private static final String MONTH =
      "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|"
          + "nov(?:ember)?|dec(?:ember)?)\\.?";
  private static final Pattern ISO = Pattern.compile("(?:^|[^\\d])((?:19|20)\\d\\d)-(\\d\\d)-(\\d\\d)(?:[^\\d]|$)");
  private static final Pattern MONTH_DAY_YEAR =
      Pattern.compile("(?i)\\b" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+((?:19|20)\\d\\d)\\b");
  private static final Pattern DAY_MONTH_YEAR =
      Pattern.compile("(?i)\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH + ",?\\s+((?:19|20)\\d\\d)\\b");
  private static final Pattern URL_PATH = Pattern.compile("/((?:19|20)\\d\\d)/(\\d\\d)/(\\d\\d)(?:/|$)");
  private static final Map<String, Integer> MONTHS = Map.ofEntries(
      Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5),
      Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10),
      Map.entry("nov", 11), Map.entry("dec", 12));

  private DateParser() {}

  public static Optional<LocalDate> find(String text) {
    Matcher iso = ISO.matcher(text);
    if (iso.find()) {
      return date(iso.group(1), iso.group(2), iso.group(3));
    }
    Matcher mdy = MONTH_DAY_YEAR.matcher(text);
    if (mdy.find()) {
      return date(mdy.group(3), month(mdy.group(1)), mdy.group(2));
    }
    Matcher dmy = DAY_MONTH_YEAR.matcher(text);
    if (dmy.find()) {
      return date(dmy.group(3), month(dmy.group(2)), dmy.group(1));
    }
    return Optional.empty();
  }

  /** A date in a URL path such as /2025/02/04/. */
  public static Optional<LocalDate> inUrlPath(String url) {
    Matcher m = URL_PATH.matcher(url);
    return m.find() ? date(m.group(1), m.group(2), m.group(3)) : Optional.empty();
  }

  /** How much of the text is not the date: a date line is little but the date. */
  public static int wordsBesidesDate(String text) {
    String rest = ISO.matcher(text).replaceAll(" ");
    rest = MONTH_DAY_YEAR.matcher(rest).replaceAll(" ");
    rest = DAY_MONTH_YEAR.matcher(rest).replaceAll(" ");
    rest = rest.replaceAll("(?i)\\b(published|updated|posted|last updated|date|on|at|am|pm|gmt|utc|[a-z]{2,4}t|"
        + "monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|wed|thu|fri|sat|sun)\\b", " ");
    rest = rest.replaceAll("[\\d:.,|/()+\\-–—]+", " ").strip();
    return rest.isEmpty() ? 0 : rest.split("\\s+").length;
  }

  private static String month(String name) {
    return String.valueOf(MONTHS.get(name.toLowerCase(Locale.ROOT).substring(0, 3)));
  }

  private static Optional<LocalDate> date(String year, String month, String day) {
    try {
      return Optional.of(LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)));
    } catch (DateTimeException | NumberFormatException e) {
      return Optional.empty();
    }
  }
}
