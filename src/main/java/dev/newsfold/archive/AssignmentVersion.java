package dev.newsfold.archive;

import dev.newsfold.collapse.CopyAssignment;
import java.io.Serializable;
import org.apache.beam.sdk.coders.DefaultCoder;
import org.apache.beam.sdk.coders.SerializableCoder;

/** A copy's place in one version of its article: a row of the assignments table. */
@DefaultCoder(SerializableCoder.class)
public record AssignmentVersion(CopyAssignment assignment, int articleVersion) implements Serializable {}
