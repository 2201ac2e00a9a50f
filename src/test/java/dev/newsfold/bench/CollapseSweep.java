package dev.newsfold.bench;

import dev.newsfold.NewsfoldOptions;
import dev.newsfold.NewsfoldPipeline;
import dev.newsfold.archive.ArchiveTables;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.apache.beam.sdk.options.PipelineOptionsFactory;

/**
 * Measures collapse quality and LSH cost for several shingle sizes and band shapes on one generated
 * corpus: how the fingerprint parameters in the README were chosen.
 * Usage: CollapseSweep STORIES SEED WORKDIR shingle:bands:rows [shingle:bands:rows ...]
 */
public final class CollapseSweep {
  private CollapseSweep() {}

  public static void main(String[] args) throws Exception {
    int stories = Integer.parseInt(args[0]);
    long seed = Long.parseLong(args[1]);
    Path work = Path.of(args[2]);
    Path corpus = work.resolve("corpus");
    if (!Files.exists(corpus.resolve("truth.tsv"))) {
      CorpusGenerator.generate(corpus, stories, seed);
    }
    Truth corpusTruth = Truth.load(corpus);
    Map<String, String> truth = corpusTruth.storyOf();
    Set<String> traps = corpusTruth.trapStories();
    System.out.println("shingle\tbands\trows\tthreshold\tcandidate_pairs\tverified\tprecision\trecall\tf1\tari\ttrap_merges\tseconds");
    for (int i = 3; i < args.length; i++) {
      String[] p = args[i].split(":");
      Path output = work.resolve("out-" + args[i].replace(':', '-'));
      NewsfoldOptions options = PipelineOptionsFactory.fromArgs("--input=" + corpus.resolve("files"),
          "--output=" + output, "--overwrite", "--extractEntities=false", "--shingleSize=" + p[0],
          "--lshBands=" + p[1], "--lshRows=" + p[2]).as(NewsfoldOptions.class);
      long start = System.nanoTime();
      dev.newsfold.RunSummary summary = NewsfoldPipeline.run(options);
      double seconds = (System.nanoTime() - start) / 1e9;
      Map<String, String> predicted = new HashMap<>();
      for (String row : ArchiveTables.strings(output, "SELECT relative_path || '\t' || article_id FROM copies")) {
        String[] f = row.split("\t");
        predicted.put(f[0], f[1]);
      }
      ClusteringScores s = ClusteringScores.score(truth, predicted, traps);
      double threshold = Math.pow(1.0 / Integer.parseInt(p[1]), 1.0 / Integer.parseInt(p[2]));
      System.out.printf("%s\t%s\t%s\t%.2f\t%s\t%s\t%.4f\t%.4f\t%.4f\t%.4f\t%d\t%.1f%n", p[0], p[1], p[2], threshold,
          summary.counter("lsh_candidate_pairs"), summary.counter("pairs_verified"), s.precision(), s.recall(), s.f1(),
          s.adjustedRand(), s.trapMerges(), seconds);
    }
  }

}
