package dev.newsfold;

import dev.newsfold.archive.ArchiveRecords.KnownCopy;
import dev.newsfold.archive.CompleteTables;
import dev.newsfold.archive.LatestMentions;
import dev.newsfold.archive.ReadArchive;
import dev.newsfold.archive.RefreshArchivedCopies;
import dev.newsfold.archive.SkipArchivedFiles;
import dev.newsfold.archive.SkipArchivedRejects;
import dev.newsfold.archive.TableSchemas;
import dev.newsfold.archive.VersionArticles;
import dev.newsfold.archive.OutputFolder;
import dev.newsfold.archive.WriteArchiveTables;
import dev.newsfold.boilerplate.StripBoilerplate;
import dev.newsfold.collapse.AssembleArticles;
import dev.newsfold.collapse.CollapseSyndicatedCopies;
import dev.newsfold.collapse.CopyAssignment;
import dev.newsfold.collapse.FoldRules;
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
import dev.newsfold.model.RawCopy;
import dev.newsfold.model.Reject;
import dev.newsfold.parse.ParseArticles;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.apache.beam.sdk.coders.SerializableCoder;
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
  private NewsfoldPipeline() {}

  public static void main(String[] args) {
    PipelineOptionsFactory.register(NewsfoldOptions.class);
    NewsfoldOptions options =
        PipelineOptionsFactory.fromArgs(withRegionUnlessS3(args)).withValidation().as(NewsfoldOptions.class);
    RunSummary summary = run(options);
    System.out.println(summary.render());
    if (!summary.accountsForEveryFile()) {
      System.err.println("newsfold: the run lost track of files (matched != copies + rejects); "
          + "its tables were left unpublished in " + summary.output() + ".newsfold-staging");
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
   * folder and published, as the archive's next run, only when the run finished and every file is
   * accounted for; a run on an archive that adds nothing publishes nothing.
   */
  public static RunSummary run(NewsfoldOptions options) {
    try {
      FileSystems.setDefaultPipelineOptions(options);
      boolean extending = options.getArchive() != null;
      OutputFolder output = extending ? OutputFolder.extend(options.getArchive())
          : OutputFolder.prepare(options.getOutput(), options.getOverwrite());
      Pipeline pipeline = Pipeline.create(options);
      buildPipeline(pipeline, options, output.stagingDirectory(), extending ? options.getArchive() : null);
      PipelineResult result = pipeline.run();
      result.waitUntilFinish();
      RunSummary summary = RunSummary.from(result, output.tablesDirectory(), output.runName());
      if (!summary.accountsForEveryFile()) {
        return summary;
      }
      if (output.isFirstRun()) {
        CompleteTables.complete(output.stagingDirectory());
        output.publish(TableSchemas.TABLES.keySet());
      } else if (summary.addsNothing()) {
        output.discardStaging();
      } else {
        output.publish(summary.tablesWithRows());
      }
      return summary;
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException("could not write the tables under " + options.getOutput(), e);
    }
  }

  /**
   * Adds the job's transforms to a pipeline, writing the run's tables under {@code tablesDirectory}.
   * With an {@code archive}, this run's files are folded into the stories it holds: its copies'
   * fingerprints take part in collapsing, and the tables get only what is new or changed.
   */
  public static PCollectionTuple buildPipeline(Pipeline pipeline, NewsfoldOptions options, String tablesDirectory,
      String archive) {
    PCollectionTuple archived = pipeline.apply("ReadArchive",
        archive == null ? ReadArchive.none() : ReadArchive.of(archive));
    PCollection<KnownCopy> knownCopies = archived.get(ReadArchive.COPIES);
    PCollectionTuple read = pipeline.apply("ReadArticleFiles",
        ReadArticleFiles.from(InputPattern.of(options.getInput()), options.getMaxFileBytes(),
            options.getMaxDecompressedBytes()));
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
            MapElements.into(TypeDescriptor.of(ParsedCopy.class)).via(KnownCopy::copy))
            .setCoder(SerializableCoder.of(ParsedCopy.class)))
        .apply("StripBoilerplate", new StripBoilerplate(options.getMinBoilerplateStories()));
    PCollection<ParsedCopy> copies = stripped.get(StripBoilerplate.STRIPPED);
    FingerprintSettings settings =
        new FingerprintSettings(options.getShingleSize(), options.getLshBands(), options.getLshRows());
    PCollection<KnownCopy> archivedNow = PCollectionTuple.of(RefreshArchivedCopies.KNOWN, knownCopies)
        .and(RefreshArchivedCopies.STRIPPED, stripped.get(StripBoilerplate.ARCHIVED_STRIPPED))
        .apply("RefreshArchivedCopies", new RefreshArchivedCopies(settings));
    PCollectionTuple fingerprinted = copies.apply("Fingerprint", new Fingerprint(settings));
    PCollection<CopyFingerprint> fingerprints = PCollectionList.of(fingerprinted.get(Fingerprint.FINGERPRINTS))
        .and(archivedNow.apply("ArchivedFingerprints", MapElements.into(TypeDescriptor.of(CopyFingerprint.class))
            .via(KnownCopy::fingerprint)).setCoder(SerializableCoder.of(CopyFingerprint.class)))
        .apply("AllFingerprints", Flatten.pCollections());
    PCollection<CopyAssignment> assignments = fingerprints.apply("CollapseSyndicatedCopies",
        new CollapseSyndicatedCopies(settings.minHasher(),
            new FoldRules(MatchThresholds.DEFAULT, options.getFoldWindowDays()), options.getMaxBucketSize()));
    PCollection<ParsedCopy> allCopies = PCollectionList.of(copies)
        .and(archivedNow.apply("CurrentArchivedParses", MapElements.into(TypeDescriptor.of(ParsedCopy.class))
            .via(KnownCopy::copy)).setCoder(SerializableCoder.of(ParsedCopy.class)))
        .apply("AllCopies", Flatten.pCollections());
    PCollectionTuple assembled = PCollectionTuple.of(AssembleArticles.PARSED, allCopies)
        .and(AssembleArticles.FINGERPRINTS, fingerprints)
        .and(AssembleArticles.ASSIGNMENTS, assignments)
        .apply("AssembleArticles", new AssembleArticles());
    PCollectionTuple versioned = PCollectionTuple.of(VersionArticles.CURRENT, assembled.get(AssembleArticles.ARTICLES))
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
    PCollectionTuple tables = PCollectionTuple.of(WriteArchiveTables.COPIES, assembled.get(AssembleArticles.COPIES))
        .and(WriteArchiveTables.ARTICLES, versioned.get(VersionArticles.VERSIONS))
        .and(WriteArchiveTables.ASSIGNMENTS, versioned.get(VersionArticles.ASSIGNMENTS))
        .and(WriteArchiveTables.REJECTS, newRejects);
    if (options.getExtractEntities()) {
      PCollection<EntityMention> mentions = versioned.get(VersionArticles.TO_EXTRACT)
          .apply("ExtractEntityMentions", new ExtractEntityMentions(options.getMaxEntityChars()));
      PCollection<EntityMention> current = PCollectionTuple.of(LatestMentions.NEW, mentions)
          .and(LatestMentions.ARCHIVED, archived.get(ReadArchive.MENTIONS))
          .and(LatestMentions.LIVE, versioned.get(VersionArticles.LIVE))
          .apply("LatestMentions", new LatestMentions());
      tables = tables.and(WriteArchiveTables.MENTIONS, mentions)
          .and(WriteArchiveTables.ENTITIES, current.apply("SummarizeEntities", new SummarizeEntities()));
    }
    tables.apply("WriteArchiveTables", new WriteArchiveTables(tablesDirectory, options.getShards(), options.getRowGroupMb()));
    return tables;
  }
}
