package dev.newsfold.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.stream.Stream;
import org.apache.beam.sdk.io.fs.EmptyMatchTreatment;
import org.apache.beam.sdk.io.fs.MatchResult;

/**
 * Refuses an {@code --input} that names nothing before a run starts: a mistyped folder must be an
 * error, not an empty run that reports "nothing new".
 */
public final class InputCheck {
  /** The input matches no file, or cannot be read. */
  public static final class NoInput extends IllegalArgumentException {
    NoInput(String message) {
      super(message);
    }
  }

  private InputCheck() {}

  public static void requireFiles(String input) {
    InputPattern pattern = InputPattern.of(input);
    if (pattern.glob().contains("://")) {
      requireRemoteFiles(input, pattern);
      return;
    }
    Path root = Path.of(pattern.base());
    boolean named = pattern.glob().equals(Path.of(input.trim()).toAbsolutePath().normalize().toString());
    if (named && !Files.exists(Path.of(pattern.glob()))) {
      throw new NoInput("--input=" + input + ": no such file or folder");
    }
    if (!Files.exists(root)) {
      throw new NoInput("--input=" + input + ": no such file or folder (" + root + ")");
    }
    if (!Files.isReadable(root)) {
      throw new NoInput("--input=" + input + ": " + root + " cannot be read");
    }
    PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + pattern.glob());
    try (Stream<Path> walk = Files.walk(root, FileVisitOption.FOLLOW_LINKS)) {
      if (walk.noneMatch(p -> !Files.isDirectory(p) && matcher.matches(p))) {
        throw new NoInput("--input=" + input + " matches no file (searched " + pattern.glob() + ")");
      }
    } catch (IOException | UncheckedIOException e) {
      // A loop or an unreadable entry deep in the tree: the run's own walk names it as a reject.
    }
  }

  private static void requireRemoteFiles(String input, InputPattern pattern) {
    try {
      MatchResult match = org.apache.beam.sdk.io.FileSystems.match(pattern.glob(), EmptyMatchTreatment.ALLOW);
      if (match.status() != MatchResult.Status.OK || match.metadata().isEmpty()) {
        throw new NoInput("--input=" + input + " matches no file (" + match.status() + ")");
      }
    } catch (IOException e) {
      throw new NoInput("--input=" + input + " cannot be listed: " + e.getMessage());
    }
  }
}
