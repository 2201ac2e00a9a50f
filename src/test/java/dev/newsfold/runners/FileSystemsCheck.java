package dev.newsfold.runners;

import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.ResourceId;
import org.apache.beam.sdk.options.PipelineOptionsFactory;

/**
 * Run by the bundled-jar tests on a bundled jar's classpath: the filesystems registered through the
 * jar's merged service files resolve gs:// and s3:// paths (no I/O: nothing is read or listed).
 * Prints one line per scheme, "scheme=ResourceId class", and fails on an unknown scheme.
 */
public final class FileSystemsCheck {
  private FileSystemsCheck() {}

  public static void main(String[] args) {
    FileSystems.setDefaultPipelineOptions(PipelineOptionsFactory.fromArgs(args).create());
    for (String path : new String[] {"gs://newsfold-example/archive/", "s3://newsfold-example/archive/"}) {
      ResourceId id = FileSystems.matchNewResource(path, true);
      System.out.println(id.getScheme() + "=" + id.getClass().getName());
    }
  }
}
