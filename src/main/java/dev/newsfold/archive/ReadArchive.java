package dev.newsfold.archive;

import dev.newsfold.coders.ArticleVersionCoder;
import dev.newsfold.coders.EntityMentionCoder;
import dev.newsfold.coders.FingerprintedCopyCoder;
import dev.newsfold.coders.RejectCoder;
import dev.newsfold.entities.EntityMention;
import dev.newsfold.fingerprint.FingerprintedCopy;
import dev.newsfold.model.Reject;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericRecord;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.io.parquet.ParquetIO;
import org.apache.beam.sdk.transforms.Combine;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.SerializableFunction;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PBegin;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TypeDescriptor;

/**
 * What a run needs of the archive it extends: every archived copy's parse and fingerprint (not its
 * raw text), the latest version of every article id, the mentions and the rejects. Without an
 * archive, every output is empty, so a first run goes through the same transforms as later ones.
 */
public final class ReadArchive extends PTransform<PBegin, PCollectionTuple> {
  public static final TupleTag<FingerprintedCopy> COPIES = new TupleTag<>() {};
  /** The latest version of every article id (superseded ones included), keyed by id. */
  public static final TupleTag<KV<String, ArticleVersion>> LATEST_ARTICLES = new TupleTag<>() {};
  public static final TupleTag<EntityMention> MENTIONS = new TupleTag<>() {};
  public static final TupleTag<Reject> REJECTS = new TupleTag<>() {};

  private final String archive;

  private ReadArchive(String archive) {
    this.archive = archive == null ? null : (archive.endsWith("/") ? archive : archive + "/");
  }

  /** Reads the archive under {@code folder}: every run's files, {@code <table>/run=NNNNNN/*.parquet}. */
  public static ReadArchive of(String folder) {
    return new ReadArchive(folder);
  }

  /** No archive: a first run. */
  public static ReadArchive none() {
    return new ReadArchive(null);
  }

  @Override
  public PCollectionTuple expand(PBegin begin) {
    PCollection<FingerprintedCopy> copies = read(begin, "Copies", "copies", ArchiveRecords.COPIES_WITHOUT_RAW_TEXT,
        ArchiveRecords::copy, FingerprintedCopyCoder.of());
    PCollection<KV<String, ArticleVersion>> latest = read(begin, "Articles", "articles", TableSchemas.ARTICLES,
        ArchiveRecords::article, ArticleVersionCoder.of())
        .apply("KeyArticlesById", MapElements
            .into(new TypeDescriptor<KV<String, ArticleVersion>>() {})
            .via((ArticleVersion v) -> KV.of(v.articleId(), v)))
        .setCoder(KvCoder.of(StringUtf8Coder.of(), ArticleVersionCoder.of()))
        .apply("LatestVersion", Combine.perKey(ReadArchive::later));
    PCollection<EntityMention> mentions = read(begin, "Mentions", "mentions", TableSchemas.MENTIONS,
        ArchiveRecords::mention, EntityMentionCoder.of());
    PCollection<Reject> rejects = read(begin, "Rejects", "rejects", ArchiveRecords.REJECTS_WITHOUT_CONTENT,
        ArchiveRecords::reject, RejectCoder.of());
    return PCollectionTuple.of(COPIES, copies).and(LATEST_ARTICLES, latest).and(MENTIONS, mentions)
        .and(REJECTS, rejects);
  }

  private static ArticleVersion later(Iterable<ArticleVersion> versions) {
    ArticleVersion latest = null;
    for (ArticleVersion v : versions) {
      if (latest == null || v.version() > latest.version()) {
        latest = v;
      }
    }
    return latest;
  }

  private <T> PCollection<T> read(PBegin begin, String name, String table, Schema schema,
      SerializableFunction<GenericRecord, T> toRecord, Coder<T> coder) {
    if (archive == null) {
      return begin.apply("NoArchived" + name, Create.empty(coder));
    }
    // Lists are read as written (the standard three-level layout, not parquet-avro's old default), and
    // a projection is also the read schema: otherwise records take the file's full schema.
    java.util.Map<String, String> settings = new java.util.HashMap<>();
    settings.put("parquet.avro.write-old-list-structure", "false");
    ParquetIO.Read read = ParquetIO.read(schema).from(archive + table + "/run=*/*.parquet");
    if (schema != TableSchemas.TABLES.get(table)) {
      settings.put("parquet.avro.read.schema", schema.toString());
      read = read.withProjection(schema, schema);
    }
    read = read.withConfiguration(settings);
    return begin.apply("ReadArchived" + name, read)
        .apply("ToArchived" + name, MapElements.into(coder.getEncodedTypeDescriptor()).via(toRecord))
        .setCoder(coder);
  }
}
