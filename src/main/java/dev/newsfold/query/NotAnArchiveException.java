package dev.newsfold.query;

/** The folder given as an archive holds no newsfold run. */
public final class NotAnArchiveException extends IllegalArgumentException {
  public NotAnArchiveException(String message) {
    super(message);
  }
}
