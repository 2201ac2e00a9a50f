package dev.newsfold.entities;

/** A mention as a recognizer found it: type and character offsets into the text it was given. */
public record RecognizedMention(EntityType type, int start, int end, int sentenceIndex) {}
