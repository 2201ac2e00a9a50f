package dev.newsfold.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Collapse quality per truth kind of file (original, copy, trap_recurring, wire_abridged, ...):
 * how many files of the kind there are, the share of their same-story pairs that were folded
 * together, and how many of them landed in an article holding another story's file.
 */
public record KindScores(String kind, int files, long storyPairs, long foldedPairs, int mergedWithOtherStory) {

  public double pairRecall() {
    return storyPairs == 0 ? 1 : (double) foldedPairs / storyPairs;
  }

  /**
   * @param truth file -> story id
   * @param kinds file -> truth kind
   * @param predicted file -> article id (every file of the truth present)
   */
  public static List<KindScores> score(Map<String, String> truth, Map<String, String> kinds, Map<String, String> predicted) {
    Map<String, List<String>> filesOfStory = new HashMap<>();
    Map<String, Set<String>> storiesOfArticle = new HashMap<>();
    truth.forEach((file, story) -> {
      filesOfStory.computeIfAbsent(story, s -> new ArrayList<>()).add(file);
      storiesOfArticle.computeIfAbsent(predicted.get(file), a -> new HashSet<>()).add(story);
    });
    Map<String, long[]> byKind = new TreeMap<>();
    truth.forEach((file, story) -> {
      long[] c = byKind.computeIfAbsent(kinds.get(file), k -> new long[4]);
      c[0]++;
      for (String other : filesOfStory.get(story)) {
        if (!other.equals(file)) {
          c[1]++;
          if (predicted.get(other).equals(predicted.get(file))) {
            c[2]++;
          }
        }
      }
      if (storiesOfArticle.get(predicted.get(file)).size() > 1) {
        c[3]++;
      }
    });
    List<KindScores> out = new ArrayList<>();
    byKind.forEach((kind, c) -> out.add(new KindScores(kind, (int) c[0], c[1], c[2], (int) c[3])));
    return out;
  }

  /** One tab-separated line: kind, files, pair recall, files merged with another story. */
  public String tsv() {
    return String.format(java.util.Locale.ROOT, "%s\t%d\t%.4f\t%d", kind, files, pairRecall(), mergedWithOtherStory);
  }
}
