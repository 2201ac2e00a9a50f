package dev.newsfold;

import dev.newsfold.archive.ArchiveLock;
import dev.newsfold.archive.ArchiveSettings;
import dev.newsfold.archive.StagedRunCheck;
import dev.newsfold.coders.CopyFingerprintCoder;
import dev.newsfold.coders.ParsedCopyCoder;
import dev.newsfold.ingest.InputCheck;
import java.util.Map;
import dev.newsfold.archive.CompleteTables;
import dev.newsfold.archive.LatestMentions;
import dev.newsfold.archive.ReadArchive;
import dev.newsfold.archive.RecordExtractedEntities;
import dev.newsfold.archive.RefreshArchivedCopies;
import dev.newsfold.archive.SkipArchivedFiles;
import dev.newsfold.archive.SkipArchivedRejects;
import dev.newsfold.archive.TableSchemas;
import dev.newsfold.archive.VersionArticles;
import dev.newsfold.archive.OutputFolder;
import dev.newsfold.archive.WriteArchiveTables;
import dev.newsfold.boilerplate.StripBoilerplate;
import dev.newsfold.collapse.ArticleState;
import dev.newsfold.collapse.AssembleArticles;
import dev.newsfold.collapse.CollapseSyndicatedCopies;
import dev.newsfold.collapse.CopyAssignment;
import dev.newsfold.collapse.CopySummary;
import dev.newsfold.collapse.FoldRules;
import dev.newsfold.collapse.MatchThresholds;
import dev.newsfold.entities.EntityMention;
import dev.newsfold.entities.ExtractEntityMentions;
import dev.newsfold.entities.SummarizeEntities;
import dev.newsfold.fingerprint.CopyFingerprint;
import dev.newsfold.fingerprint.Fingerprint;
import dev.newsfold.fingerprint.FingerprintSettings;
import dev.newsfold.fingerprint.FingerprintedCopy;
import dev.newsfold.ingest.InputPattern;
import dev.newsfold.ingest.JsonLinesFields;
import dev.newsfold.ingest.ReadArticleFiles;
import dev.newsfold.model.ParsedCopy;
import dev.newsfold.model.RawCopy;
import dev.newsfold.model.Reject;
import dev.newsfold.parse.ParseArticles;
import dev.newsfold.progress.RunProgress;
import dev.newsfold.progress.RunTimings;
import dev.newsfold.report.RunReport;
import org.apache.beam.runners.direct.DirectRunner;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TypeDescriptor;

/**
 * The newsfold job: read, parse, strip corpus boilerplate, fingerprint, collapse, assemble, version
 * against the archive, recognize entities, write.
 */
public final class NewsfoldPipeline {
  /** Files per table on the DirectRunner, which pays per bundle: a file for each of its small bundles is slow. */
  public static final int DIRECT_RUNNER_SHARDS = 2;

  private NewsfoldPipeline() {}

  public static void main(String[] args) {
    ConsoleLogging.configure(args);
    PipelineOptionsFactory.register(NewsfoldOptions.class);
    NewsfoldOptions options =
        PipelineOptionsFactory.fromArgs(withRegionUnlessS3(args)).withValidation().as(NewsfoldOptions.class);
    ProductionSettings.apply(options, args);
    RunSummary summary;
    try {
      summary = run(options);
    } catch (RunRefused e) {
      System.err.println("newsfold: " + e.getMessage() + "; nothing was written");
      System.exit(2);
      return;
    } catch (RuntimeException e) {
      System.err.println("newsfold: the run failed, and nothing was published: " + describe(e));
      System.exit(1);
      return;
    }
    System.out.println(summary.render());
    if (!summary.accountsForEveryFile()) {
      System.err.println("newsfold: the run is not whole (" + String.join("; ", summary.problems())
          + "), so it was not published; its staged tables are in " + summary.output() + OutputFolder.STAGING
          + "/ until the next run");
      System.exit(1);
    }
  }

  /** A run that cannot start as asked: a missing input, an output or archive it may not write. */
  public static final class RunRefused extends IllegalArgumentException {
    RunRefused(String message, Throwable cause) {
      super(message, cause);
    }
  }

  private static String describe(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root == e ? e.toString() : e.getMessage() + " (caused by " + root + ")";
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
   * folder, checked from the staged files themselves, and published as the archive's next run only
   * when the pipeline finished and the check passed; a run on an archive that adds nothing publishes
   * nothing. Throws {@link RunRefused} when the run cannot start as asked.
   */
  public static RunSummary run(NewsfoldOptions options) {
    FileSystems.setDefaultPipelineOptions(options);
    boolean extending = options.getArchive() != null;
    String target = extending ? "--archive=" + options.getArchive() : "--output=" + options.getOutput();
    ArchiveSettings settings = ArchiveSettings.of(fingerprintSettings(options), options.getMinBoilerplateStories());
    try {
      InputCheck.requireFiles(options.getInput());
    } catch (InputCheck.NoInput e) {
      throw new RunRefused(e.getMessage(), e);
    }
    try (OutputFolder output = open(options, settings)) {
      Pipeline pipeline = Pipeline.create(options);
      buildPipeline(pipeline, options, output.stagingDirectory(), extending ? options.getArchive() : null,
          output.storedFingerprintsStale(settings));
      RunProgress.letRunReturn(options);
      long started = System.nanoTime();
      PipelineResult result = pipeline.run();
      RunProgress progress = RunProgress.start(result, started, options.getProgressSeconds(), System.err);
      PipelineResult.State state;
      try {
        state = result.waitUntilFinish();
      } finally {
        progress.stop(); // a failed run's poller must not go on printing
      }
      RunTimings timings = progress.finish();
      if (state != PipelineResult.State.DONE) {
        throw new IllegalStateException("the pipeline ended " + state);
      }
      Map<String, Long> counters = RunSummary.counters(result);
      StagedRunCheck.Result check = StagedRunCheck.check(output.stagingDirectory(),
          RunSummary.inputs(counters), RunSummary.accountedBefore(counters));
      RunSummary summary = RunSummary.from(counters, output.tablesDirectory(), output.runName(), check);
      if (!summary.accountsForEveryFile()) {
        return summary;
      }
      if (output.isFirstRun()) {
        CompleteTables.complete(output.stagingDirectory());
        output.publish(TableSchemas.TABLES.keySet(), summary.rows(), settings);
      } else if (summary.addsNothing()) {
        output.discardStaging();
      } else {
        output.publish(summary.tablesWithRows(), summary.rows(), settings);
      }
      // Issue #18: the run's report.html, from the tables just published (kept apart from publishing).
      if (!summary.addsNothing() || output.isFirstRun()) {
        RunReport.writeAfterPublish(output.tablesDirectory(), output.runName(), summary, timings);
      }
      return summary;
    } catch (OutputFolder.Refused | ArchiveLock.ArchiveBusy e) {
      throw new RunRefused(e.getMessage(), e);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException("could not write the tables of " + target + ": " + e.getMessage(), e);
    }
  }

  private static OutputFolder open(NewsfoldOptions options, ArchiveSettings settings) throws java.io.IOException {
    return options.getArchive() != null
        ? OutputFolder.extend(options.getArchive(), settings, options.getRefingerprint())
        : OutputFolder.prepare(options.getOutput(), options.getOverwrite(), settings);
  }

  static FingerprintSettings fingerprintSettings(NewsfoldOptions options) {
    return new FingerprintSettings(options.getShingleSize(), options.getLshBands(), options.getLshRows());
  }

  /**
   * Adds the job's transforms to a pipeline, writing the run's tables under {@code tablesDirectory}.
   * With an {@code archive}, this run's files are folded into the stories it holds: its copies'
   * fingerprints take part in collapsing, and the tables get only what is new or changed.
   */
  public static PCollectionTuple buildPipeline(Pipeline pipeline, NewsfoldOptions options, String tablesDirectory,
      String archive) {
    return buildPipeline(pipeline, options, tablesDirectory, archive, false);
  }

  /** As above; with {@code refingerprintArchive}, every archived copy is fingerprinted again from its body. */
  public static PCollectionTuple buildPipeline(Pipeline pipeline, NewsfoldOptions options, String tablesDirectory,
      String archive, boolean refingerprintArchive) {
    PCollectionTuple archived = pipeline.apply("ReadArchive",
        archive == null ? ReadArchive.none() : ReadArchive.of(archive));
    PCollection<FingerprintedCopy> knownCopies = archived.get(ReadArchive.COPIES);
    PCollectionTuple read = pipeline.apply("ReadArticleFiles",
        ReadArticleFiles.from(InputPattern.of(options.getInput()), options.getMaxFileBytes(),
            options.getMaxDecompressedBytes()).withJsonLinesFields(JsonLinesFields.of(options.getJsonlTextFields(),
                options.getJsonlUrlFields(), options.getJsonlDateFields(), options.getJsonlTitleFields(),
                options.getJsonlIdFields())));
    PCollection<RawCopy> files = read.get(ReadArticleFiles.COPIES);
    PCollectionList<Reject> rejects = PCollectionList.of(read.get(ReadArticleFiles.REJECTS));
    if (archive != null) {
      files = PCollectionTuple.of(SkipArchivedFiles.FILES, files)
          .and(SkipArchivedFiles.ARCHIVED, knownCopies)
          .apply("SkipArchivedFiles", new SkipArchivedFiles());
    }
    PCollectionTuple parsed = files.apply("ParseArticles", new ParseArticles());
    PCollectionTuple stripped = PCollectionTuple.of(StripBoilerplate.COPIES, parsed.get(ParseArticles.PARSED))
        .and(StripBoilerplate.ARCHIVED, knownCopies.apply("ArchivedParses",
            MapElements.into(TypeDescriptor.of(ParsedCopy.class)).via(FingerprintedCopy::copy))
            .setCoder(ParsedCopyCoder.of()))
        .apply("StripBoilerplate", new StripBoilerplate(options.getMinBoilerplateStories()));
    PCollection<ParsedCopy> copies = stripped.get(StripBoilerplate.STRIPPED);
    FingerprintSettings settings = fingerprintSettings(options);
    PCollection<FingerprintedCopy> archivedNow = PCollectionTuple.of(RefreshArchivedCopies.KNOWN, knownCopies)
        .and(RefreshArchivedCopies.STRIPPED, stripped.get(StripBoilerplate.ARCHIVED_STRIPPED))
        .apply("RefreshArchivedCopies", new RefreshArchivedCopies(settings, refingerprintArchive));
    PCollectionTuple fingerprinted = copies.apply("Fingerprint", new Fingerprint(settings));
    PCollection<CopyFingerprint> fingerprints = PCollectionList.of(fingerprinted.get(Fingerprint.FINGERPRINTS))
        .and(archivedNow.apply("ArchivedFingerprints", MapElements.into(TypeDescriptor.of(CopyFingerprint.class))
            .via(FingerprintedCopy::fingerprint)).setCoder(CopyFingerprintCoder.of()))
        .apply("AllFingerprints", Flatten.pCollections());
    PCollection<CopyAssignment> assignments = fingerprints.apply("CollapseSyndicatedCopies",
        new CollapseSyndicatedCopies(settings.minHasher(),
            new FoldRules(MatchThresholds.DEFAULT, options.getFoldWindowDays()), options.getMaxBucketSize()));
    // Assembly gets each copy's summary; the copies table gets the whole copy straight from Fingerprint.
    PCollection<FingerprintedCopy> newCopies = fingerprinted.get(Fingerprint.COPIES);
    PCollection<CopySummary> summaries = PCollectionList.of(newCopies.apply("SummarizeCopies",
            MapElements.into(TypeDescriptor.of(CopySummary.class)).via(c -> CopySummary.of(c.copy(), c.fingerprint()))))
        .and(archivedNow.apply("SummarizeArchivedCopies", MapElements.into(TypeDescriptor.of(CopySummary.class))
            .via(k -> CopySummary.of(k.copy(), k.fingerprint()))))
        .apply("AllSummaries", Flatten.pCollections());
    PCollection<ArticleState> assembled = PCollectionTuple.of(AssembleArticles.SUMMARIES, summaries)
        .and(AssembleArticles.ASSIGNMENTS, assignments)
        .apply("AssembleArticles", new AssembleArticles());
    PCollectionTuple versioned = PCollectionTuple.of(VersionArticles.CURRENT, assembled)
        .and(VersionArticles.ARCHIVED, archived.get(ReadArchive.LATEST_ARTICLES))
        .apply("VersionArticles", new VersionArticles(options.getExtractEntities()));
    PCollection<Reject> newRejects = rejects.and(parsed.get(ParseArticles.REJECTS))
        .and(fingerprinted.get(Fingerprint.REJECTS))
        .apply("AllRejects", Flatten.pCollections());
    if (archive != null) {
      newRejects = PCollectionTuple.of(SkipArchivedRejects.NEW, newRejects)
          .and(SkipArchivedRejects.ARCHIVED, archived.get(ReadArchive.REJECTS))
          .apply("SkipArchivedRejects", new SkipArchivedRejects());
    }
    PCollectionTuple tables = PCollectionTuple.of(WriteArchiveTables.COPIES, newCopies)
        .and(WriteArchiveTables.REJECTS, newRejects);
    PCollectionTuple articles = PCollectionTuple.of(RecordExtractedEntities.VERSIONS, versioned.get(VersionArticles.VERSIONS))
        .and(RecordExtractedEntities.ASSIGNMENTS, versioned.get(VersionArticles.ASSIGNMENTS));
    if (options.getExtractEntities()) {
      PCollectionTuple extracted = versioned.get(VersionArticles.TO_EXTRACT).apply("ExtractEntityMentions",
          new ExtractEntityMentions(options.getMaxEntityChars(), options.getEntityRecognizer()));
      PCollection<EntityMention> mentions = extracted.get(ExtractEntityMentions.MENTIONS);
      articles = articles.and(RecordExtractedEntities.EXTRACTED, extracted.get(ExtractEntityMentions.EXTRACTED))
          .and(RecordExtractedEntities.BACKFILLS, versioned.get(VersionArticles.BACKFILLS))
          .apply("RecordExtractedEntities", new RecordExtractedEntities());
      PCollection<EntityMention> current = PCollectionTuple.of(LatestMentions.NEW, mentions)
          .and(LatestMentions.ARCHIVED, archived.get(ReadArchive.MENTIONS))
          .and(LatestMentions.LIVE, versioned.get(VersionArticles.LIVE))
          .apply("LatestMentions", new LatestMentions());
      tables = tables.and(WriteArchiveTables.MENTIONS, mentions)
          .and(WriteArchiveTables.ENTITIES, current.apply("SummarizeEntities", new SummarizeEntities()));
    }
    tables = tables.and(WriteArchiveTables.ARTICLES, articles.get(RecordExtractedEntities.VERSIONS))
        .and(WriteArchiveTables.ASSIGNMENTS, articles.get(RecordExtractedEntities.ASSIGNMENTS));
    tables.apply("WriteArchiveTables", new WriteArchiveTables(tablesDirectory, tableShards(options), options.getRowGroupMb()));
    return tables;
  }

  /** Files per table: --shards, or when it is 0 the runner's choice, except on the DirectRunner (see the option). */
  static int tableShards(NewsfoldOptions options) {
    if (options.getShards() < 0) {
      throw new IllegalArgumentException("--shards must be 0 (the runner chooses) or more, not " + options.getShards());
    }
    if (options.getShards() > 0) {
      return options.getShards();
    }
    return options.getRunner() == DirectRunner.class ? DIRECT_RUNNER_SHARDS : WriteArchiveTables.RUNNER_CHOOSES;
  }
}
