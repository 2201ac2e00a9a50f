package dev.newsfold.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.newsfold.NewsfoldOptions;
import dev.newsfold.NewsfoldPipeline;
import dev.newsfold.RunSummary;
import dev.newsfold.bench.ClusteringScores;
import dev.newsfold.bench.CorpusGenerator;
import dev.newsfold.bench.KindScores;
import dev.newsfold.bench.Truth;
import dev.newsfold.archive.ArchiveTables;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The quality gate for collapsing: the job on a generated syndication corpus (a few hundred copies
 * with headline changes, trims, edits, other outlets' boilerplate and formats, plus traps: template
 * stories, wire briefs recurring every 1-3 days with other figures; and what must fold: same-day
 * corrections, UPDATE versions, abridged and undated copies), scored against the generator's truth. Floors are pinned in quality-floors.properties.
 */
class CollapseQualityTest {
  private static final int STORIES = 150;
  private static final long SEED = 20261122L;

  private static Map<String, String> kinds(Path corpus) throws java.io.IOException {
    Map<String, String> kinds = new HashMap<>();
    for (String line : java.nio.file.Files.readAllLines(corpus.resolve("truth.tsv"))) {
      String[] f = line.split("\t");
      kinds.put(f[0], f[2]);
    }
    return kinds;
  }

  @Test
  void collapseMeetsItsPinnedFloorsAndMergesNoTrap(@TempDir Path temp) throws Exception {
    Path corpus = temp.resolve("corpus");
    CorpusGenerator.generate(corpus, STORIES, SEED);
    Path output = temp.resolve("archive");
    NewsfoldOptions options = PipelineOptionsFactory.fromArgs(
        "--input=" + corpus.resolve("files"), "--output=" + output,
        // Collapse is what is scored; entity recognition would triple the run time.
        "--extractEntities=false").as(NewsfoldOptions.class);
    RunSummary summary = NewsfoldPipeline.run(options);

    Truth corpusTruth = Truth.load(corpus);
    Map<String, String> truth = corpusTruth.storyOf();
    Set<String> traps = corpusTruth.trapStories();
    Map<String, String> predicted = new HashMap<>();
    Map<String, String> canonicalOf = new HashMap<>();
    for (String row : ArchiveTables.strings(output,
        "SELECT relative_path || '\t' || article_id || '\t' || is_canonical FROM copies")) {
      String[] f = row.split("\t");
      predicted.put(f[0], f[1]);
      if (f[2].equals("true")) {
        canonicalOf.put(f[1], f[0]);
      }
    }
    assertEquals(truth.size(), summary.filesMatched());
    assertEquals(truth.keySet(), predicted.keySet(), "every generated file is archived as a copy");
    ClusteringScores scores = ClusteringScores.score(truth, predicted, traps);
    System.out.printf("Collapse quality on %d files of %d stories: precision %.4f recall %.4f F1 %.4f ARI %.4f "
        + "(true pairs %d, predicted pairs %d), trap merges %d %s%n", truth.size(), STORIES, scores.precision(),
        scores.recall(), scores.f1(), scores.adjustedRand(), scores.truePairs(), scores.predictedPairs(),
        scores.trapMerges(), scores.trapMergeExamples());

    Map<String, String> kinds = kinds(corpus);
    KindScores.score(truth, kinds, predicted).forEach(k -> System.out.println("  by kind: " + k.tsv()));

    assertEquals(0, scores.trapMerges(), "trap stories merged: " + scores.trapMergeExamples());
    kinds.forEach((file, kind) -> {
      if (kind.equals("trap_recurring_correction")) {
        assertEquals(file, canonicalOf.get(predicted.get(file)), "a same-day correction is its brief's canonical copy");
      }
    });
    QualityFloors.assertMet("collapse", Map.of("pairwise_precision", scores.precision(),
        "pairwise_recall", scores.recall(), "pairwise_f1", scores.f1(), "adjusted_rand", scores.adjustedRand()));
  }
}
