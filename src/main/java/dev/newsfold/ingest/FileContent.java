package dev.newsfold.ingest;

/** The (decompressed) bytes of one file and how they were stored. */
public record FileContent(byte[] bytes, String compression) {}
