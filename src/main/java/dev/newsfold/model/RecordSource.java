package dev.newsfold.model;

import dev.newsfold.parse.FieldCandidate;
import java.io.Serializable;
import java.util.List;

/**
 * Where a copy read from a record of a web archive (WARC) or a JSON Lines file came from. Every
 * field but {@code offset} may be null: a JSON Lines record has no HTTP status, a WARC record no
 * title field.
 *
 * @param offset a WARC record's byte offset in its file (in the compressed file for .warc.gz, where
 *     a reader can seek to it); a JSON Lines record's line number, from 1
 * @param recordId the WARC-Record-ID, or the JSON Lines id field
 * @param targetUri the WARC-Target-URI, or the JSON Lines url field: where the page was fetched from
 * @param fetchTime the WARC-Date (ISO-8601, UTC): when the page was fetched, not when it was published
 * @param contentType the HTTP Content-Type as sent (a JSON Lines record has none)
 * @param metadata candidates for the parse's metadata rules the record gives beside its text (the
 *     target URI, JSON Lines title, url and date fields); not stored: the copy's metadata columns hold
 *     what the rules chose
 */
public record RecordSource(long offset, String recordId, String targetUri, String fetchTime, Integer httpStatus,
    String contentType, List<FieldCandidate> metadata) implements Serializable {

  public RecordSource {
    metadata = metadata == null ? List.of() : List.copyOf(metadata);
  }

  /** A record of this kind of file at {@code offset}, as rejects and ids name it: "offset 1234" or "line 7". */
  public static String locator(InputKind kind, long offset) {
    return (kind == InputKind.JSON_LINES ? "line " : "offset ") + offset;
  }
}
