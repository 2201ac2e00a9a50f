package dev.newsfold.parse;

import java.io.Serializable;

/** A value for a metadata field found by markup (a meta tag, a JSON-LD key), and the rule that found it. */
public record FieldCandidate(String field, String value, String rule) implements Serializable {}
