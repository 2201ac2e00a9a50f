package dev.newsfold.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes the files of the wire stories ({@link WireStories}), each with the truth kind that says
 * what it tests:
 * <ul>
 *   <li>{@code trap_recurring}: a dated brief of a recurring family (and sometimes a same-day resend
 *       from another outlet); briefs of other dates must stay apart from it;</li>
 *   <li>{@code trap_recurring_correction}: the same brief corrected the same day (a figure changed,
 *       "CORRECTED" or "(Corrects ...)"): it folds with the brief and is its canonical copy;</li>
 *   <li>{@code trap_recurring_undated}: an undated copy of the brief (of its corrected text when
 *       there is one): it folds with its own date's brief and no other;</li>
 *   <li>{@code wire_update}: the first version, UPDATE 1 and UPDATE 2 of one story, and a reprint of
 *       the last: they fold;</li>
 *   <li>{@code wire_abridged}: a reprint of a story's first paragraphs, or of it with sentences
 *       dropped (sometimes under a rewritten lead); they fold into the full story ({@code original});</li>
 *   <li>{@code wire_undated}: an undated copy of an update or abridged story.</li>
 * </ul>
 * Undated copies are plain-text feed items (headline and body, no date anywhere).
 */
final class WireCopies {
  private WireCopies() {}

  static final double P_RESEND = 0.3;
  static final double P_CORRECTION = 0.3;
  static final double P_UNDATED = 0.25;

  static boolean writes(Story story) {
    return switch (story.kind()) {
      case StoryPlanner.TRAP_RECURRING, StoryPlanner.WIRE_UPDATE, StoryPlanner.WIRE_ABRIDGED -> true;
      default -> false;
    };
  }

  static void write(CorpusGenerator.Writer w, Rng r, Story story) throws IOException {
    switch (story.kind()) {
      case StoryPlanner.TRAP_RECURRING -> recurring(w, r, story);
      case StoryPlanner.WIRE_UPDATE -> updates(w, r, story);
      default -> abridged(w, r, story);
    }
  }

  private static void recurring(CorpusGenerator.Writer w, Rng r, Story story) throws IOException {
    TemplateStories.Text brief = new TemplateStories.Text(story.title(), story.paragraphs());
    dated(w, r, story, brief, "trap_recurring");
    if (r.chance(P_RESEND)) {
      dated(w, r, story, brief, "trap_recurring");
      w.count("recurring_resend");
    }
    TemplateStories.Text latest = brief;
    if (r.chance(P_CORRECTION)) {
      latest = WireStories.corrected(r, brief);
      dated(w, r, story, latest, "trap_recurring_correction");
      w.count("recurring_correction");
    }
    if (r.chance(P_UNDATED)) {
      undated(w, r, story, latest, "trap_recurring_undated");
    }
  }

  private static void updates(CorpusGenerator.Writer w, Rng r, Story story) throws IOException {
    List<TemplateStories.Text> versions = WireStories.updates(r, SyntheticText.cast(r), story);
    for (TemplateStories.Text version : versions) {
      dated(w, r, story, version, "wire_update");
    }
    TemplateStories.Text last = versions.get(versions.size() - 1);
    if (r.chance(0.5)) {
      dated(w, r, story, last, "wire_update");
    }
    if (r.chance(P_UNDATED)) {
      undated(w, r, story, last, "wire_undated");
    }
  }

  private static void abridged(CorpusGenerator.Writer w, Rng r, Story story) throws IOException {
    TemplateStories.Text full = new TemplateStories.Text(story.title(), story.paragraphs());
    dated(w, r, story, full, "original");
    dated(w, r, story, new TemplateStories.Text(story.title(), WireStories.firstParagraphs(r, story.paragraphs())),
        "wire_abridged");
    w.count("abridged_first_paragraphs");
    List<String> dropped = WireStories.droppedSentences(r, story.paragraphs());
    if (r.chance(0.3)) {
      SyntheticText.Cast cast = SyntheticText.cast(r);
      dropped.set(0, SyntheticText.lead(r, cast) + " " + dropped.get(0).substring(dropped.get(0).indexOf(' ') + 1));
      w.count("abridged_rewritten_lead");
    }
    dated(w, r, story, new TemplateStories.Text(story.title(), dropped), "wire_abridged");
    w.count("abridged_dropped_sentences");
    if (r.chance(P_UNDATED)) {
      undated(w, r, story, full, "wire_undated");
    }
  }

  /** A dated copy in an outlet's page, as other copies are rendered. */
  private static void dated(CorpusGenerator.Writer w, Rng r, Story story, TemplateStories.Text text, String kind)
      throws IOException {
    Outlets.Outlet outlet = Outlets.ALL.get(r.nextInt(Outlets.ALL.size()));
    CopyRenderer.Format format = CopyRenderer.Format.values()[r.weighted(outlet.formatWeights())];
    CopyEditor.Edited edited = new CopyEditor.Edited(text.title(), text.paragraphs(), List.of());
    String page = CopyRenderer.render(r, new CopyRenderer.Copy(outlet, story, edited, format, false));
    String ext = switch (format) {
      case TXT -> ".txt";
      case MD -> ".md";
      case HTML -> ".html";
    };
    w.write(r, outlet.slug(), ext, page.getBytes(StandardCharsets.UTF_8), story.id(), kind);
  }

  /** A feed item with no date anywhere: headline, blank line, paragraphs. */
  private static void undated(CorpusGenerator.Writer w, Rng r, Story story, TemplateStories.Text text, String kind)
      throws IOException {
    StringBuilder sb = new StringBuilder(text.title()).append("\n\n");
    for (String p : text.paragraphs()) {
      sb.append(p).append("\n\n");
    }
    String dir = "feed-" + (story.agency() == null ? "wire" : story.agency().toLowerCase(Locale.ROOT));
    w.write(r, dir, ".txt", sb.toString().getBytes(StandardCharsets.UTF_8), story.id(), kind);
    w.count("undated");
  }

  static List<String> kinds() {
    return new ArrayList<>(List.of("trap_recurring", "trap_recurring_correction", "trap_recurring_undated",
        "wire_update", "wire_abridged", "wire_undated"));
  }
}
