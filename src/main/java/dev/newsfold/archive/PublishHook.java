package dev.newsfold.archive;

/**
 * A seam for the crash tests: with the system property {@code newsfold.pauseAt} set to a point's
 * name, the run announces on standard output that it reached it and waits there, so that a test can
 * kill it (SIGKILL) at exactly that step of publishing. Without the property it does nothing.
 */
public final class PublishHook {
  /** Steps of publishing where a crash leaves the archive in a distinct state. */
  public enum Point {
    /** The run's files are in their run folders; the manifest does not list the run yet. */
    FILES_MOVED
  }

  static final String PROPERTY = "newsfold.pauseAt";

  private PublishHook() {}

  static void reached(Point point) {
    if (point.name().equals(System.getProperty(PROPERTY))) {
      System.out.println("newsfold: paused at " + point.name());
      System.out.flush();
      try {
        Thread.sleep(Long.MAX_VALUE);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
