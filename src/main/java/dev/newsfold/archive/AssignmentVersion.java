package dev.newsfold.archive;

import dev.newsfold.coders.AssignmentVersionCoder;
import dev.newsfold.collapse.CopyAssignment;
import java.io.Serializable;
import org.apache.beam.sdk.coders.DefaultCoder;

/** A copy's place in one version of its article: a row of the assignments table. */
@DefaultCoder(AssignmentVersionCoder.class)
public record AssignmentVersion(CopyAssignment assignment, int articleVersion) implements Serializable {}
