package dev.newsfold.archive;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.EmptyMatchTreatment;
import org.apache.beam.sdk.io.fs.MatchResult;
import org.apache.beam.sdk.io.fs.MoveOptions.StandardMoveOptions;
import org.apache.beam.sdk.io.fs.ResolveOptions.StandardResolveOptions;
import org.apache.beam.sdk.io.fs.ResourceId;

/**
 * An archive folder and the run being added to it, so that output is never half-written: the job
 * writes into a staging folder inside the archive, and only a finished, checked run moves its tables
 * into place, as {@code <table>/run=NNNNNN/} beside the earlier runs', and is then committed by
 * listing it in the archive's {@link ArchiveManifest}. A run killed before that commit leaves the
 * published runs as they were: readers leave its folders out, and the next run deletes them and
 * the staging folder. The folder holds the archive's {@link ArchiveLock} from {@link #prepare} or
 * {@link #extend} until {@link #close}.
 */
public final class OutputFolder implements AutoCloseable {
  public static final String STAGING = ".newsfold-staging";
  private static final Pattern RUN = Pattern.compile("/run=(\\d+)/");
  private final String base;
  private final int run;
  private final boolean replacing;
  private final ArchiveManifest manifest;
  private final ArchiveLock lock;

  private OutputFolder(String base, int run, boolean replacing, ArchiveManifest manifest, ArchiveLock lock) {
    this.base = base;
    this.run = run;
    this.replacing = replacing;
    this.manifest = manifest;
    this.lock = lock;
  }

  /** An archive that cannot be written as asked: the message says why and what to do. */
  public static final class Refused extends IllegalArgumentException {
    Refused(String message) {
      super(message);
    }
  }

  /**
   * A new archive in {@code output}: its first run. An output that already holds tables is refused
   * unless the run may overwrite it.
   */
  public static OutputFolder prepare(String output, boolean overwrite, ArchiveSettings settings) throws IOException {
    String base = withSlash(output);
    ArchiveLock lock = ArchiveLock.acquire(base);
    try {
      boolean holdsTables = !tableFiles(base).isEmpty() || ArchiveManifest.read(base).isPresent();
      if (!overwrite && holdsTables) {
        throw new Refused("the output " + output + " already holds newsfold tables; "
            + "pass --overwrite to replace them, --archive to add to them, or choose another --output");
      }
      OutputFolder folder = new OutputFolder(base, 1, overwrite, ArchiveManifest.first(settings), lock);
      folder.discardStaging();
      return folder;
    } catch (IOException | RuntimeException e) {
      lock.close();
      throw e;
    }
  }

  /**
   * The next run of the archive in {@code archive}, which must hold an earlier run's tables and
   * manifest, made with {@code settings} (or any settings when the run re-fingerprints the archive).
   * Run folders that no published run owns (a run killed while publishing) are deleted first.
   */
  public static OutputFolder extend(String archive, ArchiveSettings settings, boolean refingerprint)
      throws IOException {
    String base = withSlash(archive);
    ArchiveLock lock = ArchiveLock.acquire(base);
    try {
      ArchiveManifest manifest = ArchiveManifest.read(base).orElseThrow(() -> new Refused(notAnArchive(archive, base)));
      if (manifest.schemaVersion() != TableSchemas.VERSION) {
        throw new Refused("--archive=" + archive + " has schema version " + manifest.schemaVersion()
            + "; this newsfold reads and writes version " + TableSchemas.VERSION + ": rebuild it with one run");
      }
      java.util.List<String> differences = settings.differencesFrom(manifest.settings());
      if (!differences.isEmpty() && !refingerprint) {
        throw new Refused("--archive=" + archive + " was built with other settings: "
            + String.join("; ", differences) + ". Run with the archive's settings, or pass --refingerprint "
            + "to fingerprint and decide boilerplate again for every archived copy with this run's");
      }
      OutputFolder folder = new OutputFolder(base, manifest.lastRun() + 1, false, manifest, lock);
      folder.deleteUnpublishedRuns();
      folder.discardStaging();
      return folder;
    } catch (IOException | RuntimeException e) {
      lock.close();
      throw e;
    }
  }

  private static String notAnArchive(String archive, String base) {
    try {
      return tableFiles(base).isEmpty()
          ? "--archive=" + archive + " is not a newsfold archive (no " + ArchiveManifest.FILE
              + "); start an archive with --output"
          : "--archive=" + archive + " holds tables but no " + ArchiveManifest.FILE
              + ": an archive of an older newsfold (schema 1 or 2), or one whose first run never finished; "
              + "rebuild it with one run";
    } catch (IOException e) {
      return "--archive=" + archive + " cannot be read: " + e.getMessage();
    }
  }

  /**
   * Whether the archived copies' stored fingerprints may not be of this run's shape, so that every
   * archived copy is fingerprinted again from its body.
   */
  public boolean storedFingerprintsStale(ArchiveSettings settings) {
    return manifest.mixedFingerprints() || !settings.differencesFrom(manifest.settings()).isEmpty();
  }

  /** The run's folder name under each table: run=000001 for the first. */
  public String runName() {
    return String.format("run=%06d", run);
  }

  public boolean isFirstRun() {
    return run == 1;
  }

  /** The folder the pipeline writes its tables under. */
  public String stagingDirectory() {
    return base + STAGING + "/";
  }

  public String tablesDirectory() {
    return base;
  }

  /**
   * Moves the staged files of {@code tables} into this run's folders (an overwriting first run
   * deletes the earlier tables first), commits the run in the manifest with {@code settings} and
   * its row counts, and clears the staging folder.
   */
  public void publish(Collection<String> tables, Map<String, Long> rows, ArchiveSettings settings) throws IOException {
    if (replacing) {
      deleteFiles(tableFiles(base));
    }
    List<ResourceId> from = new ArrayList<>();
    List<ResourceId> to = new ArrayList<>();
    for (String table : tables) {
      for (MatchResult.Metadata file : match(stagingDirectory() + table + "/*.parquet")) {
        from.add(file.resourceId());
        to.add(FileSystems.matchNewResource(base + table + "/" + runName() + "/", true)
            .resolve(file.resourceId().getFilename(), StandardResolveOptions.RESOLVE_FILE));
      }
    }
    for (ResourceId target : to) {
      ensureLocalParent(target);
    }
    FileSystems.rename(from, to);
    PublishHook.reached(PublishHook.Point.FILES_MOVED);
    manifest.withRun(new ArchiveManifest.PublishedRun(run, Instant.now().toString(), new TreeMap<>(rows)), settings)
        .write(base);
    discardStaging();
  }

  /**
   * Drops everything under the staging folder: this run's staged tables (a run that adds nothing
   * publishes nothing), or what a killed run left there, Beam's temporary files included.
   */
  public void discardStaging() throws IOException {
    List<ResourceId> staged = new ArrayList<>();
    for (MatchResult.Metadata file : match(stagingDirectory() + "**")) {
      staged.add(file.resourceId());
    }
    deleteFiles(staged);
    removeLocalFolders(stagingDirectory());
  }

  /** Releases the archive's lock. */
  @Override
  public void close() throws IOException {
    lock.close();
  }

  /** Deletes the files of run folders the manifest does not list: what a run killed while publishing left. */
  private void deleteUnpublishedRuns() throws IOException {
    List<ResourceId> leftovers = new ArrayList<>();
    for (ResourceId file : tableFiles(base)) {
      Matcher m = RUN.matcher(file.toString());
      if (m.find() && !manifest.isPublished(Integer.parseInt(m.group(1)))) {
        leftovers.add(file);
      }
    }
    deleteFiles(leftovers);
    for (String table : TableSchemas.TABLES.keySet()) {
      removeLocalFolders(base + table + "/");
    }
  }

  private static String withSlash(String folder) {
    return folder.endsWith("/") ? folder : folder + "/";
  }

  /** Every table file under {@code directory}: staged ones directly under the table, published ones per run. */
  private static List<ResourceId> tableFiles(String directory) throws IOException {
    List<ResourceId> files = new ArrayList<>();
    for (String table : TableSchemas.TABLES.keySet()) {
      for (String glob : List.of(directory + table + "/*.parquet", directory + table + "/run=*/*.parquet")) {
        for (MatchResult.Metadata file : match(glob)) {
          files.add(file.resourceId());
        }
      }
    }
    return files;
  }

  private static List<MatchResult.Metadata> match(String glob) throws IOException {
    MatchResult result = FileSystems.match(glob, EmptyMatchTreatment.ALLOW);
    return result.status() == MatchResult.Status.OK ? result.metadata() : List.of();
  }

  private static void deleteFiles(List<ResourceId> files) throws IOException {
    if (!files.isEmpty()) {
      FileSystems.delete(files, StandardMoveOptions.IGNORE_MISSING_FILES);
    }
  }

  private static void ensureLocalParent(ResourceId file) throws IOException {
    if ("file".equals(file.getScheme())) {
      java.nio.file.Files.createDirectories(java.nio.file.Path.of(file.getCurrentDirectory().toString()));
    }
  }

  /** Object stores have no folders; on local disk the emptied staging folders are removed. */
  private static void removeLocalFolders(String directory) throws IOException {
    if (directory.contains("://")) {
      return;
    }
    java.nio.file.Path root = java.nio.file.Path.of(directory);
    if (!java.nio.file.Files.exists(root)) {
      return;
    }
    try (java.util.stream.Stream<java.nio.file.Path> walk = java.nio.file.Files.walk(root)) {
      for (java.nio.file.Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
        if (java.nio.file.Files.isDirectory(p)) {
          try (java.util.stream.Stream<java.nio.file.Path> left = java.nio.file.Files.list(p)) {
            if (left.findAny().isEmpty()) {
              java.nio.file.Files.delete(p);
            }
          }
        }
      }
    }
  }
}
