package dev.newsfold.entities;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Makes a recognizer's mentions consistent within one article: spans trimmed of punctuation and
 * possessive 's; one type per name (majority, then {@link EntityType} order); a name found once is
 * found everywhere it occurs; and each mention resolved to the fullest name of its entity in the
 * article (a surname to the person's full name).
 */
public final class MentionResolver {
  private MentionResolver() {}

  private record Span(EntityType type, int start, int end) {}

  public static List<EntityMention> resolve(String articleId, LocalDate date, String body, Recognition recognition) {
    List<Span> spans = new ArrayList<>();
    for (RecognizedMention m : recognition.mentions()) {
      Span trimmed = trim(body, m.type(), m.start(), m.end());
      if (trimmed != null) {
        spans.add(trimmed);
      }
    }
    Map<String, EntityType> typeOf = reconcileTypes(body, spans);
    List<Span> consistent = new ArrayList<>();
    for (Span s : spans) {
      consistent.add(new Span(typeOf.get(body.substring(s.start(), s.end())), s.start(), s.end()));
    }
    consistent.addAll(missedOccurrences(body, typeOf, consistent));
    consistent.sort(Comparator.comparingInt(Span::start).thenComparingInt(Span::end));
    Map<String, String> keys = entityKeys(body, consistent);
    List<EntityMention> out = new ArrayList<>();
    for (Span s : consistent) {
      String text = body.substring(s.start(), s.end());
      out.add(new EntityMention(articleId, out.size(), s.type(), text, s.start(), s.end(),
          recognition.sentenceAt(s.start()), keys.getOrDefault(s.type() + "\u0000" + text, text), date));
    }
    return out;
  }

  /** Drops surrounding punctuation and a possessive ending; null if nothing of a name is left. */
  static Span trim(String body, EntityType type, int start, int end) {
    int s = Math.max(0, start);
    int e = Math.min(body.length(), end);
    while (s < e && !Character.isLetterOrDigit(body.charAt(s))) {
      s++;
    }
    while (e > s) {
      if (body.startsWith("'s", e - 2) || body.startsWith("\u2019s", e - 2)) {
        e -= 2;
      } else if (!Character.isLetterOrDigit(body.charAt(e - 1)) && body.charAt(e - 1) != '.') {
        e--;
      } else {
        break;
      }
    }
    return e - s >= 2 ? new Span(type, s, e) : null;
  }

  private static Map<String, EntityType> reconcileTypes(String body, List<Span> spans) {
    Map<String, EnumMap<EntityType, Integer>> votes = new TreeMap<>();
    for (Span s : spans) {
      votes.computeIfAbsent(body.substring(s.start(), s.end()), k -> new EnumMap<>(EntityType.class))
          .merge(s.type(), 1, Integer::sum);
    }
    Map<String, EntityType> typeOf = new HashMap<>();
    votes.forEach((text, counts) -> {
      EntityType best = null;
      for (Map.Entry<EntityType, Integer> c : counts.entrySet()) { // EnumMap iterates in declaration order.
        if (best == null || c.getValue() > counts.get(best)) {
          best = c.getKey();
        }
      }
      typeOf.put(text, best);
    });
    return typeOf;
  }

  /** Occurrences of recognized names the recognizer missed, as whole words not inside another mention. */
  private static List<Span> missedOccurrences(String body, Map<String, EntityType> typeOf, List<Span> found) {
    boolean[] covered = new boolean[body.length() + 1];
    for (Span s : found) {
      for (int i = s.start(); i < s.end(); i++) {
        covered[i] = true;
      }
    }
    List<Span> added = new ArrayList<>();
    List<String> names = new ArrayList<>(typeOf.keySet());
    names.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
    for (String name : names) {
      for (int at = body.indexOf(name); at >= 0; at = body.indexOf(name, at + 1)) {
        int end = at + name.length();
        if (isWordBoundary(body, at - 1) && isWordBoundary(body, end) && !anyCovered(covered, at, end)) {
          added.add(new Span(typeOf.get(name), at, end));
          for (int i = at; i < end; i++) {
            covered[i] = true;
          }
        }
      }
    }
    return added;
  }

  private static boolean anyCovered(boolean[] covered, int start, int end) {
    for (int i = start; i < end; i++) {
      if (covered[i]) {
        return true;
      }
    }
    return false;
  }

  private static boolean isWordBoundary(String body, int index) {
    return index < 0 || index >= body.length() || !Character.isLetterOrDigit(body.charAt(index));
  }

  /** Per (type, text): the fullest name of that type in the article that ends with the text's words. */
  private static Map<String, String> entityKeys(String body, List<Span> spans) {
    Map<String, Integer> frequency = new TreeMap<>();
    for (Span s : spans) {
      frequency.merge(s.type() + "\u0000" + body.substring(s.start(), s.end()), 1, Integer::sum);
    }
    Map<String, String> keys = new HashMap<>();
    for (String key : frequency.keySet()) {
      String type = key.substring(0, key.indexOf('\u0000'));
      String text = key.substring(key.indexOf('\u0000') + 1);
      String best = text;
      if (type.equals(EntityType.PERSON.name())) {
        for (String other : frequency.keySet()) {
          String otherText = other.substring(other.indexOf('\u0000') + 1);
          boolean samePerson = other.startsWith(type + "\u0000") && otherText.endsWith(" " + text);
          if (samePerson && (otherText.length() > best.length()
              || otherText.length() == best.length() && otherText.compareTo(best) < 0)) {
            best = otherText;
          }
        }
      }
      keys.put(key, best);
    }
    return keys;
  }
}
