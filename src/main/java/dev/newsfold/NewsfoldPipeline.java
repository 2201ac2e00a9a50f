package dev.newsfold;

import dev.newsfold.archive.CompleteTables;
import dev.newsfold.archive.OutputFolder;
import dev.newsfold.archive.WriteArchiveTables;
import dev.newsfold.boilerplate.StripBoilerplate;
import dev.newsfold.collapse.ArticleRecord;
import dev.newsfold.collapse.AssembleArticles;
import dev.newsfold.collapse.CollapseSyndicatedCopies;
import dev.newsfold.collapse.CopyAssignment;
import dev.newsfold.collapse.MatchThresholds;
import dev.newsfold.entities.EntityMention;
import dev.newsfold.entities.ExtractEntityMentions;
import dev.newsfold.entities.SummarizeEntities;
import dev.newsfold.fingerprint.CopyFingerprint;
import dev.newsfold.fingerprint.Fingerprint;
import dev.newsfold.fingerprint.FingerprintSettings;
import dev.newsfold.ingest.InputPattern;
import dev.newsfold.ingest.ReadArticleFiles;
import dev.newsfold.model.ParsedCopy;
import dev.newsfold.model.Reject;
import dev.newsfold.parse.ParseArticles;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.PCollectionTuple;

/** The newsfold job: read, parse, strip corpus boilerplate, fingerprint, collapse, assemble, recognize entities, write. */
public final class NewsfoldPipeline {
  private NewsfoldPipeline() {}

  public static void main(String[] args) {
    PipelineOptionsFactory.register(NewsfoldOptions.class);
    NewsfoldOptions options =
        PipelineOptionsFactory.fromArgs(withRegionUnlessS3(args)).withValidation().as(NewsfoldOptions.class);
    RunSummary summary = run(options);
    System.out.println(summary.render());
    if (!summary.accountsForEveryFile()) {
      System.err.println("newsfold: the run lost track of files (matched != copies + rejects); "
          + "its tables were left unpublished in " + options.getOutput() + "/.newsfold-staging");
      System.exit(2);
    }
  }

  /**
   * Beam's S3 filesystem is registered at every start and asks the AWS SDK for a region; with none
   * configured, the SDK queries the cloud instance-metadata address. A run that names no s3:// path
   * needs no region, so it gets a fixed one instead of a network lookup. Runs on S3 keep the SDK's
   * own lookup (environment, profile, instance metadata) unless --awsRegion is given.
   */
  static String[] withRegionUnlessS3(String[] args) {
    for (String arg : args) {
      if (arg.startsWith("--awsRegion") || arg.contains("s3://")) {
        return args;
      }
    }
    String[] withRegion = java.util.Arrays.copyOf(args, args.length + 1);
    withRegion[args.length] = "--awsRegion=us-east-1";
    return withRegion;
  }

  /**
   * Runs the job to completion and returns what it did. The tables are written into a staging
   * folder and published only when the run finished and every file is accounted for.
   */
  public static RunSummary run(NewsfoldOptions options) {
    try {
      FileSystems.setDefaultPipelineOptions(options);
      OutputFolder output = OutputFolder.prepare(options.getOutput(), options.getOverwrite());
      Pipeline pipeline = Pipeline.create(options);
      buildPipeline(pipeline, options, output.stagingDirectory());
      PipelineResult result = pipeline.run();
      result.waitUntilFinish();
      CompleteTables.complete(output.stagingDirectory());
      RunSummary summary = RunSummary.from(result, output.tablesDirectory());
      if (summary.accountsForEveryFile()) {
        output.publish();
      }
      return summary;
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException("could not write the tables under " + options.getOutput(), e);
    }
  }

  /** Adds the job's transforms to a pipeline, writing the tables under {@code tablesDirectory}. */
  public static PCollectionTuple buildPipeline(Pipeline pipeline, NewsfoldOptions options, String tablesDirectory) {
    PCollectionTuple read = pipeline.apply("ReadArticleFiles",
        ReadArticleFiles.from(InputPattern.of(options.getInput()), options.getMaxFileBytes(),
            options.getMaxDecompressedBytes()));
    PCollectionTuple parsed = read.get(ReadArticleFiles.COPIES).apply("ParseArticles", new ParseArticles());
    PCollection<ParsedCopy> copies = parsed.get(ParseArticles.PARSED)
        .apply("StripBoilerplate", new StripBoilerplate(options.getMinBoilerplateStories()));
    FingerprintSettings settings =
        new FingerprintSettings(options.getShingleSize(), options.getLshBands(), options.getLshRows());
    PCollectionTuple fingerprinted = copies.apply("Fingerprint", new Fingerprint(settings));
    PCollection<CopyFingerprint> fingerprints = fingerprinted.get(Fingerprint.FINGERPRINTS);
    PCollection<CopyAssignment> assignments = fingerprints.apply("CollapseSyndicatedCopies",
        new CollapseSyndicatedCopies(settings.minHasher(), MatchThresholds.DEFAULT, options.getMaxBucketSize()));
    PCollectionTuple assembled = PCollectionTuple.of(AssembleArticles.PARSED, copies)
        .and(AssembleArticles.FINGERPRINTS, fingerprints)
        .and(AssembleArticles.ASSIGNMENTS, assignments)
        .apply("AssembleArticles", new AssembleArticles());
    PCollection<Reject> rejects = PCollectionList.of(read.get(ReadArticleFiles.REJECTS))
        .and(parsed.get(ParseArticles.REJECTS))
        .and(fingerprinted.get(Fingerprint.REJECTS))
        .apply("AllRejects", Flatten.pCollections());
    PCollection<ArticleRecord> articles = assembled.get(AssembleArticles.ARTICLES);
    PCollectionTuple tables = PCollectionTuple.of(WriteArchiveTables.COPIES, assembled.get(AssembleArticles.COPIES))
        .and(WriteArchiveTables.ARTICLES, articles)
        .and(WriteArchiveTables.REJECTS, rejects);
    if (options.getExtractEntities()) {
      PCollection<EntityMention> mentions =
          articles.apply("ExtractEntityMentions", new ExtractEntityMentions(options.getMaxEntityChars()));
      tables = tables.and(WriteArchiveTables.MENTIONS, mentions)
          .and(WriteArchiveTables.ENTITIES, mentions.apply("SummarizeEntities", new SummarizeEntities()));
    }
    tables.apply("WriteArchiveTables", new WriteArchiveTables(tablesDirectory, options.getShards()));
    return tables;
  }
}
