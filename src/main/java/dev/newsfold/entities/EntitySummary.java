package dev.newsfold.entities;

import java.io.Serializable;
import java.time.LocalDate;
import org.apache.beam.sdk.coders.DefaultCoder;
import org.apache.beam.sdk.coders.SerializableCoder;

/** One entity across the archive: how many articles and mentions name it, and when it first and last appeared. */
@DefaultCoder(SerializableCoder.class)
public record EntitySummary(String entityKey, EntityType type, long articleCount, long mentionCount,
    LocalDate firstDate, LocalDate lastDate) implements Serializable {}
