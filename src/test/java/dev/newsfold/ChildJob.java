package dev.newsfold;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The job as a user starts it: {@code main} in a JVM of its own, with the launchers' JVM options
 * ({@code .mvn/jvm.config}), whose output is collected as it runs so a test can wait for a line.
 */
final class ChildJob implements AutoCloseable {
  private final Process process;
  private final StringBuffer output = new StringBuffer();
  private final Thread reader;

  private ChildJob(Process process) {
    this.process = process;
    this.reader = new Thread(() -> {
      try (InputStream in = process.getInputStream()) {
        byte[] buffer = new byte[8192];
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
          output.append(new String(buffer, 0, n, StandardCharsets.UTF_8));
        }
      } catch (IOException e) {
        output.append("[could not read the job's output: ").append(e).append(']');
      }
    }, "child-job-output");
    reader.setDaemon(true);
    reader.start();
  }

  /** Starts {@code main} with {@code jvmOptions} after the launchers' and the job's {@code args}. */
  static ChildJob start(List<String> jvmOptions, String... args) throws IOException {
    List<String> command = new ArrayList<>(List.of("java"));
    command.addAll(launcherJvmOptions());
    command.addAll(jvmOptions);
    command.addAll(List.of("-cp", System.getProperty("java.class.path"), NewsfoldPipeline.class.getName()));
    command.addAll(List.of(args));
    return new ChildJob(new ProcessBuilder(command).redirectErrorStream(true).start());
  }

  static List<String> launcherJvmOptions() throws IOException {
    return List.of(Files.readString(Path.of(".mvn/jvm.config")).trim().split("\\s+"));
  }

  /** Waits for the job to end; false if it had not after {@code minutes} (it is then killed). */
  boolean waitFor(long minutes) throws InterruptedException {
    boolean ended = process.waitFor(minutes, TimeUnit.MINUTES);
    if (!ended) {
      process.destroyForcibly().waitFor();
    }
    reader.join(TimeUnit.SECONDS.toMillis(30));
    return ended;
  }

  /** Waits until the job has printed {@code line}; false if it ended or {@code seconds} passed first. */
  boolean awaitOutput(String line, long seconds) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
    while (System.nanoTime() < deadline) {
      if (output.indexOf(line) >= 0) {
        return true;
      }
      if (!process.isAlive()) {
        reader.join(5_000);
        return output.indexOf(line) >= 0;
      }
      Thread.sleep(100);
    }
    return false;
  }

  /** SIGKILL: no shutdown hook runs, as when a machine or container dies. */
  void kill() throws InterruptedException {
    process.destroyForcibly().waitFor();
  }

  boolean isAlive() {
    return process.isAlive();
  }

  int exitValue() {
    return process.exitValue();
  }

  String output() {
    return output.toString();
  }

  @Override
  public void close() throws InterruptedException {
    if (process.isAlive()) {
      kill();
    }
  }
}
