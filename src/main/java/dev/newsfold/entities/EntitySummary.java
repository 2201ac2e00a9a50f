package dev.newsfold.entities;

import dev.newsfold.coders.EntitySummaryCoder;
import java.io.Serializable;
import java.time.LocalDate;
import org.apache.beam.sdk.coders.DefaultCoder;

/** One entity across the archive: how many articles and mentions name it, and when it first and last appeared. */
@DefaultCoder(EntitySummaryCoder.class)
public record EntitySummary(String entityKey, EntityType type, long articleCount, long mentionCount,
    LocalDate firstDate, LocalDate lastDate) implements Serializable {}
