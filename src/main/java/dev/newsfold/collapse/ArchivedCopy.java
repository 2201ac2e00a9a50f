package dev.newsfold.collapse;

import dev.newsfold.coders.ArchivedCopyCoder;
import dev.newsfold.fingerprint.CopyFingerprint;
import dev.newsfold.model.ParsedCopy;
import java.io.Serializable;
import org.apache.beam.sdk.coders.DefaultCoder;

/**
 * Everything known of one copy: the file, its parse, its fingerprint and its article. The job itself
 * never moves these whole (assembly groups {@link AssignedCopy}s, the copies table is written from
 * {@code FingerprintedCopy}s); {@link ArticleAssembler#assemble} takes them for callers that hold them.
 */
@DefaultCoder(ArchivedCopyCoder.class)
public record ArchivedCopy(ParsedCopy copy, CopyFingerprint fingerprint, CopyAssignment assignment)
    implements Serializable {}
