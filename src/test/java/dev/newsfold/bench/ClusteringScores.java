package dev.newsfold.bench;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Scores a predicted clustering (file -> article) against the truth (file -> story): pairwise
 * precision, recall and F1 over same-cluster pairs, the adjusted Rand index, and how many
 * predicted articles merge a trap story with any other story.
 */
public record ClusteringScores(double precision, double recall, double f1, double adjustedRand, long truePairs,
    long predictedPairs, int trapMerges, List<String> trapMergeExamples) {

  /**
   * @param truth file -> story id
   * @param predicted file -> article id; every file of the truth must be present
   * @param trapStories story ids that are traps (must stay apart from every other story)
   */
  public static ClusteringScores score(Map<String, String> truth, Map<String, String> predicted, Set<String> trapStories) {
    Map<String, Map<String, Long>> contingency = new HashMap<>();
    Map<String, Long> storySizes = new HashMap<>();
    Map<String, Long> articleSizes = new HashMap<>();
    for (Map.Entry<String, String> e : truth.entrySet()) {
      String article = predicted.get(e.getKey());
      if (article == null) {
        throw new IllegalArgumentException("no prediction for " + e.getKey());
      }
      contingency.computeIfAbsent(article, a -> new HashMap<>()).merge(e.getValue(), 1L, Long::sum);
      storySizes.merge(e.getValue(), 1L, Long::sum);
      articleSizes.merge(article, 1L, Long::sum);
    }
    long both = 0;
    for (Map<String, Long> row : contingency.values()) {
      for (long n : row.values()) {
        both += pairs(n);
      }
    }
    long truePairs = storySizes.values().stream().mapToLong(ClusteringScores::pairs).sum();
    long predictedPairs = articleSizes.values().stream().mapToLong(ClusteringScores::pairs).sum();
    double precision = predictedPairs == 0 ? 1 : (double) both / predictedPairs;
    double recall = truePairs == 0 ? 1 : (double) both / truePairs;
    double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    double all = pairs(truth.size());
    double expected = all == 0 ? 0 : (double) truePairs * predictedPairs / all;
    double max = 0.5 * (truePairs + predictedPairs);
    double ari = max == expected ? 1 : (both - expected) / (max - expected);
    int trapMerges = 0;
    List<String> examples = new java.util.ArrayList<>();
    for (Map.Entry<String, Map<String, Long>> row : contingency.entrySet()) {
      Set<String> stories = new HashSet<>(row.getValue().keySet());
      if (stories.size() > 1 && stories.stream().anyMatch(trapStories::contains)) {
        trapMerges++;
        if (examples.size() < 5) {
          examples.add(row.getKey() + " holds stories " + new java.util.TreeSet<>(stories));
        }
      }
    }
    return new ClusteringScores(precision, recall, f1, ari, truePairs, predictedPairs, trapMerges, examples);
  }

  private static long pairs(long n) {
    return n * (n - 1) / 2;
  }
}
