package dev.newsfold.archive;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
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
 * writes into a staging folder inside the archive, and only a finished run moves its tables into
 * place, as {@code <table>/run=NNNNNN/} beside the earlier runs'. A killed run leaves the archive
 * as it was and a hidden staging folder that the next run clears. Runs on one archive are one at a
 * time.
 */
public final class OutputFolder {
  static final String STAGING = ".newsfold-staging";
  private static final Pattern RUN = Pattern.compile("/run=(\\d+)/");
  private final String base;
  private final int run;
  private final boolean replacing;

  private OutputFolder(String base, int run, boolean replacing) {
    this.base = base.endsWith("/") ? base : base + "/";
    this.run = run;
    this.replacing = replacing;
  }

  /**
   * A new archive in {@code output}: its first run. An output that already holds tables is refused
   * unless the run may overwrite it.
   */
  public static OutputFolder prepare(String output, boolean overwrite) throws IOException {
    OutputFolder folder = new OutputFolder(output, 1, overwrite);
    if (!overwrite && !folder.tableFiles(folder.base).isEmpty()) {
      throw new IllegalArgumentException("the output " + output + " already holds newsfold tables; "
          + "pass --overwrite to replace them, --archive to add to them, or choose another --output");
    }
    deleteFiles(folder.tableFiles(folder.stagingDirectory()));
    return folder;
  }

  /** The next run of the archive in {@code archive}, which must hold an earlier run's tables. */
  public static OutputFolder extend(String archive) throws IOException {
    OutputFolder probe = new OutputFolder(archive, 0, false);
    int last = 0;
    for (ResourceId file : probe.tableFiles(probe.base)) {
      Matcher m = RUN.matcher(file.toString());
      if (m.find()) {
        last = Math.max(last, Integer.parseInt(m.group(1)));
      }
    }
    if (last == 0) {
      throw new IllegalArgumentException("--archive=" + archive + " holds no newsfold runs (no "
          + "copies/run=NNNNNN/*.parquet); start an archive with --output");
    }
    OutputFolder folder = new OutputFolder(archive, last + 1, false);
    deleteFiles(folder.tableFiles(folder.stagingDirectory()));
    return folder;
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
   * deletes the earlier tables first) and clears the staging folder.
   */
  public void publish(Collection<String> tables) throws IOException {
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
    discardStaging();
  }

  /** Drops what the run staged (a run that adds nothing publishes nothing). */
  public void discardStaging() throws IOException {
    deleteFiles(tableFiles(stagingDirectory()));
    removeLocalFolders(stagingDirectory());
  }

  /** Every table file under {@code directory}: staged ones directly under the table, published ones per run. */
  private List<ResourceId> tableFiles(String directory) throws IOException {
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
