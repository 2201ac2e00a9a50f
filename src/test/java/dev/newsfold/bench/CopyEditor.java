package dev.newsfold.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text edits syndication makes to a story, each drawn from the seeded generator: another
 * headline, trims, a dropped or merged paragraph, spelling variants, quote style, typos, a
 * reworded phrase, a dateline added or removed. The original copy gets none of them.
 */
final class CopyEditor {
  private CopyEditor() {}

  /** Probabilities per copy (not for originals). */
  static final double P_HEADLINE = 0.70;
  static final double P_TRIM = 0.45;
  static final double P_DROP_MIDDLE = 0.15;
  static final double P_MERGE_MIDDLE = 0.10;
  static final double P_SPELLING = 0.30;
  static final double P_QUOTES = 0.35;
  static final double P_TYPOS = 0.25;
  static final double P_REWORD = 0.20;
  static final double P_DATELINE_TOGGLE = 0.30;

  /** The edited text of one copy and the names of the edits made. */
  record Edited(String title, List<String> paragraphs, List<String> edits) {}

  private static final String[][] SPELLINGS = {{"colour", "color"}, {"colours", "colors"}, {"colourful", "colorful"},
      {"favour", "favor"}, {"favoured", "favored"}, {"labour", "labor"}, {"harbour", "harbor"}, {"harbours", "harbors"},
      {"neighbour", "neighbor"}, {"neighbours", "neighbors"}, {"behaviour", "behavior"}, {"honour", "honor"},
      {"centre", "center"}, {"centres", "centers"}, {"metre", "meter"}, {"metres", "meters"},
      {"kilometres", "kilometers"}, {"programme", "program"}, {"programmes", "programs"}, {"defence", "defense"},
      {"defences", "defenses"}, {"licence", "license"}, {"organise", "organize"}, {"organised", "organized"},
      {"organisation", "organization"}, {"organisations", "organizations"}, {"recognise", "recognize"},
      {"recognised", "recognized"}, {"criticise", "criticize"}, {"criticised", "criticized"}, {"finalise", "finalize"},
      {"finalised", "finalized"}, {"realise", "realize"}, {"realised", "realized"}, {"apologised", "apologized"},
      {"prioritise", "prioritize"}, {"prioritised", "prioritized"}, {"cancelled", "canceled"}, {"travelled", "traveled"},
      {"grey", "gray"}, {"analyse", "analyze"}, {"analysed", "analyzed"}, {"theatre", "theater"},
      {"sceptical", "skeptical"}, {"personalise", "personalize"}, {"tonnes", "tons"}};
  private static final Map<String, String> SPELLING = new LinkedHashMap<>();
  private static final Pattern SPELLING_WORDS;

  static {
    StringBuilder alternation = new StringBuilder();
    for (String[] pair : SPELLINGS) {
      SPELLING.put(pair[0], pair[1]);
      alternation.append(alternation.length() == 0 ? "" : "|").append(pair[0]);
    }
    SPELLING_WORDS = Pattern.compile("\\b(?i:" + alternation + ")\\b");
  }

  private static final String[][] SYNONYMS = {{"said", "stated"}, {"announced", "unveiled"}, {"approved", "backed"},
      {"rejected", "turned down"}, {"residents", "locals"}, {"expensive", "costly"}, {"plans", "proposals"},
      {"about", "around"}, {"more than", "over"}, {"began", "started"}, {"warned", "cautioned"},
      {"told reporters", "told journalists"}, {"however", "but"}, {"because", "as"}, {"would", "will"},
      {"announces", "unveils"}, {"approves", "backs"}, {"rejects", "throws out"}, {"says", "warns"},
      {"after", "following"}, {"rises", "climbs"}, {"falls", "drops"}, {"new", "fresh"}, {"large", "big"}};

  private static final Pattern[] SYNONYM_PATTERNS = new Pattern[SYNONYMS.length];
  private static final Pattern TYPO_WORD = Pattern.compile("\\b\\p{Ll}{5,}\\b");

  static {
    for (int i = 0; i < SYNONYMS.length; i++) {
      SYNONYM_PATTERNS[i] = Pattern.compile("\\b" + Pattern.quote(SYNONYMS[i][0]) + "\\b");
    }
  }

  static Edited edit(Rng r, Story story, boolean original, boolean datelineByDefault) {
    List<String> edits = new ArrayList<>();
    List<String> p = new ArrayList<>(story.paragraphs());
    String title = story.title();
    boolean dateline = datelineByDefault;
    if (!original) {
      if (r.chance(P_HEADLINE)) {
        title = headline(r, story, edits);
      }
      if (p.size() >= 5 && r.chance(P_DROP_MIDDLE + P_MERGE_MIDDLE)) {
        int i = r.between(1, p.size() - 3);
        if (r.chance(P_DROP_MIDDLE / (P_DROP_MIDDLE + P_MERGE_MIDDLE))) {
          p.remove(i);
          edits.add("drop_middle");
        } else {
          p.set(i, p.get(i) + " " + p.remove(i + 1));
          edits.add("merge_middle");
        }
      }
      int floor = (story.paragraphs().size() + 1) / 2;
      if (p.size() > floor && r.chance(P_TRIM)) {
        int cut = Math.min(r.between(1, 3), p.size() - floor);
        p.subList(p.size() - cut, p.size()).clear();
        edits.add("trim_" + cut);
      }
      if (r.chance(P_SPELLING)) {
        p.replaceAll(CopyEditor::americanise);
        title = americanise(title);
        edits.add("spelling");
      }
      if (r.chance(P_QUOTES)) {
        boolean curly = p.stream().anyMatch(s -> s.indexOf('\u201C') >= 0 || s.indexOf('\u2019') >= 0);
        p.replaceAll(s -> curly ? straightQuotes(s) : curlyQuotes(s));
        title = curly ? straightQuotes(title) : curlyQuotes(title);
        edits.add(curly ? "straight_quotes" : "curly_quotes");
      }
      if (r.chance(P_REWORD) && reword(r, p)) {
        edits.add("reword");
      }
      if (r.chance(P_TYPOS)) {
        int n = r.between(1, 2);
        for (int i = 0; i < n; i++) {
          typo(r, p);
        }
        edits.add("typos_" + n);
      }
      if (r.chance(P_DATELINE_TOGGLE)) {
        dateline = !dateline;
        edits.add(dateline ? "dateline_added" : "dateline_removed");
      }
    }
    if (dateline && story.city() != null && !p.isEmpty()) {
      p.set(0, dateline(r, story) + p.get(0));
    }
    return new Edited(title, p, edits);
  }

  static String dateline(Rng r, Story story) {
    String city = story.city().toUpperCase(Locale.ROOT);
    String month = Vocabulary.MONTHS_SHORT[story.date().getMonthValue() - 1] + " " + story.date().getDayOfMonth();
    String agency = story.agency();
    if (agency == null) {
      return city + ", " + month + " - ";
    }
    return switch (r.nextInt(3)) {
      case 0 -> city + ", " + month + " (" + agency + ") - ";
      case 1 -> city + " (" + agency + ") \u2014 ";
      default -> city + ", " + month + " (" + agency + ") -- ";
    };
  }

  private static String headline(Rng r, Story story, List<String> edits) {
    switch (r.weighted(0.15, 0.35, 0.30, 0.20)) {
      case 0:
        edits.add("headline_update_prefix");
        return "UPDATE " + r.between(1, 3) + "-" + story.title();
      case 1: {
        String lead = story.paragraphs().get(0).replaceAll("^\\p{Lu}[\\p{Lu} ,.'’-]*\\([^)]*\\)\\s*[-–—]+\\s*", "");
        String[] words = lead.split("\\s+");
        int n = Math.min(words.length, r.between(7, 11));
        String alt = String.join(" ", java.util.Arrays.copyOf(words, n)).replaceAll("[\\p{Punct}“”‘’]+$", "");
        if (n >= 4) {
          edits.add("headline_from_lead");
          return Vocabulary.capitalise(alt);
        }
        break;
      }
      case 2: {
        String rewritten = replaceWords(r, story.title(), 2);
        if (!rewritten.equals(story.title())) {
          edits.add("headline_rewrite");
          return rewritten;
        }
        break;
      }
      default:
        break;
    }
    edits.add("headline_title_case");
    StringBuilder sb = new StringBuilder();
    for (String w : story.title().split(" ")) {
      sb.append(sb.length() == 0 ? "" : " ").append(w.length() > 3 ? Vocabulary.capitalise(w) : w);
    }
    return sb.toString();
  }

  /** Replaces up to max synonym words, whole words only. */
  private static String replaceWords(Rng r, String text, int max) {
    String out = text;
    int done = 0;
    int start = r.nextInt(SYNONYMS.length);
    for (int k = 0; k < SYNONYMS.length && done < max; k++) {
      String[] pair = SYNONYMS[(start + k) % SYNONYMS.length];
      Matcher m = SYNONYM_PATTERNS[(start + k) % SYNONYMS.length].matcher(out);
      if (m.find()) {
        out = out.substring(0, m.start()) + pair[1] + out.substring(m.end());
        done++;
      }
    }
    return out;
  }

  private static boolean reword(Rng r, List<String> p) {
    int start = r.nextInt(p.size());
    for (int k = 0; k < p.size(); k++) {
      int i = (start + k) % p.size();
      String changed = replaceWords(r, p.get(i), 1);
      if (!changed.equals(p.get(i))) {
        p.set(i, changed);
        return true;
      }
    }
    return false;
  }

  private static void typo(Rng r, List<String> p) {
    int i = r.nextInt(p.size());
    String text = p.get(i);
    Matcher m = TYPO_WORD.matcher(text);
    List<int[]> words = new ArrayList<>();
    while (m.find()) {
      words.add(new int[] {m.start(), m.end()});
    }
    if (words.isEmpty()) {
      return;
    }
    int[] w = r.pick(words);
    int at = w[0] + r.between(1, w[1] - w[0] - 3);
    if (text.charAt(at) == text.charAt(at + 1)) {
      at++;
    }
    char[] chars = text.toCharArray();
    char t = chars[at];
    chars[at] = chars[at + 1];
    chars[at + 1] = t;
    p.set(i, new String(chars));
  }

  static String americanise(String text) {
    Matcher m = SPELLING_WORDS.matcher(text);
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      String word = m.group();
      String us = SPELLING.get(word.toLowerCase(Locale.ROOT));
      if (Character.isUpperCase(word.charAt(0))) {
        us = word.equals(word.toUpperCase(Locale.ROOT)) ? us.toUpperCase(Locale.ROOT) : Vocabulary.capitalise(us);
      }
      m.appendReplacement(sb, Matcher.quoteReplacement(us));
    }
    m.appendTail(sb);
    return sb.toString();
  }

  static String curlyQuotes(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean opening = i == 0 || Character.isWhitespace(s.charAt(i - 1)) || "([{\u2014-".indexOf(s.charAt(i - 1)) >= 0;
      if (c == '"') {
        sb.append(opening ? '\u201C' : '\u201D');
      } else if (c == '\'') {
        sb.append(opening ? '\u2018' : '\u2019');
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  static String straightQuotes(String s) {
    return s.replace('\u201C', '"').replace('\u201D', '"').replace('\u2018', '\'').replace('\u2019', '\'');
  }
}
