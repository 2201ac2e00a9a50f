package dev.newsfold.ingest;

import dev.newsfold.model.RawCopy;
import dev.newsfold.model.Reject;
import dev.newsfold.model.RejectReason;
import dev.newsfold.text.Hashing;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.MatchResult;
import org.apache.beam.sdk.io.fs.MetadataCoderV2;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.PBegin;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;

/**
 * Matches the input files and decodes each to a {@link RawCopy}; a file that cannot be read as
 * text becomes a {@link Reject}. Files are read through Beam's FileSystems (local, gs://, s3://);
 * gzip is recognized by its magic bytes and decompressed under a cap.
 */
public final class ReadArticleFiles extends PTransform<PBegin, PCollectionTuple> {
  public static final TupleTag<RawCopy> COPIES = new TupleTag<>() {};
  public static final TupleTag<Reject> REJECTS = new TupleTag<>() {};
  static final String STAGE = "read";

  private final InputPattern input;
  private final long maxFileBytes;
  private final long maxDecompressedBytes;

  private ReadArticleFiles(InputPattern input, long maxFileBytes, long maxDecompressedBytes) {
    this.input = input;
    this.maxFileBytes = maxFileBytes;
    this.maxDecompressedBytes = maxDecompressedBytes;
  }

  public static ReadArticleFiles from(InputPattern input, long maxFileBytes, long maxDecompressedBytes) {
    return new ReadArticleFiles(input, maxFileBytes, maxDecompressedBytes);
  }

  @Override
  public PCollectionTuple expand(PBegin begin) {
    // MetadataCoderV2 keeps lastModifiedMillis, which the default coder drops.
    begin.getPipeline().getCoderRegistry().registerCoderForClass(MatchResult.Metadata.class, MetadataCoderV2.of());
    PCollection<MatchResult.Metadata> matched = begin.apply("MatchInputFiles", new MatchInputFiles(input));
    return matched.apply("DecodeFiles",
        ParDo.of(new DecodeFileFn(input, maxFileBytes, maxDecompressedBytes))
            .withOutputTags(COPIES, TupleTagList.of(REJECTS)));
  }

  static final class DecodeFileFn extends DoFn<MatchResult.Metadata, RawCopy> {
    private final InputPattern input;
    private final long maxFileBytes;
    private final long maxDecompressedBytes;
    private final Counter filesMatched = Metrics.counter(ReadArticleFiles.class, "files_matched");
    private final Counter filesRead = Metrics.counter(ReadArticleFiles.class, "files_read");
    private final Counter rejected = Metrics.counter(ReadArticleFiles.class, "files_rejected");
    private final Counter directories = Metrics.counter(ReadArticleFiles.class, "directories_skipped");

    DecodeFileFn(InputPattern input, long maxFileBytes, long maxDecompressedBytes) {
      this.input = input;
      this.maxFileBytes = maxFileBytes;
      this.maxDecompressedBytes = maxDecompressedBytes;
    }

    @ProcessElement
    public void process(@Element MatchResult.Metadata file, MultiOutputReceiver out) {
      if (file.resourceId().isDirectory()) {
        directories.inc(); // A folder that matches the glob is not a file to archive.
        return;
      }
      String path = file.resourceId().toString();
      filesMatched.inc(); // The run's accounting check compares this with the rows written.
      try {
        RawCopy copy = decode(file, path);
        filesRead.inc();
        out.get(COPIES).output(copy);
      } catch (RejectedFile e) {
        reject(out, RejectedBytes.keep(e.reject, file));
      } catch (IOException | RuntimeException e) {
        reject(out, RejectedBytes.keep(Reject.ofFailure(path, STAGE, e, file.sizeBytes()), file));
      }
    }

    private void reject(MultiOutputReceiver out, Reject reject) {
      rejected.inc();
      Metrics.counter(ReadArticleFiles.class, "rejected_" + reject.reason().code()).inc();
      out.get(REJECTS).output(reject);
    }

    private RawCopy decode(MatchResult.Metadata file, String path) throws IOException, RejectedFile {
      long size = file.sizeBytes();
      if (size > maxFileBytes) {
        throw new RejectedFile(path, RejectReason.TOO_LARGE,
            "file has " + size + " bytes, over the cap of " + maxFileBytes, size);
      }
      FileContent content;
      try (InputStream in = Channels.newInputStream(FileSystems.open(file.resourceId()))) {
        content = new FileContentReader(maxFileBytes, maxDecompressedBytes).read(in);
      } catch (FileContentReader.UnreadableContent e) {
        throw new RejectedFile(path, e.reason(), e.getMessage(), size);
      } catch (IOException e) {
        throw new RejectedFile(path, RejectReason.UNREADABLE, unreadable(path, e), size);
      }
      DecodedText text = TextDecoder.decode(content.bytes()).orElseThrow(() -> new RejectedFile(path,
          RejectReason.BINARY_CONTENT, "control characters make up too much of the content to be text", size));
      if (text.text().isBlank()) {
        throw new RejectedFile(path, RejectReason.EMPTY_FILE,
            content.bytes().length == 0 ? "the file is empty" : "the file holds only white space", size);
      }
      return new RawCopy(path, input.relativize(path), size, content.compression(),
          Hashing.sha256Hex(content.bytes()), text.charset(), text.text());
    }
  }

  /** Says what a person needs to know: a broken link is named as one. */
  static String unreadable(String path, IOException e) {
    if (!path.contains("://")) {
      java.nio.file.Path p = java.nio.file.Path.of(path);
      if (java.nio.file.Files.isSymbolicLink(p) && !java.nio.file.Files.exists(p)) {
        try {
          return "broken symbolic link to " + java.nio.file.Files.readSymbolicLink(p);
        } catch (IOException ignored) {
          return "broken symbolic link";
        }
      }
    }
    return e.getClass().getSimpleName() + ": " + e.getMessage();
  }

  private static final class RejectedFile extends Exception {
    final Reject reject;

    RejectedFile(String path, RejectReason reason, String detail, long size) {
      super(detail, null, false, false);
      this.reject = new Reject(path, STAGE, reason, detail, size);
    }
  }
}
