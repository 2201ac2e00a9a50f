package dev.newsfold;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The job run as a user runs it: its main in a JVM of its own, on the sample plus one empty file (so
 * that every table, rejects too, has rows), its console output captured. Run once per test JVM and
 * shared by the query, report and console tests, since a run of the sample takes a minute or more.
 */
public final class SampleRunOnConsole {
  private static SampleRunOnConsole run;
  public final Path archive;
  public final String stdout;
  public final String stderr;
  public final int exitCode;

  private SampleRunOnConsole(Path archive, String stdout, String stderr, int exitCode) {
    this.archive = archive;
    this.stdout = stdout;
    this.stderr = stderr;
    this.exitCode = exitCode;
  }

  public static synchronized SampleRunOnConsole get() {
    if (run == null) {
      try {
        run = start();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
    return run;
  }

  private static SampleRunOnConsole start() throws IOException, InterruptedException {
    Path dir = Files.createTempDirectory("newsfold-console-run");
    Path input = dir.resolve("input");
    try (Stream<Path> files = Files.walk(Path.of("sample-input"))) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        Path target = input.resolve(Path.of("sample-input").relativize(file).toString());
        Files.createDirectories(target.getParent());
        Files.copy(file, target);
      }
    }
    Files.createDirectories(input.resolve("rejected"));
    Files.write(input.resolve("rejected/empty.txt"), new byte[0]);
    Path archive = dir.resolve("archive");
    String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx2g", "-cp", classpath, NewsfoldPipeline.class.getName(), "--input=" + input, "--output=" + archive,
        "--progressSeconds=2"));
    Path out = dir.resolve("stdout.txt");
    Path err = dir.resolve("stderr.txt");
    Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    int exit = process.waitFor();
    return new SampleRunOnConsole(archive, Files.readString(out), Files.readString(err), exit);
  }
}
