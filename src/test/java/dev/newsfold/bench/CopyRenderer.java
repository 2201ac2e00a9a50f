package dev.newsfold.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Wraps an edited copy in its outlet's boilerplate and writes it as plain text, Markdown or HTML.
 * Which pieces of boilerplate appear, the byline style, the caption and the "Read more:" link are
 * drawn per copy from the seeded generator; the texts themselves are fixed per outlet.
 */
final class CopyRenderer {
  private CopyRenderer() {}

  enum Format { TXT, MD, HTML }

  /** Per-copy probabilities of each piece of outlet boilerplate (all forced on for boilerplate traps but the cookie). */
  static final double P_CAPTION = 0.5;
  static final double P_READ_MORE = 0.5;
  static final double P_APPEAL = 0.5;
  static final double P_NEWSLETTER = 0.6;
  static final double P_COOKIE = 0.4;
  static final double P_COPYRIGHT = 0.9;
  static final double P_FEED_NOTE = 0.5;
  static final double P_TAGS = 0.4;
  /** The outlet's ~200-word "about us" block; always present in boilerplate traps. */
  static final double P_ABOUT = 0.15;

  /** Everything a renderer needs about one copy. */
  record Copy(Outlets.Outlet outlet, Story story, CopyEditor.Edited text, Format format, boolean longAbout) {}

  /** The pieces of one page, drawn once and then laid out per format. */
  private record Parts(String byline, String agencyOnly, String dateLine, LocalDate date, String isoTime,
      String caption, String credit, String readMore, int readMoreAfter, boolean appeal, boolean newsletter,
      boolean cookie, boolean copyright, boolean feedNote, boolean tags, boolean about, String url, String section) {}

  private static final String[] CAPTIONS = {"The scene in %s on %s.", "Officials speak to reporters in %s on %s.",
      "A view of the town centre in %s on %s.", "People gather in %s on %s.", "A file image taken in %s on a %s."};

  static String render(Rng r, Copy c) {
    Parts parts = parts(r, c, c.longAbout());
    return switch (c.format()) {
      case TXT -> PlainLayout.text(r, c, parts.byline(), parts.dateLine(), parts.caption() == null ? null
          : parts.caption() + " Photo: " + parts.credit(), parts.readMore(), parts.readMoreAfter(), footer(c, parts));
      case MD -> markdown(c, parts);
      case HTML -> HtmlLayout.html(r, c, parts.byline(), parts.agencyOnly(), parts.isoTime(), parts.dateLine(),
          parts.caption(), parts.credit(), parts.readMore(), parts.readMoreAfter(), footer(c, parts), parts.url());
    };
  }

  private static Parts parts(Rng r, Copy c, boolean full) {
    Story s = c.story();
    Outlets.Outlet o = c.outlet();
    String reporter = s.reporter();
    String agency = s.agency();
    String byline;
    if (agency != null) {
      byline = switch (r.weighted(0.35, 0.30, 0.15, 0.20)) {
        case 0 -> reporter != null ? reporter + ", " + agency : agency;
        case 1 -> agency;
        case 2 -> reporter;
        default -> null;
      };
    } else {
      byline = r.chance(0.8) ? reporter : null;
    }
    int hour = r.between(5, 22);
    int minute = r.nextInt(60);
    String iso = String.format(Locale.ROOT, "%sT%02d:%02d:00+00:00", s.date(), hour, minute);
    String weekday = Vocabulary.WEEKDAYS[s.date().getDayOfWeek().getValue() - 1];
    String caption = null;
    String credit = null;
    if (r.chance(P_CAPTION) && s.city() != null) {
      caption = String.format(Locale.ROOT, r.pick(CAPTIONS), cityName(s.city()), weekday);
      credit = Vocabulary.person(r) + " / " + (agency != null && r.chance(0.7) ? agency : o.name());
    }
    String readMore = r.chance(P_READ_MORE) ? SyntheticText.headline(r, SyntheticText.cast(r)) : null;
    int paragraphs = c.text().paragraphs().size();
    int readMoreAfter = paragraphs <= 2 ? 1 : r.between(2, Math.min(4, paragraphs - 1));
    String section = r.pick(o.sections());
    String slug = slug(c.text().title());
    String path = r.chance(0.6) ? String.format(Locale.ROOT, "%d/%02d/%02d/%s", s.date().getYear(),
        s.date().getMonthValue(), s.date().getDayOfMonth(), slug) : slug + "-" + r.between(100000, 999999);
    return new Parts(byline, agency, dateLine(o, s.date(), hour, minute, agency), s.date(), iso, caption, credit,
        readMore, readMoreAfter, r.chance(P_APPEAL) || full, r.chance(P_NEWSLETTER) || full, r.chance(P_COOKIE),
        r.chance(P_COPYRIGHT) || full, agency != null && r.chance(P_FEED_NOTE), r.chance(P_TAGS),
        r.chance(P_ABOUT) || full, o.url(section, path), section);
  }

  /** The footer blocks, in page order, as plain sentences. */
  private static List<String> footer(Copy c, Parts p) {
    Outlets.Outlet o = c.outlet();
    List<String> out = new ArrayList<>();
    if (p.feedNote()) {
      out.add(o.feedNote());
    }
    if (p.newsletter()) {
      out.add(o.newsletter());
    }
    if (p.tags()) {
      out.add(o.tags());
    }
    if (p.about()) {
      out.addAll(o.about());
    }
    if (p.appeal()) {
      out.add(o.appeal());
    }
    if (p.cookie()) {
      out.add(o.cookie());
    }
    if (p.copyright()) {
      out.add(o.copyright());
    }
    return out;
  }

  private static String markdown(Copy c, Parts p) {
    Outlets.Outlet o = c.outlet();
    StringBuilder sb = new StringBuilder("\n");
    sb.append('[').append(o.name()).append("](#)");
    for (String section : o.sections()) {
      sb.append(" | [").append(Vocabulary.capitalise(section)).append("](#)");
    }
    sb.append("\n\n# ").append(c.text().title()).append("\n\n");
    if (p.byline() != null) {
      boolean agencyOnly = p.byline().equals(p.agencyOnly());
      sb.append("By ").append(agencyOnly ? "[" + p.byline() + "](#)" : p.byline()).append("\n\n");
    }
    sb.append(p.dateLine()).append("\n\n");
    if (p.caption() != null) {
      sb.append("![").append(p.caption(), 0, p.caption().length() - 1).append("](#)\n\n").append(p.caption())
          .append(" **Photo: ").append(p.credit()).append("**\n\n");
    }
    List<String> paragraphs = c.text().paragraphs();
    for (int i = 0; i < paragraphs.size(); i++) {
      sb.append(escapeMarkdown(paragraphs.get(i))).append("\n\n");
      if (p.readMore() != null && i + 1 == p.readMoreAfter() && i + 1 < paragraphs.size()) {
        sb.append("**Read more: [").append(p.readMore()).append("](#)**\n\n");
      }
    }
    sb.append("---\n\n");
    for (String block : footer(c, p)) {
      boolean promo = block.equals(o.newsletter());
      sb.append(promo ? "> **" + block + "**" : block).append("\n\n");
    }
    sb.append("Original url:\n\n<").append(p.url()).append(">\n");
    return sb.toString();
  }

  static String escapeMarkdown(String text) {
    StringBuilder sb = new StringBuilder(text.length() + 8);
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      if ("\\*_[]`<".indexOf(ch) >= 0) {
        sb.append('\\');
      }
      sb.append(ch);
    }
    String out = sb.toString();
    if (out.matches("^(#|>|[-+] |\\d+[.)] ).*")) {
      out = "\\" + out;
    }
    return out;
  }

  static String dateLine(Outlets.Outlet o, LocalDate d, int hour, int minute, String agency) {
    String month = Vocabulary.MONTHS[d.getMonthValue() - 1];
    String weekday = Vocabulary.WEEKDAYS[d.getDayOfWeek().getValue() - 1];
    int day = d.getDayOfMonth();
    return switch (o.dateStyle()) {
      case 0 -> String.format(Locale.ROOT, "Published: %02d/%02d/%d %02d:%02d GMT", day, d.getMonthValue(),
          d.getYear(), hour, minute);
      case 1 -> month + " " + day + ", " + d.getYear();
      case 2 -> String.format(Locale.ROOT, "%d %s %d, %02d:%02d GMT", day, month, d.getYear(), hour, minute);
      case 3 -> weekday + " " + day + " " + month + " " + d.getYear();
      case 4 -> d.toString();
      case 5 -> String.format(Locale.ROOT, "%s. %d, %d at %d:%02d %s", month.substring(0, 3), day, d.getYear(),
          hour > 12 ? hour - 12 : hour, minute, hour >= 12 ? "p.m." : "a.m.");
      case 6 -> "Posted on " + day + ordinalSuffix(day) + " " + month + " " + d.getYear();
      default -> String.format(Locale.ROOT, "%d %s %d - %02d:%02d | %s", day, month.substring(0, 3), d.getYear(), hour,
          minute, agency != null ? agency : o.name());
    };
  }

  private static String ordinalSuffix(int n) {
    if (n >= 11 && n <= 13) {
      return "th";
    }
    return switch (n % 10) {
      case 1 -> "st";
      case 2 -> "nd";
      case 3 -> "rd";
      default -> "th";
    };
  }

  static String slug(String title) {
    String s = title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    String[] words = s.split("-");
    return String.join("-", java.util.Arrays.copyOf(words, Math.min(words.length, 9)));
  }

  static String cityName(String city) {
    if (!city.equals(city.toUpperCase(Locale.ROOT))) {
      return city;
    }
    StringBuilder sb = new StringBuilder();
    for (String w : city.toLowerCase(Locale.ROOT).split(" ")) {
      sb.append(sb.length() == 0 ? "" : " ").append(Vocabulary.capitalise(w));
    }
    return sb.toString();
  }
}
