package dev.newsfold.parse;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import dev.newsfold.text.Chars;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Finds a calendar date in the ways news pages write one: ISO, "Feb. 4, 2025", "4 February 2025",
 * "14. Januar 2020", "3 mars 2020", "07.06.2020", "19/01/2023" (only when the day cannot be the
 * month), and in URL paths. Month names are read in English,
 * German, French, Spanish, Italian, Dutch, Portuguese and Polish.
 */
public final class DateParser {
  private static final String WORD = "(\\p{L}{3,12})\\.?";
  private static final Pattern ISO = Pattern.compile("(?:^|[^\\d])((?:19|20)\\d\\d)[-/.](\\d\\d)[-/.](\\d\\d)(?:[^\\d]|$)");
  private static final Pattern MONTH_DAY_YEAR =
      Pattern.compile("(?i)(?:^|[^\\p{L}])" + WORD + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+((?:19|20)\\d\\d)(?:[^\\d]|$)");
  private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(?i)(?:^|[^\\d])(\\d{1,2})(?:st|nd|rd|th|er|º)?\\.?\\s*"
      + "(?:of\\s+|de\\s+)?" + WORD + ",?\\s+(?:de\\s+)?((?:19|20)\\d\\d)(?:[^\\d]|$)");
  /** Day first, as Europe writes it: 07.06.2020, 7. 6. 2020. */
  private static final Pattern DOTTED = Pattern.compile("(?:^|[^\\d.])(\\d{1,2})\\.\\s?(\\d{1,2})\\.\\s?((?:19|20)\\d\\d)(?:[^\\d]|$)");
  /** 19/01/2023 or 01/19/2023: read only when one number is over 12, so that day and month are certain. */
  private static final Pattern SLASHED = Pattern.compile("(?:^|[^\\d/])(\\d{1,2})/(\\d{1,2})/((?:19|20)\\d\\d)(?:[^\\d/]|$)");
  private static final Pattern URL_PATH = Pattern.compile("/((?:19|20)\\d\\d)/(\\d\\d)/(\\d\\d)(?:/|$)");
  /** /20200607/, /2020-06-07/, -2020-06-07.html in a URL path. */
  private static final Pattern URL_COMPACT = Pattern.compile("[/_-]((?:19|20)\\d\\d)-?(\\d\\d)-?(\\d\\d)(?:[/_.-]|$)");
  private static final Pattern TIMESTAMP = Pattern.compile(
      "((?:19|20)\\d\\d-\\d\\d-\\d\\d)[T ](\\d\\d):(\\d\\d)(?::(\\d\\d)(?:\\.\\d+)?)?\\s*(Z|[+-]\\d\\d:?\\d\\d)?");
  private static final Map<String, Integer> MONTHS = months();

  private DateParser() {}

  private static Map<String, Integer> months() {
    String[][] names = {
        {"jan", "january", "januar", "jänner", "janvier", "janv", "enero", "gennaio", "januari", "janeiro", "stycznia", "styczeń"},
        {"feb", "february", "februar", "février", "fevrier", "févr", "febrero", "febbraio", "februari", "fevereiro", "lutego", "luty"},
        {"mar", "march", "märz", "maerz", "mär", "mars", "marzo", "maart", "março", "marca", "marzec"},
        {"apr", "april", "avril", "avr", "abril", "aprile", "kwietnia", "kwiecień"},
        {"may", "mai", "mayo", "maggio", "mei", "maio", "maja", "maj"},
        {"jun", "june", "juni", "juin", "junio", "giugno", "junho", "czerwca", "czerwiec"},
        {"jul", "july", "juli", "juillet", "juil", "julio", "luglio", "julho", "lipca", "lipiec"},
        {"aug", "august", "août", "aout", "agosto", "augustus", "sierpnia", "sierpień"},
        {"sep", "sept", "september", "septembre", "septiembre", "setiembre", "settembre", "setembro", "września", "wrzesień"},
        {"oct", "okt", "october", "oktober", "octobre", "octubre", "ottobre", "outubro", "października", "październik"},
        {"nov", "november", "novembre", "noviembre", "novembro", "listopada", "listopad"},
        {"dec", "dez", "déc", "december", "dezember", "décembre", "decembre", "diciembre", "dicembre", "dezembro", "grudnia", "grudzień"}};
    Map<String, Integer> months = new java.util.HashMap<>();
    for (int m = 0; m < names.length; m++) {
      for (String name : names[m]) {
        months.put(name, m + 1);
      }
    }
    return Map.copyOf(months);
  }

  /** The first date the text writes in a known form; ISO before named months before day-first numbers. */
  public static Optional<LocalDate> find(String rawText) {
    if (!holdsYear(rawText)) {
      return Optional.empty(); // Every form has a 19xx or 20xx year: most blocks are ruled out without a regex.
    }
    String text = plainSpaces(rawText);
    Matcher iso = ISO.matcher(text);
    if (iso.find()) {
      return date(iso.group(1), iso.group(2), iso.group(3));
    }
    Optional<LocalDate> named = named(text);
    if (named.isPresent()) {
      return named;
    }
    Matcher dotted = DOTTED.matcher(text);
    while (dotted.find()) {
      Optional<LocalDate> d = date(dotted.group(3), dotted.group(2), dotted.group(1));
      if (d.isPresent()) {
        return d;
      }
    }
    Matcher slashed = SLASHED.matcher(text);
    while (slashed.find()) {
      int first = Integer.parseInt(slashed.group(1));
      int second = Integer.parseInt(slashed.group(2));
      if (first > 12 ^ second > 12) {
        return first > 12 ? date(slashed.group(3), slashed.group(2), slashed.group(1))
            : date(slashed.group(3), slashed.group(1), slashed.group(2));
      }
    }
    return Optional.empty();
  }

  /** Whether four digits starting 19 or 20 stand anywhere in the text. */
  static boolean holdsYear(String text) {
    for (int i = 0; i + 3 < text.length(); i++) {
      char c = text.charAt(i);
      char d = text.charAt(i + 1);
      if (((c == '1' && d == '9') || (c == '2' && d == '0')) && Chars.isAsciiDigit(text.charAt(i + 2))
          && Chars.isAsciiDigit(text.charAt(i + 3))) {
        return true;
      }
    }
    return false;
  }

  /** The earliest date with a month name, in either order of day and month. */
  private static Optional<LocalDate> named(String text) {
    Optional<LocalDate> found = Optional.empty();
    int at = Integer.MAX_VALUE;
    Matcher mdy = MONTH_DAY_YEAR.matcher(text);
    while (mdy.find()) {
      Integer month = month(mdy.group(1));
      if (month != null) {
        Optional<LocalDate> d = date(mdy.group(3), String.valueOf(month), mdy.group(2));
        if (d.isPresent()) {
          found = d;
          at = mdy.start();
          break;
        }
      }
    }
    Matcher dmy = DAY_MONTH_YEAR.matcher(text);
    while (dmy.find() && dmy.start() < at) {
      Integer month = month(dmy.group(2));
      if (month != null) {
        Optional<LocalDate> d = date(dmy.group(3), String.valueOf(month), dmy.group(1));
        if (d.isPresent()) {
          return d;
        }
      }
    }
    return found;
  }

  /** A date in a URL path such as /2025/02/04/, /20250204/ or /2025-02-04/. */
  public static Optional<LocalDate> inUrlPath(String url) {
    Matcher m = URL_PATH.matcher(url);
    if (m.find()) {
      return date(m.group(1), m.group(2), m.group(3));
    }
    Matcher compact = URL_COMPACT.matcher(url);
    return compact.find() ? date(compact.group(1), compact.group(2), compact.group(3)) : Optional.empty();
  }

  private static final java.util.regex.Pattern DATE_LINE_WORDS = java.util.regex.Pattern.compile(
      "(?i)\\b(published|updated|posted|last updated|date|on|at|am|pm|gmt|utc|"
      + "monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|wed|thu|fri|sat|sun)\\b");
  /** Zone abbreviations are capitals (ET, CET, CEST, BST): a word ending in t ("passt") is a word. */
  private static final java.util.regex.Pattern ZONE_ABBREVIATION = java.util.regex.Pattern.compile("\\b[A-Z]{1,4}T\\b");
  private static final java.util.regex.Pattern DATE_PUNCTUATION = java.util.regex.Pattern.compile("[\\d:.,|/()+\\-–—]+");

  /** How much of the text is not the date: a date line is little but the date. */
  public static int wordsBesidesDate(String rawText) {
    String text = plainSpaces(rawText);
    String rest = ISO.matcher(text).replaceAll(" ");
    rest = MONTH_DAY_YEAR.matcher(rest).replaceAll(" ");
    rest = DAY_MONTH_YEAR.matcher(rest).replaceAll(" ");
    rest = DOTTED.matcher(rest).replaceAll(" ");
    rest = SLASHED.matcher(rest).replaceAll(" ");
    rest = DATE_LINE_WORDS.matcher(rest).replaceAll(" ");
    rest = ZONE_ABBREVIATION.matcher(rest).replaceAll(" ");
    rest = DATE_PUNCTUATION.matcher(rest).replaceAll(" ").strip();
    return rest.isEmpty() ? 0 : Lines.tokenCount(rest);
  }

  /** A machine timestamp with a time and an offset: "2020-06-07T09:30:00+02:00", "2020-06-07T07:30Z". */
  public static Optional<OffsetDateTime> timestamp(String text) {
    Matcher m = TIMESTAMP.matcher(text.strip());
    if (!m.matches() || m.group(5) == null) {
      return Optional.empty();
    }
    String offset = m.group(5).equals("Z") ? "Z" : m.group(5).replaceAll("(\\d\\d):?(\\d\\d)$", "$1:$2");
    try {
      return Optional.of(OffsetDateTime.of(LocalDate.parse(m.group(1)).atTime(Integer.parseInt(m.group(2)),
          Integer.parseInt(m.group(3)), m.group(4) == null ? 0 : Integer.parseInt(m.group(4))), ZoneOffset.of(offset)));
    } catch (DateTimeException | NumberFormatException e) {
      return Optional.empty();
    }
  }

  /** A machine timestamp without an offset, a wall-clock time of some zone: "2020-06-07 18:09:55". */
  public static Optional<LocalDateTime> wallClock(String text) {
    Matcher m = TIMESTAMP.matcher(text.strip());
    if (!m.matches() || m.group(5) != null) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(m.group(1)).atTime(Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)),
          m.group(4) == null ? 0 : Integer.parseInt(m.group(4))));
    } catch (DateTimeException | NumberFormatException e) {
      return Optional.empty();
    }
  }

  /** Typeset spaces as plain ones: "4.&thinsp;2.&thinsp;2022", "7&nbsp;June 2020". */
  private static String plainSpaces(String text) {
    return text.replace('\u00a0', ' ').replace('\u2009', ' ').replace('\u202f', ' ').replace('\u2007', ' ')
        .replace('\u200a', ' ');
  }

  private static Integer month(String name) {
    return MONTHS.get(name.toLowerCase(Locale.ROOT));
  }

  private static Optional<LocalDate> date(String year, String month, String day) {
    try {
      return Optional.of(LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)));
    } catch (DateTimeException | NumberFormatException e) {
      return Optional.empty();
    }
  }
}
