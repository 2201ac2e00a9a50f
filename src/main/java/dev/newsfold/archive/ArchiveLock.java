package dev.newsfold.archive;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.EmptyMatchTreatment;
import org.apache.beam.sdk.io.fs.MatchResult;
import org.apache.beam.sdk.io.fs.MoveOptions.StandardMoveOptions;
import org.apache.beam.sdk.io.fs.ResourceId;
import org.apache.beam.sdk.util.MimeTypes;

/**
 * One writer per archive: {@code _lock} at the archive's root names the process that holds it
 * ({@code pid@host}). On local disk it is created atomically, and a lock whose process is gone (a run
 * killed with SIGKILL) is taken over, so a crash never leaves an archive locked for good. On object
 * stores, which have no create-if-absent through Beam's FileSystems, the check and the write are two
 * steps: the lock then guards against a second run started later, not against two started at once.
 */
public final class ArchiveLock implements AutoCloseable {
  static final String FILE = "_lock";
  private final String base;
  private final String owner;
  private final Thread releaseOnExit;

  private ArchiveLock(String base, String owner) {
    this.base = base;
    this.owner = owner;
    this.releaseOnExit = new Thread(this::releaseQuietly, "newsfold-release-archive-lock");
    Runtime.getRuntime().addShutdownHook(releaseOnExit);
  }

  /** Thrown when another live run holds the archive. */
  public static final class ArchiveBusy extends IllegalStateException {
    ArchiveBusy(String message) {
      super(message);
    }
  }

  /** Takes the lock of the archive under {@code base} (ending in '/'), or says who holds it. */
  public static ArchiveLock acquire(String base) throws IOException {
    String owner = ProcessHandle.current().pid() + "@" + hostName() + " since " + Instant.now();
    if (base.contains("://")) {
      String holder = readRemote(base);
      if (holder != null) {
        throw busy(base, holder);
      }
      try (OutputStream out = Channels.newOutputStream(
          FileSystems.create(FileSystems.matchNewResource(base + FILE, false), MimeTypes.TEXT))) {
        out.write(owner.getBytes(StandardCharsets.UTF_8));
      }
      return new ArchiveLock(base, owner);
    }
    Path lock = Path.of(base, FILE);
    Files.createDirectories(lock.getParent());
    for (int attempt = 0; attempt < 2; attempt++) {
      try {
        Files.writeString(Files.createFile(lock), owner);
        return new ArchiveLock(base, owner);
      } catch (FileAlreadyExistsException held) {
        String holder = readLocal(lock);
        if (holder == null || isAlive(holder)) {
          throw busy(base, holder == null ? "another run" : holder);
        }
        Files.deleteIfExists(lock); // Its process is gone: a crashed run's lock.
      }
    }
    throw busy(base, "another run, which took it over at the same time");
  }

  private static ArchiveBusy busy(String base, String holder) {
    return new ArchiveBusy("the archive " + base + " is being written by " + holder.strip()
        + "; one run at a time per archive. If no run is going on, delete " + base + FILE);
  }

  /** A holder on this host is alive when its pid is; one on another host cannot be checked, so counts as alive. */
  static boolean isAlive(String holder) {
    int at = holder.indexOf('@');
    int space = holder.indexOf(' ', Math.max(at, 0));
    if (at <= 0) {
      return true;
    }
    String host = holder.substring(at + 1, space < 0 ? holder.length() : space);
    if (!host.equals(hostName())) {
      return true;
    }
    try {
      return ProcessHandle.of(Long.parseLong(holder.substring(0, at))).map(ProcessHandle::isAlive).orElse(false);
    } catch (NumberFormatException e) {
      return true;
    }
  }

  private static String readLocal(Path lock) {
    try {
      return Files.readString(lock);
    } catch (IOException e) {
      return null;
    }
  }

  private static String readRemote(String base) throws IOException {
    MatchResult match = FileSystems.match(base + FILE, EmptyMatchTreatment.ALLOW);
    if (match.status() != MatchResult.Status.OK || match.metadata().isEmpty()) {
      return null;
    }
    try (InputStream in = Channels.newInputStream(FileSystems.open(match.metadata().get(0).resourceId()))) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static String hostName() {
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (IOException e) {
      return "localhost";
    }
  }

  @Override
  public void close() throws IOException {
    try {
      Runtime.getRuntime().removeShutdownHook(releaseOnExit);
    } catch (IllegalStateException shuttingDown) {
      // The hook is running or about to: it releases the lock.
    }
    release();
  }

  private void releaseQuietly() {
    try {
      release();
    } catch (IOException ignored) {
      // The JVM is exiting; a lock left behind is taken over by the next run on this host.
    }
  }

  private void release() throws IOException {
    if (!base.contains("://")) {
      Path lock = Path.of(base, FILE);
      if (owner.equals(readLocal(lock))) {
        Files.deleteIfExists(lock);
      }
      return;
    }
    if (owner.equals(readRemote(base))) {
      ResourceId lock = FileSystems.matchNewResource(base + FILE, false);
      FileSystems.delete(List.of(lock), StandardMoveOptions.IGNORE_MISSING_FILES);
    }
  }
}
