package dev.newsfold.bench;

import static dev.newsfold.bench.Vocabulary.ADJECTIVES;
import static dev.newsfold.bench.Vocabulary.EVENTS;
import static dev.newsfold.bench.Vocabulary.FEELINGS;
import static dev.newsfold.bench.Vocabulary.LANDMARKS;
import static dev.newsfold.bench.Vocabulary.MONTHS;
import static dev.newsfold.bench.Vocabulary.ORG_TYPES;
import static dev.newsfold.bench.Vocabulary.PARTICIPLES;
import static dev.newsfold.bench.Vocabulary.PLURALS;
import static dev.newsfold.bench.Vocabulary.ROLES;
import static dev.newsfold.bench.Vocabulary.SPEECH;
import static dev.newsfold.bench.Vocabulary.TOPICS;
import static dev.newsfold.bench.Vocabulary.VERBS;
import static dev.newsfold.bench.Vocabulary.WEEKDAYS;
import static dev.newsfold.bench.Vocabulary.capitalise;

import java.util.ArrayList;
import java.util.List;

/**
 * Synthetic news prose from a seeded grammar. Every story draws its own cast (people, places,
 * organisations, a topic, a currency) and fills short sentence frames whose fixed words never run
 * for more than two or three tokens, so two stories share almost no four-word shingle while the
 * sentences of one story keep naming the same people and things, as real reports do.
 */
final class SyntheticText {
  private SyntheticText() {}

  record Person(String first, String last, String role, String org) {
    String full() {
      return first + " " + last;
    }
  }

  /** Who and what a story is about; a follow-up story reuses its predecessor's cast. */
  record Cast(String place, String place2, List<Person> people, List<String> orgs, String[] topic, String currency) {}

  static Cast cast(Rng r) {
    String place = Vocabulary.place(r);
    String place2 = Vocabulary.place(r);
    List<String> orgs = new ArrayList<>();
    orgs.add(place + " " + r.pick(ORG_TYPES));
    orgs.add((r.chance(0.5) ? place : place2) + " " + r.pick(ORG_TYPES));
    orgs.add(place2 + " " + r.pick(ORG_TYPES));
    List<Person> people = new ArrayList<>();
    int n = r.between(2, 4);
    for (int i = 0; i < n; i++) {
      people.add(new Person(r.pick(Vocabulary.FIRST), r.pick(Vocabulary.LAST), r.pick(ROLES), r.pick(orgs)));
    }
    String currency = r.pick(new String[] {"£", "€", "$"});
    return new Cast(place, place2, people, orgs, TOPICS[r.nextInt(TOPICS.length)], currency);
  }

  /** A headline in sentence case: "Ashford District Council approves revised flood barrier plan". */
  static String headline(Rng r, Cast c) {
    String[] verb = r.pick(List.of(VERBS));
    String subject = r.chance(0.6) ? r.pick(c.orgs()) : c.place();
    String object = r.pick(ADJECTIVES) + " " + r.pick(c.topic());
    String tail = switch (r.nextInt(4)) {
      case 0 -> "";
      case 1 -> " after " + r.pick(EVENTS);
      case 2 -> " in " + r.pick(new String[] {"blow to", "boost for", "victory for", "setback for"}) + " "
          + r.pick(PLURALS);
      default -> " worth " + Vocabulary.money(r, c.currency());
    };
    return subject + " " + Vocabulary.present(verb[0]) + " " + object + tail;
  }

  /** A whole article body: paragraphs of 2-4 sentences, the first a news lead. */
  static List<String> body(Rng r, Cast c, int minParagraphs, int maxParagraphs) {
    int n = r.between(minParagraphs, maxParagraphs);
    List<String> paragraphs = new ArrayList<>(n);
    paragraphs.add(lead(r, c) + " " + sentence(r, c));
    for (int i = 1; i < n; i++) {
      paragraphs.add(paragraph(r, c, r.between(2, 4)));
    }
    return paragraphs;
  }

  /** A short body, about 60 words in 2-3 paragraphs of one or two short sentences. */
  static List<String> shortBody(Rng r, Cast c) {
    int n = r.between(2, 3);
    List<String> paragraphs = new ArrayList<>(n);
    paragraphs.add(lead(r, c));
    for (int i = 1; i < n; i++) {
      paragraphs.add(r.chance(0.5) ? simple(r, c) : quote(r, c));
    }
    return paragraphs;
  }

  static String paragraph(Rng r, Cast c, int sentences) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < sentences; i++) {
      if (i > 0) {
        sb.append(' ');
      }
      sb.append(sentence(r, c));
    }
    return sb.toString();
  }

  static String lead(Rng r, Cast c) {
    return capitalise(subject(r, c)) + " " + r.pick(List.of(VERBS))[1] + " " + object(r, c) + " " + pp(r, c) + " "
        + pp(r, c) + ", " + r.pick(PARTICIPLES) + " " + object(r, c) + ".";
  }

  static String sentence(Rng r, Cast c) {
    return switch (r.weighted(3, 2, 3, 2, 1.5, 1.5, 1, 1)) {
      case 0 -> simple(r, c);
      case 1 -> capitalise(subject(r, c)) + " " + verb(r) + " " + object(r, c) + " " + pp(r, c) + ", "
          + r.pick(PARTICIPLES) + " " + object(r, c) + ".";
      case 2 -> quote(r, c);
      case 3 -> {
        Person p = r.pick(c.people());
        yield name(r, p) + ", " + p.role() + " of " + p.org() + ", " + r.pick(SPEECH) + " " + subject(r, c)
            + " had " + verb(r) + " " + object(r, c) + " " + pp(r, c) + ".";
      }
      case 4 -> "According to " + r.pick(c.orgs()) + ", " + Vocabulary.number(r) + " " + r.pick(PLURALS) + " "
          + verb(r) + " " + object(r, c) + " " + pp(r, c) + ".";
      case 5 -> {
        String subject = capitalise(subject(r, c));
        yield subject + (Character.isDigit(subject.charAt(0)) ? " have " : " has ") + verb(r) + " " + object(r, c)
            + " since " + r.between(1998, 2023) + ", and " + subject(r, c) + " " + verb(r) + " " + object(r, c) + ".";
      }
      case 6 -> {
        Person p = r.pick(c.people());
        yield "\"Why should " + r.pick(PLURALS) + " " + r.pick(List.of(VERBS))[0] + " " + object(r, c) + " "
            + pp(r, c) + "?\" asked " + name(r, p) + ".";
      }
      default -> {
        Person p = r.pick(c.people());
        yield capitalise(p.last()) + " said " + r.pick(PLURALS) + " in " + c.place() + "'s " + r.pick(LANDMARKS)
            + " were " + r.pick(FEELINGS) + " by " + object(r, c) + ".";
      }
    };
  }

  static String simple(Rng r, Cast c) {
    return capitalise(subject(r, c)) + " " + verb(r) + " " + object(r, c) + " " + pp(r, c) + ".";
  }

  static String quote(Rng r, Cast c) {
    Person p = r.pick(c.people());
    String inner = switch (r.nextInt(4)) {
      case 0 -> "We " + verb(r) + " " + object(r, c) + " " + pp(r, c);
      case 1 -> "The " + r.pick(c.topic()) + " is " + r.pick(ADJECTIVES) + ", and " + r.pick(PLURALS) + " know it";
      case 2 -> "Nobody " + r.pick(new String[] {"expected", "wanted", "planned", "imagined"}) + " "
          + object(r, c) + " " + pp(r, c);
      default -> "I am " + r.pick(FEELINGS) + " that " + subject(r, c) + " " + verb(r) + " " + object(r, c);
    };
    String speech = r.pick(SPEECH);
    if (r.chance(0.5)) {
      return "\"" + inner + ",\" " + name(r, p) + ", " + p.role() + " of " + p.org() + ", " + speech + ".";
    }
    return name(r, p) + " " + speech + ": \"" + inner + ".\"";
  }

  /** The word with its indefinite article: "a modest", "an annual". */
  static String a(String word) {
    return ("aeiou".indexOf(Character.toLowerCase(word.charAt(0))) >= 0 ? "an " : "a ") + word;
  }

  private static String name(Rng r, Person p) {
    return r.chance(0.6) ? p.full() : p.last();
  }

  private static String verb(Rng r) {
    return r.pick(List.of(VERBS))[1];
  }

  private static String subject(Rng r, Cast c) {
    return switch (r.weighted(3, 3, 2, 2)) {
      case 0 -> r.pick(c.orgs());
      case 1 -> name(r, r.pick(c.people()));
      case 2 -> "the " + r.pick(ADJECTIVES) + " " + r.pick(c.topic());
      default -> Vocabulary.number(r) + " " + r.pick(PLURALS);
    };
  }

  private static String object(Rng r, Cast c) {
    return switch (r.weighted(3, 2, 2, 2, 1)) {
      case 0 -> "the " + r.pick(ADJECTIVES) + " " + r.pick(c.topic());
      case 1 -> "plans for " + a(r.pick(ADJECTIVES)) + " " + r.pick(c.topic());
      case 2 -> "a " + Vocabulary.money(r, c.currency()) + " " + r.pick(c.topic());
      case 3 -> Vocabulary.number(r) + " " + r.pick(ADJECTIVES) + " " + r.pick(PLURALS);
      default -> r.pick(c.orgs()) + "'s " + r.pick(c.topic());
    };
  }

  private static String pp(Rng r, Cast c) {
    return switch (r.nextInt(10)) {
      case 0 -> "in " + (r.chance(0.6) ? c.place() : c.place2());
      case 1 -> "on " + r.pick(WEEKDAYS);
      case 2 -> "after " + (r.chance(0.5) ? a(r.pick(ADJECTIVES)) : "the " + r.pick(ADJECTIVES)) + " "
          + r.pick(EVENTS);
      case 3 -> "despite " + r.pick(ADJECTIVES) + " " + r.pick(PLURALS);
      case 4 -> "near the " + r.pick(LANDMARKS) + " in " + c.place();
      case 5 -> "before the " + r.pick(EVENTS);
      case 6 -> "within " + r.between(2, 40) + " " + r.pick(new String[] {"days", "weeks", "months"}) + " of "
          + r.pick(c.orgs()) + "'s " + r.pick(EVENTS);
      case 7 -> "by " + r.pick(MONTHS) + " " + r.between(2025, 2031);
      case 8 -> "at " + a(r.pick(ADJECTIVES)) + " " + r.pick(EVENTS) + " in " + c.place2();
      default -> "for " + Vocabulary.number(r) + " " + r.pick(PLURALS);
    };
  }
}
