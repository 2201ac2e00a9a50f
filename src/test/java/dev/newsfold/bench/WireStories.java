package dev.newsfold.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What real wires send besides stories: short briefs that recur on many dates in the same words
 * with other figures (reserve operations, rate fixings, results briefs: each date a different
 * event), same-day corrections of them, stories sent as a first version and "UPDATE 1/2" versions
 * that grow through the day, and abridged reprints (the first paragraphs, or sentences dropped).
 */
final class WireStories {
  private WireStories() {}

  static final String[] FAMILIES = {"reserves", "fixing", "results"};

  private static final String[] BANKS = {"Norland Reserve Bank", "Central Bank of Estuary", "Meridian Monetary Authority",
      "Varnholm National Bank"};
  private static final String[] METHODS = {"customer repurchase agreements", "system repurchase agreements",
      "matched sale-purchase agreements"};
  private static final String[] FIXERS = {"Bankers' Association", "Money Market Council", "Treasury Dealers' Committee"};
  private static final String[] DRIVERS = {"expectations of steady policy", "tighter month-end liquidity",
      "heavy demand for short-dated paper", "a weaker currency", "comments from the finance ministry"};
  private static final String[] FIRMS = {"Holdings", "Industries", "Foods", "Mining", "Shipping", "Electric",
      "Textiles", "Brewing"};

  /** A recurring family: one institution, one wording, a new date and new figures each time. */
  record Family(String kind, String who, String where) {}

  static Family family(Rng r, String kind) {
    return switch (kind) {
      case "reserves" -> new Family(kind, r.pick(BANKS), Vocabulary.place(r));
      case "fixing" -> new Family(kind, Vocabulary.place(r) + " " + r.pick(FIXERS), Vocabulary.place(r));
      default -> new Family(kind, Vocabulary.place(r) + " " + r.pick(FIRMS), Vocabulary.place(r));
    };
  }

  /** The family's brief for one date: the same frames every time, new figures. */
  static TemplateStories.Text brief(Rng r, Family f, LocalDate date) {
    String weekday = Vocabulary.WEEKDAYS[date.getDayOfWeek().getValue() - 1];
    List<String> p = new ArrayList<>();
    String title;
    switch (f.kind()) {
      case "reserves" -> {
        String amount = r.between(1, 4) + "." + r.nextInt(10);
        String method = r.pick(METHODS);
        title = f.who().toUpperCase(Locale.ROOT) + " ADDS RESERVES VIA " + method.toUpperCase(Locale.ROOT);
        p.add("The " + f.who() + " entered the government securities market to arrange " + amount
            + " billion crowns of " + method + ", a bank spokesman said.");
        p.add("Dealers said overnight funds were trading at " + r.between(4, 7) + "-" + r.between(1, 15)
            + "/16 pct when the bank began its temporary and indirect supply of reserves to the banking system"
            + " on " + weekday + ".");
        p.add("The bank had drained " + r.between(2, 9) + "." + r.nextInt(10)
            + " billion crowns of reserves earlier in the statement period, dealers said.");
      }
      case "fixing" -> {
        title = f.where().toUpperCase(Locale.ROOT) + " INTERBANK RATES FIXED";
        p.add("The three-month " + f.where() + " interbank offered rate was fixed at " + r.between(3, 9) + "."
            + r.between(10, 99) + " pct on " + weekday + ", against " + r.between(3, 9) + "." + r.between(10, 99)
            + " pct at the previous fixing, the " + f.who() + " said.");
        p.add("The six-month rate was set at " + r.between(3, 9) + "." + r.between(10, 99) + " pct and the one-year rate at "
            + r.between(3, 9) + "." + r.between(10, 99) + " pct.");
        p.add("Dealers said the fixing reflected " + r.pick(DRIVERS) + ".");
      }
      default -> {
        int quarter = r.between(1, 4);
        title = f.who().toUpperCase(Locale.ROOT) + " Q" + quarter + " NET";
        p.add(f.who() + " reported quarterly net profit of " + r.between(2, 90) + "." + r.nextInt(10)
            + " million crowns, against " + r.between(2, 90) + "." + r.nextInt(10) + " million a year earlier.");
        p.add("Earnings per share were " + r.between(4, 99) + " cents, against " + r.between(4, 99)
            + " cents, on revenue of " + r.between(100, 990) + " million crowns, the company said on " + weekday + ".");
        p.add("The company will pay a dividend of " + r.between(1, 30) + " cents a share to holders of record on "
            + r.between(1, 28) + " " + Vocabulary.MONTHS[r.nextInt(12)] + ".");
      }
    }
    return new TemplateStories.Text(title, p);
  }

  private static final Pattern FIGURE = Pattern.compile("\\d+(\\.\\d+)?");

  /** The brief as corrected later the same day: its first figure changed, and it says so. */
  static TemplateStories.Text corrected(Rng r, TemplateStories.Text brief) {
    List<String> p = new ArrayList<>(brief.paragraphs());
    Matcher m = FIGURE.matcher(p.get(0));
    String note = "(Corrects figure in first paragraph)";
    if (m.find()) {
      String figure = m.group();
      String other;
      do {
        other = Integer.toString(r.between(1, 99));
      } while (other.equals(figure));
      p.set(0, p.get(0).substring(0, m.start()) + other + p.get(0).substring(m.end()));
      // Real notes name the figures, so no two stories share one (a shared one would be corpus boilerplate).
      note = "(Corrects figure in first paragraph to " + other + " from " + figure + ")";
    }
    if (r.chance(0.5)) {
      return new TemplateStories.Text("CORRECTED - " + brief.title(), p);
    }
    p.add(0, note);
    return new TemplateStories.Text(brief.title(), p);
  }

  /**
   * The versions of a story sent through one day: a first version of its opening paragraphs, then
   * "UPDATE 1" and "UPDATE 2", each with a new lead on top and more of the story below.
   */
  static List<TemplateStories.Text> updates(Rng r, SyntheticText.Cast cast, Story story) {
    List<String> body = story.paragraphs();
    String lead1 = "Officials said on " + Vocabulary.WEEKDAYS[story.date().getDayOfWeek().getValue() - 1] + " that "
        + r.between(3, 40) + " more people had been affected. " + SyntheticText.sentence(r, cast);
    String lead2 = SyntheticText.lead(r, cast) + " " + SyntheticText.sentence(r, cast);
    List<TemplateStories.Text> versions = new ArrayList<>();
    versions.add(new TemplateStories.Text(story.title(), body.subList(0, Math.min(3, body.size()))));
    List<String> one = new ArrayList<>();
    one.add(lead1);
    one.addAll(body.subList(0, Math.min(5, body.size())));
    versions.add(new TemplateStories.Text("UPDATE 1-" + story.title(), one));
    List<String> two = new ArrayList<>();
    two.add(lead2);
    two.add(lead1);
    two.addAll(body);
    versions.add(new TemplateStories.Text("UPDATE 2-" + story.title(), two));
    return versions;
  }

  /** The first two or three paragraphs only: the reprint a paper makes to fill a column. */
  static List<String> firstParagraphs(Rng r, List<String> paragraphs) {
    return new ArrayList<>(paragraphs.subList(0, Math.min(paragraphs.size(), r.between(2, 3))));
  }

  /** Every paragraph, with some of its sentences dropped (never its first). */
  static List<String> droppedSentences(Rng r, List<String> paragraphs) {
    List<String> out = new ArrayList<>();
    for (String paragraph : paragraphs) {
      String[] sentences = paragraph.split("(?<=[.!?][\"\u201D]?) (?=[\"\u201C]?\\p{Lu})");
      StringBuilder kept = new StringBuilder(sentences[0]);
      for (int i = 1; i < sentences.length; i++) {
        if (r.chance(0.6)) {
          kept.append(' ').append(sentences[i]);
        }
      }
      out.add(kept.toString());
    }
    return out;
  }
}
