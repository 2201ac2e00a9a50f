package dev.newsfold.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Decides which stories the corpus holds: real bases first (in seeded order), then synthetic
 * stories, then the traps (follow-ups, boilerplate pairs, template families), with ids s00001...
 * Story content is drawn from a stream per story, so a story's text depends only on (seed, index).
 */
final class StoryPlanner {
  private StoryPlanner() {}

  static final String TRAP_BOILERPLATE = "trap_boilerplate";
  static final String TRAP_FOLLOWUP = "trap_followup";
  static final String TRAP_TEMPLATE = "trap_template";
  /** A wire brief recurring on many dates with other figures: each date is its own story. */
  static final String TRAP_RECURRING = "trap_recurring";
  /** A story sent as a first version, then UPDATE 1 and UPDATE 2 the same day: one story. */
  static final String WIRE_UPDATE = "wire_update";
  /** A story reprinted abridged (first paragraphs, or sentences dropped): one story. */
  static final String WIRE_ABRIDGED = "wire_abridged";
  static final LocalDate EPOCH = LocalDate.of(2023, 1, 2);

  /** The stories, plus which stories share an outlet and format (boilerplate pairs, template families). */
  record Plan(List<Story> stories, Map<String, Integer> groupOf, List<List<String>> groups) {}

  static Plan plan(List<BaseArticles.Base> bases, int count, long seed) {
    Rng r = Rng.derive(seed, 0, 0);
    int templates = 0;
    int pairs = 0;
    int followups = 0;
    int recurring = 0;
    int updates = 0;
    int abridged = 0;
    if (count >= 20) {
      int budget = Math.max(8, Math.round(count * 0.10f));
      templates = Math.max(5, budget / 2);
      pairs = Math.max(1, Math.round(budget * 0.15f));
      followups = Math.max(1, budget - templates - 2 * pairs);
      recurring = Math.max(6, Math.round(count * 0.10f));
      updates = Math.max(2, Math.round(count * 0.03f));
      abridged = Math.max(2, Math.round(count * 0.04f));
    } else if (count >= 10) {
      pairs = 1;
      followups = 1;
    }
    int normal = count - templates - 2 * pairs - followups - recurring - updates - abridged;
    List<BaseArticles.Base> order = new ArrayList<>(bases);
    r.shuffle(order);
    List<Story> stories = new ArrayList<>();
    Map<Integer, SyntheticText.Cast> casts = new HashMap<>();
    for (int i = 0; i < normal; i++) {
      Rng s = Rng.derive(seed, 1, i);
      String id = id(i);
      if (i < order.size()) {
        BaseArticles.Base b = order.get(i);
        LocalDate date = b.date() != null ? b.date() : EPOCH.plusDays(s.nextInt(900));
        String reporter = b.reporter() != null ? b.reporter() : Vocabulary.person(s);
        stories.add(new Story(id, Story.NORMAL, b.title(), b.paragraphs(), date, b.agency(), reporter, b.city(),
            b.source()));
      } else {
        SyntheticText.Cast cast = SyntheticText.cast(s);
        casts.put(i, cast);
        stories.add(synthetic(s, id, Story.NORMAL, cast, SyntheticText.body(s, cast, 6, 14),
            EPOCH.plusDays(s.nextInt(900)), "synthetic"));
      }
    }
    List<Integer> earlier = new ArrayList<>();
    for (int i = 0; i < normal; i++) {
      if (stories.get(i).paragraphs().size() >= 4) {
        earlier.add(i);
      }
    }
    r.shuffle(earlier);
    for (int f = 0; f < followups && !earlier.isEmpty(); f++) {
      int index = stories.size();
      Rng s = Rng.derive(seed, 1, index);
      Story e = stories.get(earlier.get(f % earlier.size()));
      SyntheticText.Cast cast = casts.getOrDefault(earlier.get(f % earlier.size()), SyntheticText.cast(s));
      List<String> body = new ArrayList<>(SyntheticText.body(s, cast, 5, 10));
      String background = e.paragraphs().get(s.between(1, e.paragraphs().size() - 2));
      body.add(s.between(2, body.size() - 1), background);
      stories.add(synthetic(s, id(index), TRAP_FOLLOWUP, cast, body, e.date().plusDays(s.between(2, 20)),
          "followup:" + e.id()));
    }
    List<List<String>> groups = new ArrayList<>();
    Map<String, Integer> groupOf = new HashMap<>();
    for (int p = 0; p < pairs; p++) {
      List<String> group = new ArrayList<>();
      for (int k = 0; k < 2; k++) {
        int index = stories.size();
        Rng s = Rng.derive(seed, 1, index);
        SyntheticText.Cast cast = SyntheticText.cast(s);
        Story story = synthetic(s, id(index), TRAP_BOILERPLATE, cast, SyntheticText.shortBody(s, cast),
            EPOCH.plusDays(s.nextInt(900)), "short");
        stories.add(story);
        group.add(story.id());
        groupOf.put(story.id(), groups.size());
      }
      groups.add(group);
    }
    int remaining = templates;
    for (int fam = 0; remaining > 0; fam++) {
      int size = remaining <= 10 ? remaining : r.between(5, Math.min(10, remaining - 5));
      remaining -= size;
      Rng fr = Rng.derive(seed, 3, fam);
      TemplateStories.Family family = TemplateStories.family(fr, TemplateStories.FAMILIES[fam % 3]);
      LocalDate start = EPOCH.plusDays(fr.nextInt(800));
      List<String> group = new ArrayList<>();
      for (int k = 0; k < size; k++) {
        int index = stories.size();
        Rng s = Rng.derive(seed, 1, index);
        LocalDate date = start.plusDays(k);
        TemplateStories.Text t = TemplateStories.story(s, family, date);
        String agency = family.kind().equals("football") ? null : "Reuters";
        stories.add(new Story(id(index), TRAP_TEMPLATE, t.title(), t.paragraphs(), date, agency,
            Vocabulary.person(s), family.kind().equals("weather") ? family.where() : null, "template:" + family.kind()));
        group.add(id(index));
        groupOf.put(id(index), groups.size());
      }
      groups.add(group);
    }
    for (int k = 0; k < updates + abridged; k++) {
      int index = stories.size();
      Rng s = Rng.derive(seed, 1, index);
      SyntheticText.Cast cast = SyntheticText.cast(s);
      boolean update = k < updates;
      stories.add(synthetic(s, id(index), update ? WIRE_UPDATE : WIRE_ABRIDGED, cast,
          SyntheticText.body(s, cast, update ? 6 : 8, update ? 9 : 12), EPOCH.plusDays(s.nextInt(900)), "synthetic"));
    }
    remaining = recurring;
    for (int fam = 0; remaining > 0; fam++) {
      int size = remaining <= 8 ? remaining : r.between(5, Math.min(8, remaining - 5));
      remaining -= size;
      Rng fr = Rng.derive(seed, 5, fam);
      WireStories.Family family = WireStories.family(fr, WireStories.FAMILIES[fam % WireStories.FAMILIES.length]);
      LocalDate date = EPOCH.plusDays(fr.nextInt(800));
      for (int k = 0; k < size; k++) {
        int index = stories.size();
        Rng s = Rng.derive(seed, 1, index);
        date = date.plusDays(k == 0 ? 0 : fr.between(1, 3)); // Often within the fold window: figures must tell them apart.
        TemplateStories.Text t = WireStories.brief(s, family, date);
        stories.add(new Story(id(index), TRAP_RECURRING, t.title(), t.paragraphs(), date, "Reuters", null, null,
            "recurring:" + family.kind()));
      }
    }
    return new Plan(stories, groupOf, groups);
  }

  private static Story synthetic(Rng s, String id, String kind, SyntheticText.Cast cast, List<String> body,
      LocalDate date, String source) {
    String agency = s.chance(0.55) ? s.pick(Vocabulary.AGENCIES) : null;
    return new Story(id, kind, Vocabulary.capitalise(SyntheticText.headline(s, cast)), body, date, agency,
        Vocabulary.person(s), cast.place(), source);
  }

  static String id(int index) {
    return String.format(java.util.Locale.ROOT, "s%05d", index + 1);
  }
}
