package dev.newsfold.collapse;

import java.io.Serializable;
import org.apache.beam.sdk.coders.DefaultCoder;
import org.apache.beam.sdk.coders.SerializableCoder;

/** Where a representative copy landed: its article, the article's centre, and its similarity to the centre. */
@DefaultCoder(SerializableCoder.class)
public record Placement(String articleId, String centreCopyId, double jaccard, double containment)
    implements Serializable {}
