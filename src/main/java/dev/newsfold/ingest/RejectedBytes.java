package dev.newsfold.ingest;

import dev.newsfold.model.Reject;
import dev.newsfold.model.RejectReason;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.MatchResult;

/**
 * The bytes a reject row keeps: the file as stored, so that the archive is lossless for files it could
 * not read as articles and they can be run again later. Of a file over the size cap only the first
 * {@link #KEPT_OF_TOO_LARGE} bytes are kept, and the row says so.
 */
final class RejectedBytes {
  static final int KEPT_OF_TOO_LARGE = 1 << 20;

  private RejectedBytes() {}

  /** {@code reject} with the stored bytes of {@code file}, or as it is where they cannot be read (a broken link). */
  static Reject keep(Reject reject, MatchResult.Metadata file) {
    boolean tooLarge = reject.reason() == RejectReason.TOO_LARGE;
    long limit = tooLarge ? KEPT_OF_TOO_LARGE : Math.max(file.sizeBytes(), 0);
    try (InputStream in = Channels.newInputStream(FileSystems.open(file.resourceId()))) {
      return reject.withContent(in.readNBytes((int) Math.min(limit, Integer.MAX_VALUE - 8)), tooLarge);
    } catch (IOException | RuntimeException e) {
      return reject;
    }
  }
}
