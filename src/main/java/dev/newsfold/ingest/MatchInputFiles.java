package dev.newsfold.ingest;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.EnumSet;
import org.apache.beam.sdk.io.FileIO;
import org.apache.beam.sdk.io.LocalResources;
import org.apache.beam.sdk.io.fs.EmptyMatchTreatment;
import org.apache.beam.sdk.io.fs.MatchResult;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.Reshuffle;
import org.apache.beam.sdk.values.PBegin;
import org.apache.beam.sdk.values.PCollection;

/**
 * The input's files. Object stores (gs://, s3://) are matched by {@code FileIO.match()}. Local
 * folders are walked here instead, following symbolic links (also to folders, loops skipped),
 * because Beam's local match silently leaves out a broken link, and a file an archive was given
 * must end in copies or rejects, never nowhere.
 */
public final class MatchInputFiles extends PTransform<PBegin, PCollection<MatchResult.Metadata>> {
  private final InputPattern input;

  public MatchInputFiles(InputPattern input) {
    this.input = input;
  }

  @Override
  public PCollection<MatchResult.Metadata> expand(PBegin begin) {
    if (input.glob().contains("://")) {
      return begin.apply("MatchFiles", FileIO.match().filepattern(input.glob())
          .withEmptyMatchTreatment(EmptyMatchTreatment.ALLOW));
    }
    return begin.apply("LocalPattern", Create.of(input.glob()))
        .apply("WalkLocalFolders", ParDo.of(new WalkFn(input.base())))
        .apply("SpreadFiles", Reshuffle.viaRandomKey());
  }

  static final class WalkFn extends DoFn<String, MatchResult.Metadata> {
    private final String base;
    private final Counter loops = Metrics.counter(MatchInputFiles.class, "symlink_loops_skipped");

    WalkFn(String base) {
      this.base = base;
    }

    @ProcessElement
    public void process(@Element String glob, OutputReceiver<MatchResult.Metadata> out) throws IOException {
      PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + glob);
      Path root = Path.of(base);
      if (!Files.isDirectory(root)) {
        return;
      }
      Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
              if (!attrs.isDirectory() && matcher.matches(file)) {
                out.output(metadata(file, attrs.size(), attrs.lastModifiedTime().toMillis()));
              }
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
              if (e instanceof java.nio.file.FileSystemLoopException) {
                loops.inc();
              } else if (matcher.matches(file)) {
                out.output(metadata(file, 0, 0)); // A broken link or unreadable entry: reading it will say why.
              }
              return FileVisitResult.CONTINUE;
            }
          });
    }

    private static MatchResult.Metadata metadata(Path file, long size, long modified) {
      return MatchResult.Metadata.builder()
          .setResourceId(LocalResources.fromPath(file, false))
          .setSizeBytes(size)
          .setIsReadSeekEfficient(true)
          .setLastModifiedMillis(modified)
          .build();
    }
  }
}
