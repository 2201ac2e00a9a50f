package dev.newsfold.collapse;

import dev.newsfold.coders.AssignedCopyCoder;
import java.io.Serializable;
import org.apache.beam.sdk.coders.DefaultCoder;

/** A copy's summary with the assignment collapse gave it: what grouping by article carries per copy. */
@DefaultCoder(AssignedCopyCoder.class)
public record AssignedCopy(CopySummary copy, CopyAssignment assignment) implements Serializable {}
