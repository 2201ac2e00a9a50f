package dev.newsfold.fingerprint;

import dev.newsfold.coders.FingerprintedCopyCoder;
import dev.newsfold.model.ParsedCopy;
import java.io.Serializable;
import org.apache.beam.sdk.coders.DefaultCoder;

/**
 * A copy of this run's input with its fingerprint: everything its row of the copies table holds (raw
 * text, parse, corpus boilerplate decision, shingles, MinHash). It goes from fingerprinting straight to
 * the copies table; collapse and assembly get only the fingerprint and a {@code CopySummary}, so the
 * big columns cross no shuffle but the table write's own.
 */
@DefaultCoder(FingerprintedCopyCoder.class)
public record FingerprintedCopy(ParsedCopy copy, CopyFingerprint fingerprint) implements Serializable {}
