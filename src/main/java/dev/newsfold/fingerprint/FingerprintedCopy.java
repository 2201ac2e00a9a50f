package dev.newsfold.fingerprint;

import dev.newsfold.coders.FingerprintedCopyCoder;
import dev.newsfold.model.ParsedCopy;
import java.io.Serializable;
import org.apache.beam.sdk.coders.DefaultCoder;

/**
 * A copy with its parse and its fingerprint, whether of this run's input or read back from the archive.
 * This run's copies hold everything their row of the copies table holds (raw text, parse, corpus
 * boilerplate decision, shingles, MinHash) and go from fingerprinting straight to the copies table;
 * collapse and assembly get only the fingerprint and a {@code CopySummary}, so the big columns cross no
 * shuffle but the table write's own. The archive's come without their raw text (a later run never
 * rewrites their rows) and with their parse from before corpus boilerplate removal, so that this run
 * can strip them again with its own evidence.
 */
@DefaultCoder(FingerprintedCopyCoder.class)
public record FingerprintedCopy(ParsedCopy copy, CopyFingerprint fingerprint) implements Serializable {}
