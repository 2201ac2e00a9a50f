package dev.newsfold.archive;

import dev.newsfold.fingerprint.FingerprintedCopy;
import dev.newsfold.model.RawCopy;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.WithKeys;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TypeDescriptors;

/**
 * Keeps this run's files that the archive does not hold yet. A file is archived already when a
 * copy has its bytes at its path below the input root (its copy id): a batch delivered again, or a
 * dump that repeats yesterday's files, adds nothing (counted). The same bytes under another path
 * are another copy, as they are within one run: an exact duplicate that joins the same article.
 * A WARC record is archived already when a copy has its WARC-Record-ID, wherever its file now lies
 * ({@link RawCopy#archiveKey}): a crawl delivered again adds nothing.
 */
public final class SkipArchivedFiles extends PTransform<PCollectionTuple, PCollection<RawCopy>> {
  public static final TupleTag<RawCopy> FILES = new TupleTag<>() {};
  public static final TupleTag<FingerprintedCopy> ARCHIVED = new TupleTag<>() {};
  /** Counter of files the archive holds already: no row is added for them. */
  public static final String ALREADY_THERE = "files_already_archived";

  @Override
  public PCollection<RawCopy> expand(PCollectionTuple input) {
    return ArchivedKeys.dropArchived(
        input.get(FILES).apply("KeyFilesByArchiveKey", WithKeys.of(RawCopy::archiveKey).withKeyType(TypeDescriptors.strings())),
        input.get(ARCHIVED).apply("ArchivedCopyKeys",
            MapElements.into(TypeDescriptors.strings()).via((FingerprintedCopy k) -> k.copy().raw().archiveKey())),
        ALREADY_THERE);
  }
}
