package dev.newsfold.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Template stories: daily market reports, football results and weather reports. All stories of a
 * family use the same sentence frames with different figures, names and dates, so they share many
 * shingles but are different stories that must not be folded together.
 */
final class TemplateStories {
  private TemplateStories() {}

  /** A generated template story: title and paragraphs. */
  record Text(String title, List<String> paragraphs) {}

  static final String[] FAMILIES = {"market", "football", "weather"};

  private static final String[] INDEXES = {"Kestrel 40", "Norland All-Share", "Meridian 25", "Varnholm 100",
      "Estuary Composite", "Halberd 50"};
  private static final String[] SECTORS = {"Mining", "Bank", "Shipping", "Telecom", "Foods", "Energy", "Pharma",
      "Insurance", "Steel", "Airways", "Utilities", "Retail Group", "Motors", "Paper", "Chemicals"};
  private static final String[] REASONS = {"quarterly results beat forecasts", "a broker upgrade",
      "a profit warning", "news of a takeover approach", "a dividend cut", "a large contract win",
      "its chief executive resigned", "a regulator fined it", "it raised its full-year guidance",
      "a share buyback was announced"};
  private static final String[] MARKET_QUOTES = {"Investors are still waiting for a clear signal on rates",
      "It was a quiet session with few surprises", "The earnings season is doing the heavy lifting",
      "Nobody wants to be too exposed before the central bank meets", "Defensive stocks are back in fashion",
      "Volumes tell you that conviction is low", "The mood has turned more cautious this week",
      "Bargain hunters stepped in after the early losses"};
  private static final String[] CLUB_SUFFIX = {"United", "Athletic", "Rovers", "City", "Town", "Albion",
      "Wanderers", "FC"};
  private static final String[] LEAGUES = {"Northern Premier Division", "Coastal League", "National League Two",
      "Eastern Championship"};
  private static final String[] FOOTBALL_QUOTES = {"We deserved the three points today",
      "The players showed real character after the break", "We have to be more clinical in front of goal",
      "It was a scrappy game but a win is a win", "I thought we controlled the second half",
      "The referee had a difficult afternoon", "That performance is what the supporters want to see",
      "We still have a lot of work to do on the training ground"};
  private static final String[] FORECASTERS = {"Norland Meteorological Institute", "Coastal Weather Service",
      "National Forecasting Centre", "Eastern Met Office"};
  private static final String[] REGIONS = {"The northern uplands", "The eastern coast", "The river valley",
      "The southern plain", "The western isles"};
  private static final String[] CONDITIONS = {"bright spells and scattered showers", "persistent rain",
      "dry and sunny weather", "heavy thunderstorms", "low cloud and drizzle", "strong winds and squally showers"};
  private static final String[] HAZARDS = {"thunderstorms", "heavy rain", "high winds", "extreme heat", "fog", "ice"};
  private static final String[] WEATHER_QUOTES = {"People should keep an eye on the latest forecast",
      "This is typical for the time of year", "Conditions will ease by the weekend",
      "Drivers should allow extra time for their journeys", "We are not expecting the heat to last",
      "The ground is already saturated in places"};

  /** Constants shared by every story of one family: the index, league or city it reports on. */
  record Family(String kind, String name, String where, String who) {}

  static Family family(Rng r, String kind) {
    return switch (kind) {
      case "market" -> new Family(kind, r.pick(INDEXES), Vocabulary.place(r), Vocabulary.place(r) + " Securities");
      case "football" -> new Family(kind, r.pick(LEAGUES), Vocabulary.place(r), null);
      default -> new Family(kind, r.pick(FORECASTERS), Vocabulary.place(r), r.pick(REGIONS));
    };
  }

  static Text story(Rng r, Family f, LocalDate date) {
    String weekday = Vocabulary.WEEKDAYS[date.getDayOfWeek().getValue() - 1];
    return switch (f.kind()) {
      case "market" -> market(r, f, weekday);
      case "football" -> football(r, f, weekday);
      default -> weather(r, f, weekday);
    };
  }

  private static Text market(Rng r, Family f, String weekday) {
    boolean up = r.chance(0.55);
    String pct = dec(r, 0, 3);
    String a = company(r);
    List<String> p = new ArrayList<>();
    p.add("The " + f.name() + " index " + (up ? "rose" : "fell") + " " + pct + "% to "
        + String.format(Locale.ROOT, "%,d.%d", r.between(4000, 12000), r.nextInt(10)) + " points on " + weekday
        + ", led by " + a + ", which " + (up ? "gained " : "lost ") + dec(r, 1, 9) + "% after " + r.pick(REASONS) + ".");
    p.add(company(r) + (r.chance(0.5) ? " added " : " shed ") + dec(r, 0, 6) + "% and " + company(r)
        + (r.chance(0.5) ? " rose " : " fell ") + dec(r, 0, 5) + "%, while " + company(r)
        + " was little changed at " + dec(r, 2, 180) + " crowns.");
    int avg = r.between(180, 620);
    p.add("Trading volume on the " + f.where() + " exchange was " + r.between(120, 900) + " million shares, "
        + (r.chance(0.5) ? "above" : "below") + " the 30-day average of " + avg + " million.");
    p.add("\"" + r.pick(MARKET_QUOTES) + ",\" said " + Vocabulary.person(r) + ", head of equities at " + f.who() + ".");
    p.add("The crown " + (r.chance(0.5) ? "strengthened" : "weakened") + " to " + r.between(7, 12) + "."
        + String.format(Locale.ROOT, "%02d", r.nextInt(100))
        + " per euro, and the yield on the ten-year government bond " + (r.chance(0.5) ? "rose " : "fell ")
        + r.between(1, 14) + " basis points to " + dec(r, 1, 4) + "%.");
    p.add("Brent crude " + (r.chance(0.5) ? "rose " : "fell ") + dec(r, 0, 3) + "% to $" + dec(r, 58, 96)
        + " a barrel, and gold was " + (r.chance(0.5) ? "up " : "down ") + dec(r, 0, 2) + "% at $"
        + String.format(Locale.ROOT, "%,d", r.between(1800, 2700)) + " an ounce.");
    p.add("The " + f.name() + " has " + (r.chance(0.6) ? "gained " : "lost ") + dec(r, 0, 19)
        + "% since the start of the year.");
    String title = f.name() + (up ? " rises " : " falls ") + pct + "% as " + a + (up ? " gains" : " slides");
    return new Text(title, p);
  }

  private static Text football(Rng r, Family f, String weekday) {
    String home = club(r);
    String away = club(r);
    int goals = r.between(2, 5);
    int against = r.between(0, goals - 1);
    String scorer = Vocabulary.person(r);
    String ground = Vocabulary.place(r) + " Park";
    List<String> p = new ArrayList<>();
    p.add(home + " " + r.pick(new String[] {"beat", "edged past", "overcame", "saw off"}) + " " + away + " " + goals
        + "-" + against + " at " + ground + " on " + weekday + " to " + (r.chance(0.5) ? "move up to " : "stay ")
        + ordinal(r.between(1, 20)) + " in the " + f.name() + ".");
    int m1 = r.between(3, 44);
    p.add(scorer + " opened the scoring after " + m1 + " minutes and " + Vocabulary.person(r)
        + " added a second in minute " + r.between(m1 + 1, 90) + ".");
    int shots = r.between(5, 22);
    p.add(away + " had " + shots + " shots, " + r.between(1, Math.max(1, shots / 2)) + " of them on target, and goalkeeper "
        + Vocabulary.person(r) + " made " + r.between(1, 9) + " saves.");
    p.add("\"" + r.pick(FOOTBALL_QUOTES) + ",\" " + Vocabulary.person(r) + ", the " + home
        + " manager, said after the match.");
    p.add("A crowd of " + String.format(Locale.ROOT, "%,d", r.between(2000, 41000)) + " watched the game, the "
        + ordinal(r.between(2, 12)) + " largest at " + ground + " this season.");
    p.add(home + " travel to " + club(r) + " on " + r.pick(Vocabulary.WEEKDAYS) + ", while " + away + " host "
        + club(r) + " a day later.");
    String title = home + " " + goals + "-" + against + " " + away + ": " + scorer + " on target in "
        + r.pick(new String[] {"home win", "league win", "comfortable win", "tight win"});
    return new Text(title, p);
  }

  private static Text weather(Rng r, Family f, String weekday) {
    int t = r.between(-4, 36);
    List<String> p = new ArrayList<>();
    p.add("Temperatures in " + f.where() + " reached " + t + "C on " + weekday + ", " + r.between(1, 9) + " degrees "
        + (r.chance(0.5) ? "above" : "below") + " the seasonal average, the " + f.name() + " said.");
    p.add(f.who() + " recorded " + r.between(2, 80) + "mm of rain in 24 hours, with the heaviest falls around "
        + Vocabulary.place(r) + " and " + Vocabulary.place(r) + ".");
    p.add("Winds gusted up to " + r.between(40, 130) + " km/h on the coast at " + Vocabulary.place(r) + ", and "
        + r.between(2, 30) + " ferry crossings were " + (r.chance(0.5) ? "cancelled." : "delayed."));
    String hazard = r.pick(HAZARDS);
    p.add("Forecasters expect " + r.pick(CONDITIONS) + " on " + r.pick(Vocabulary.WEEKDAYS) + ", with highs of "
        + (t + r.between(-3, 3)) + "C and lows of " + (t - r.between(5, 12)) + "C.");
    p.add("The " + f.name() + " issued a " + (r.chance(0.6) ? "yellow" : "amber") + " warning for " + hazard
        + " covering " + r.between(2, 19) + " districts until " + r.between(6, 23) + ":00 on "
        + r.pick(Vocabulary.WEEKDAYS) + ".");
    p.add("\"" + r.pick(WEATHER_QUOTES) + ",\" said " + Vocabulary.person(r) + ", a forecaster at the " + f.name() + ".");
    String title = f.where() + " hits " + t + "C as " + f.who().substring(4) + " braces for " + hazard;
    return new Text(Vocabulary.capitalise(title), p);
  }

  private static String company(Rng r) {
    return Vocabulary.place(r) + " " + r.pick(SECTORS);
  }

  private static String club(Rng r) {
    return Vocabulary.place(r) + " " + r.pick(CLUB_SUFFIX);
  }

  private static String dec(Rng r, int lo, int hi) {
    return r.between(lo, hi) + "." + r.nextInt(10);
  }

  private static String ordinal(int n) {
    String suffix = (n % 100 >= 11 && n % 100 <= 13) ? "th" : switch (n % 10) {
      case 1 -> "st";
      case 2 -> "nd";
      case 3 -> "rd";
      default -> "th";
    };
    return n + suffix;
  }
}
