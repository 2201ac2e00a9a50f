package dev.newsfold.model;

/** Why a file, or a record of a WARC or JSON Lines file, could not become a copy. The codes are part of the rejects table's contract. */
public enum RejectReason {
  EMPTY_FILE("the file has no bytes, or only white space"),
  BINARY_CONTENT("the bytes are not text in any charset we read"),
  TOO_LARGE("the file is larger than --maxFileBytes"),
  DECOMPRESSED_TOO_LARGE("the decompressed content is larger than --maxDecompressedBytes"),
  CORRUPT_COMPRESSION("the gzip stream is truncated or corrupt"),
  UNREADABLE("the file could not be opened or read"),
  NO_ARTICLE_TEXT("the file is text, but no article body was found in it"),
  STAGE_FAILURE("a processing stage failed on this file; the detail names the stage and error"),
  HTTP_ERROR("a WARC response whose HTTP status is not 2xx"),
  NOT_TEXT("a WARC response whose content type is not HTML or text (an image, a PDF, a script)"),
  CORRUPT_RECORD("a WARC file is truncated or malformed from this record on; the records before it are read"),
  NOT_JSON("a JSON Lines line that is not a JSON object"),
  NO_TEXT_FIELD("a JSON Lines record with none of the text fields (--jsonlTextFields), or only empty ones");

  private final String meaning;

  RejectReason(String meaning) {
    this.meaning = meaning;
  }

  public String code() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  public String meaning() {
    return meaning;
  }
}
