package dev.newsfold.entities;

import java.io.Serializable;
import java.time.LocalDate;
import org.apache.beam.sdk.coders.DefaultCoder;
import org.apache.beam.sdk.coders.SerializableCoder;

/**
 * One mention in an article's body: {@code body.substring(start, end)} is {@code text}; the entity
 * key is the name it resolves to within the article ("Bogdanov" -> "Mikhail Bogdanov").
 */
@DefaultCoder(SerializableCoder.class)
public record EntityMention(String articleId, int mentionIndex, EntityType type, String text, int start, int end,
    int sentenceIndex, String entityKey, LocalDate articleDate) implements Serializable {}
