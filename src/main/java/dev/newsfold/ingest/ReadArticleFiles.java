package dev.newsfold.ingest;

import dev.newsfold.coders.EncodedText;
import dev.newsfold.coders.RawCopyCoder;
import dev.newsfold.model.InputKind;
import dev.newsfold.model.RawCopy;
import dev.newsfold.model.Reject;
import dev.newsfold.model.RejectReason;
import dev.newsfold.text.Hashing;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.MatchResult;
import org.apache.beam.sdk.io.fs.MetadataCoderV2;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.Reshuffle;
import org.apache.beam.sdk.values.PBegin;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;

/**
 * Matches the input files and decodes each to a {@link RawCopy}; a file that cannot be read as
 * text becomes a {@link Reject}. Files are read through Beam's FileSystems (local, gs://, s3://);
 * gzip is recognized by its magic bytes and decompressed under a cap. A WARC or JSON Lines file
 * (by its name: {@link InputKind}) is streamed record by record instead, each record a copy, a
 * reject or skipped; the caps apply per record, not to the file. Its copies are spread over the
 * workers again, since one worker reads the whole file.
 */
public final class ReadArticleFiles extends PTransform<PBegin, PCollectionTuple> {
  public static final TupleTag<RawCopy> COPIES = new TupleTag<>() {};
  public static final TupleTag<Reject> REJECTS = new TupleTag<>() {};
  /** Copies read from records of WARC and JSON Lines files, before they are spread. */
  static final TupleTag<RawCopy> RECORD_COPIES = new TupleTag<>() {};
  static final String STAGE = "read";
  /** Counter names the run summary's accounting reads. */
  public static final String FILES_MATCHED = "files_matched";
  public static final String RECORD_FILES_MATCHED = "record_files_matched";
  public static final String RECORDS_READ = "records_read";
  public static final String RECORDS_SKIPPED = "records_skipped";

  private final InputPattern input;
  private final long maxFileBytes;
  private final long maxDecompressedBytes;
  private final JsonLinesFields jsonLinesFields;

  private ReadArticleFiles(InputPattern input, long maxFileBytes, long maxDecompressedBytes,
      JsonLinesFields jsonLinesFields) {
    this.input = input;
    this.maxFileBytes = maxFileBytes;
    this.maxDecompressedBytes = maxDecompressedBytes;
    this.jsonLinesFields = jsonLinesFields;
  }

  public static ReadArticleFiles from(InputPattern input, long maxFileBytes, long maxDecompressedBytes) {
    return new ReadArticleFiles(input, maxFileBytes, maxDecompressedBytes, JsonLinesFields.DEFAULT);
  }

  /** Reads JSON Lines records' text, url, date, title and id from these fields. */
  public ReadArticleFiles withJsonLinesFields(JsonLinesFields fields) {
    return new ReadArticleFiles(input, maxFileBytes, maxDecompressedBytes, fields);
  }

  @Override
  public PCollectionTuple expand(PBegin begin) {
    // MetadataCoderV2 keeps lastModifiedMillis, which the default coder drops.
    begin.getPipeline().getCoderRegistry().registerCoderForClass(MatchResult.Metadata.class, MetadataCoderV2.of());
    PCollection<MatchResult.Metadata> matched = begin.apply("MatchInputFiles", new MatchInputFiles(input));
    PCollectionTuple decoded = matched.apply("DecodeFiles",
        ParDo.of(new DecodeFileFn(input, maxFileBytes, maxDecompressedBytes, jsonLinesFields))
            .withOutputTags(COPIES, TupleTagList.of(REJECTS).and(RECORD_COPIES)));
    // One worker streams a whole WARC: its records are parsed and fingerprinted on all of them.
    PCollection<RawCopy> fromRecords = decoded.get(RECORD_COPIES).setCoder(RawCopyCoder.of())
        .apply("SpreadRecords", Reshuffle.viaRandomKey());
    PCollection<RawCopy> copies = PCollectionList.of(decoded.get(COPIES)).and(fromRecords)
        .apply("FilesAndRecords", Flatten.pCollections());
    return PCollectionTuple.of(COPIES, copies).and(REJECTS, decoded.get(REJECTS));
  }

  static final class DecodeFileFn extends DoFn<MatchResult.Metadata, RawCopy> {
    private final InputPattern input;
    private final long maxFileBytes;
    private final long maxDecompressedBytes;
    private final JsonLinesFields jsonLinesFields;
    private final Counter filesMatched = Metrics.counter(ReadArticleFiles.class, FILES_MATCHED);
    private final Counter recordFiles = Metrics.counter(ReadArticleFiles.class, RECORD_FILES_MATCHED);
    private final Counter recordsRead = Metrics.counter(ReadArticleFiles.class, RECORDS_READ);
    private final Counter recordsSkipped = Metrics.counter(ReadArticleFiles.class, RECORDS_SKIPPED);
    private final Counter filesRead = Metrics.counter(ReadArticleFiles.class, "files_read");
    private final Counter rejected = Metrics.counter(ReadArticleFiles.class, "files_rejected");
    private final Counter directories = Metrics.counter(ReadArticleFiles.class, "directories_skipped");

    DecodeFileFn(InputPattern input, long maxFileBytes, long maxDecompressedBytes, JsonLinesFields jsonLinesFields) {
      this.input = input;
      this.maxFileBytes = maxFileBytes;
      this.maxDecompressedBytes = maxDecompressedBytes;
      this.jsonLinesFields = jsonLinesFields;
    }

    @ProcessElement
    public void process(@Element MatchResult.Metadata file, MultiOutputReceiver out) {
      if (file.resourceId().isDirectory()) {
        directories.inc(); // A folder that matches the glob is not a file to archive.
        return;
      }
      String path = file.resourceId().toString();
      filesMatched.inc(); // The run's accounting check compares this with the rows written.
      InputKind kind = InputKind.of(path);
      if (kind.holdsRecords()) {
        readRecords(file, path, kind, out);
        return;
      }
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

    /**
     * Streams a WARC or JSON Lines file: every record is counted as read and ends as a copy, a reject
     * or skipped. A file that cannot be opened, holds no records, or breaks part way gives a reject
     * that counts as one record, so that nothing of it goes unaccounted.
     */
    private void readRecords(MatchResult.Metadata file, String path, InputKind kind, MultiOutputReceiver out) {
      recordFiles.inc();
      String relativePath = input.relativize(path);
      long[] outcomes = {0};
      RecordSink sink = new RecordSink() {
        @Override
        public void copy(RawCopy copy) {
          outcomes[0]++;
          recordsRead.inc();
          out.get(RECORD_COPIES).output(copy);
        }

        @Override
        public void reject(Reject reject) {
          outcomes[0]++;
          recordsRead.inc();
          DecodeFileFn.this.reject(out, reject);
        }

        @Override
        public void skip(String recordType) {
          outcomes[0]++;
          recordsRead.inc();
          recordsSkipped.inc();
          Metrics.counter(ReadArticleFiles.class, RECORDS_SKIPPED + "_" + recordType).inc();
        }
      };
      try (java.nio.channels.ReadableByteChannel channel = FileSystems.open(file.resourceId())) {
        if (kind == InputKind.WARC) {
          new WarcRecordReader(maxFileBytes, maxDecompressedBytes).read(channel, path, relativePath, file.sizeBytes(), sink);
        } else {
          new JsonLinesReader(jsonLinesFields, maxFileBytes).read(Channels.newInputStream(channel), path, relativePath,
              sink);
        }
      } catch (IOException e) {
        sink.reject(new Reject(path, STAGE, RejectReason.UNREADABLE,
            (outcomes[0] == 0 ? "" : "after " + outcomes[0] + " records: ") + unreadable(path, e), file.sizeBytes()));
      } catch (RuntimeException e) {
        sink.reject(Reject.ofFailure(path, STAGE, e, file.sizeBytes()));
      }
      if (outcomes[0] == 0) {
        sink.reject(new Reject(path, STAGE, RejectReason.EMPTY_FILE, "the file holds no records", file.sizeBytes()));
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
      // A UTF-8 text's bytes are the file's, checked by the decoder: the coder writes them without encoding again.
      EncodedText rawText = text.charset().equals(StandardCharsets.UTF_8.name())
          ? EncodedText.ofUtf8(text.text(), content.bytes()) : EncodedText.of(text.text());
      return new RawCopy(path, input.relativize(path), size, content.compression(),
          Hashing.sha256Hex(content.bytes()), text.charset(), rawText, null);
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
