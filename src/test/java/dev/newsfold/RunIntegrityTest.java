package dev.newsfold;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsfold.archive.ArchiveLock;
import dev.newsfold.archive.ArchiveTables;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run is published whole or not at all: a missing input or a foreign archive is refused before
 * anything is written, one writer holds an archive at a time, an archive's fingerprint settings are
 * kept, and a run killed during the pipeline or while publishing leaves the archive as it was, with
 * the next run completing it.
 */
class RunIntegrityTest {
  private static final Path SAMPLE = Path.of("sample-input");
  /** What the archive holds, for comparing it before and after a crash. */
  private static final String STATE = "SELECT (SELECT count(*) FROM articles) || ':' || (SELECT count(*) FROM copies)"
      + " || ':' || (SELECT count(*) FROM rejects) || ':' || (SELECT count(DISTINCT copy_id) FROM copies)";
  @TempDir
  static Path temp;
  private static Path firstBatch;
  private static Path secondBatch;
  private static Path base;

  @BeforeAll
  static void archiveTheFirstBatch() throws IOException {
    firstBatch = batch("first", "000_6c056e0bb85963ea.txt", "001_f9f9b3f117937358.txt", "030_library-reopens_fenwickcourier.txt");
    secondBatch = batch("second", "010_lisbon-port-strike_harbourherald.txt", "011_lisbon-port-strike_atlanticledger.md",
        "031_mill-lane-bridge-closure_fenwickcourier.txt");
    base = temp.resolve("base");
    RunSummary first = run("--input=" + firstBatch, "--output=" + base);
    assertTrue(first.accountsForEveryFile(), first.render());
    assertTrue(Files.exists(base.resolve("_manifest.json")));
  }

  @Test
  void aMissingInputExitsWithTwoAndWritesNothing() throws Exception {
    Path missing = temp.resolve("no-such-folder");
    Path output = temp.resolve("never-written");
    try (ChildJob job = ChildJob.start(List.of(), "--input=" + missing, "--output=" + output)) {
      assertTrue(job.waitFor(5), job.output());
      assertEquals(2, job.exitValue(), job.output());
      assertTrue(job.output().contains("--input=" + missing + ": no such file or folder"), job.output());
    }
    assertFalse(Files.exists(output));
  }

  @Test
  void aFolderThatIsNotAnArchiveExitsWithTwo() throws Exception {
    Path notAnArchive = Files.createDirectories(temp.resolve("just-a-folder"));
    try (ChildJob job = ChildJob.start(List.of(), "--input=" + secondBatch, "--archive=" + notAnArchive)) {
      assertTrue(job.waitFor(5), job.output());
      assertEquals(2, job.exitValue(), job.output());
      assertTrue(job.output().contains("is not a newsfold archive"), job.output());
    }
    try (Stream<Path> left = Files.list(notAnArchive)) {
      assertEquals(List.of(), left.toList(), "nothing is written into it, the lock included");
    }
  }

  @Test
  void otherFingerprintSettingsAreRefusedUnlessTheArchiveIsFingerprintedAgain() throws Exception {
    Path archive = copyOf(base, "settings");
    IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
        () -> run("--input=" + secondBatch, "--archive=" + archive, "--shingleSize=5", "--lshBands=40"));
    assertTrue(refused.getMessage().contains("--shingleSize: the archive's is 4, this run's 5"), refused.getMessage());
    assertTrue(refused.getMessage().contains("--lshBands: the archive's is 32, this run's 40"), refused.getMessage());
    assertTrue(refused.getMessage().contains("--refingerprint"), refused.getMessage());

    RunSummary again = run("--input=" + secondBatch, "--archive=" + archive, "--shingleSize=5", "--lshBands=40",
        "--refingerprint");
    assertTrue(again.accountsForEveryFile(), again.render());
    String manifest = Files.readString(archive.resolve("_manifest.json"));
    assertTrue(manifest.contains("\"shingle_size\":5") && manifest.contains("\"mixed_fingerprints\":true"), manifest);
    assertEquals(List.of("6"), ArchiveTables.strings(archive, "SELECT count(*)::VARCHAR FROM copies"));
  }

  @Test
  void aSecondWriterIsRefusedAndACrashedWritersLockIsTakenOver() throws Exception {
    Path archive = copyOf(base, "locked");
    try (ArchiveLock held = ArchiveLock.acquire(archive + "/")) {
      IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
          () -> run("--input=" + secondBatch, "--archive=" + archive));
      assertTrue(refused.getMessage().contains("is being written by " + ProcessHandle.current().pid() + "@"),
          refused.getMessage());
    }
    Process gone = new ProcessBuilder("true").start();
    gone.waitFor();
    Files.writeString(archive.resolve("_lock"), gone.pid() + "@" + InetAddress.getLocalHost().getHostName()
        + " since 2026-01-01T00:00:00Z");
    RunSummary taken = run("--input=" + secondBatch, "--archive=" + archive);
    assertTrue(taken.accountsForEveryFile(), taken.render());
    assertFalse(Files.exists(archive.resolve("_lock")), "released at the end of the run");
  }

  @Test
  void aRunKilledWhilePublishingLeavesTheArchiveAsItWasAndTheNextRunCompletesIt() throws Exception {
    Path archive = copyOf(base, "killed-publishing");
    List<String> before = ArchiveTables.strings(archive, STATE);
    try (ChildJob job = ChildJob.start(List.of("-Dnewsfold.pauseAt=FILES_MOVED"),
        "--input=" + secondBatch, "--archive=" + archive, "--extractEntities=false")) {
      assertTrue(job.awaitOutput("newsfold: paused at FILES_MOVED", 600), job.output());
      job.kill();
    }
    assertTrue(Files.isDirectory(archive.resolve("copies/run=000002")), "the killed run had moved its files");
    assertEquals(before, ArchiveTables.strings(archive, STATE), "readers leave an unpublished run out");
    completeAfterTheCrash(archive);
  }

  @Test
  void aRunKilledDuringThePipelineLeavesTheArchiveAsItWasAndTheNextRunCompletesIt() throws Exception {
    Path archive = copyOf(base, "killed-running");
    List<String> before = ArchiveTables.strings(archive, STATE);
    try (ChildJob job = ChildJob.start(List.of(), "--input=" + secondBatch, "--archive=" + archive,
        "--extractEntities=false")) {
      long deadline = System.nanoTime() + 300_000_000_000L;
      while (!Files.exists(archive.resolve(".newsfold-staging")) && job.isAlive() && System.nanoTime() < deadline) {
        Thread.sleep(50);
      }
      assertTrue(job.isAlive(), "the run was still going when it was killed: " + job.output());
      job.kill();
    }
    assertTrue(Files.exists(archive.resolve("_lock")), "SIGKILL runs no shutdown hook: the lock stays behind");
    assertEquals(before, ArchiveTables.strings(archive, STATE));
    completeAfterTheCrash(archive);
  }

  /** The next run takes the dead run's lock, drops its leftovers and adds the batch once. */
  private static void completeAfterTheCrash(Path archive) throws Exception {
    java.nio.file.attribute.FileTime started = java.nio.file.attribute.FileTime.from(java.time.Instant.now().minusSeconds(1));
    RunSummary next = run("--input=" + secondBatch, "--archive=" + archive, "--extractEntities=false");
    assertTrue(next.accountsForEveryFile(), next.render());
    assertEquals("run=000002", next.run());
    assertEquals(List.of("6:6"), ArchiveTables.strings(archive,
        "SELECT count(*) || ':' || count(DISTINCT copy_id) FROM copies"), "every copy once");
    for (String table : List.of("copies", "articles", "assignments")) {
      try (Stream<Path> files = Files.list(archive.resolve(table + "/run=000002"))) {
        for (Path file : files.toList()) {
          assertTrue(Files.getLastModifiedTime(file).compareTo(started) >= 0, file + " was left by the killed run");
        }
      }
    }
    assertFalse(Files.exists(archive.resolve(".newsfold-staging")));
  }

  private static Path batch(String name, String... files) throws IOException {
    Path dir = Files.createDirectories(temp.resolve(name));
    for (String file : files) {
      Files.copy(SAMPLE.resolve(file), dir.resolve(file));
    }
    return dir;
  }

  private static Path copyOf(Path archive, String name) throws IOException {
    Path copy = temp.resolve(name);
    try (Stream<Path> walk = Files.walk(archive)) {
      for (Path p : walk.toList()) {
        Path target = copy.resolve(archive.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
    return copy;
  }

  private static RunSummary run(String... args) {
    List<String> all = new java.util.ArrayList<>(List.of(args));
    if (all.stream().noneMatch(a -> a.startsWith("--extractEntities"))) {
      all.add("--extractEntities=false");
    }
    return NewsfoldPipeline.run(PipelineOptionsFactory.fromArgs(all.toArray(String[]::new)).as(NewsfoldOptions.class));
  }
}
