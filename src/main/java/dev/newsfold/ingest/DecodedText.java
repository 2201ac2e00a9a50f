package dev.newsfold.ingest;

/** Text decoded from a file's bytes and the charset that reproduces those bytes exactly. */
public record DecodedText(String charset, String text) {}
