package dev.newsfold.collapse;

import dev.newsfold.coders.ArchivedCopyCoder;
import dev.newsfold.fingerprint.CopyFingerprint;
import dev.newsfold.model.ParsedCopy;
import java.io.Serializable;
import org.apache.beam.sdk.coders.DefaultCoder;

/** Everything the copies table says of one copy: the file, its parse, its fingerprint and its article. */
@DefaultCoder(ArchivedCopyCoder.class)
public record ArchivedCopy(ParsedCopy copy, CopyFingerprint fingerprint, CopyAssignment assignment)
    implements Serializable {}
