package dev.newsfold.ingest;

import dev.newsfold.model.RawCopy;
import dev.newsfold.model.Reject;

/** Where a reader of a WARC or JSON Lines file puts each record's outcome: a copy, a reject, or skipped. */
interface RecordSink {
  void copy(RawCopy copy);

  void reject(Reject reject);

  /** A record that is not an article by its type (a WARC request, a blank line), counted by that type. */
  void skip(String recordType);
}
