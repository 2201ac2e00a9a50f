package dev.newsfold.archive;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.EmptyMatchTreatment;
import org.apache.beam.sdk.io.fs.MatchResult;
import org.apache.beam.sdk.io.fs.MoveOptions.StandardMoveOptions;
import org.apache.beam.sdk.io.fs.ResolveOptions.StandardResolveOptions;
import org.apache.beam.sdk.io.fs.ResourceId;

/**
 * Where a run's tables go, so that output is never half-written: the job writes into a staging
 * folder inside the output, and only a finished run moves its tables into place. A killed run
 * leaves the previous tables (or none) and a hidden staging folder that the next run clears.
 * An output that already holds tables is refused unless the run may overwrite it.
 */
public final class OutputFolder {
  static final String STAGING = ".newsfold-staging";
  private final String base;

  private OutputFolder(String base) {
    this.base = base.endsWith("/") ? base : base + "/";
  }

  /** Checks the output may be written, clears a killed run's staging folder, and returns the folder. */
  public static OutputFolder prepare(String output, boolean overwrite) throws IOException {
    OutputFolder folder = new OutputFolder(output);
    if (!overwrite && !folder.tableFiles(folder.base).isEmpty()) {
      throw new IllegalArgumentException("the output " + output + " already holds newsfold tables; "
          + "pass --overwrite to replace them, or choose another --output");
    }
    deleteFiles(folder.tableFiles(folder.stagingDirectory()));
    return folder;
  }

  /** The folder the pipeline writes its tables under. */
  public String stagingDirectory() {
    return base + STAGING + "/";
  }

  public String tablesDirectory() {
    return base;
  }

  /** Replaces the published tables by the staged ones. */
  public void publish() throws IOException {
    deleteFiles(tableFiles(base));
    List<ResourceId> from = new ArrayList<>();
    List<ResourceId> to = new ArrayList<>();
    for (String table : TableSchemas.TABLES.keySet()) {
      for (MatchResult.Metadata file : match(stagingDirectory() + table + "/*.parquet")) {
        from.add(file.resourceId());
        to.add(FileSystems.matchNewResource(base + table + "/", true)
            .resolve(file.resourceId().getFilename(), StandardResolveOptions.RESOLVE_FILE));
      }
    }
    for (ResourceId target : to) {
      ensureLocalParent(target);
    }
    FileSystems.rename(from, to);
    removeLocalFolders(stagingDirectory());
  }

  private List<ResourceId> tableFiles(String directory) throws IOException {
    List<ResourceId> files = new ArrayList<>();
    for (String table : TableSchemas.TABLES.keySet()) {
      for (MatchResult.Metadata file : match(directory + table + "/*.parquet")) {
        files.add(file.resourceId());
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
