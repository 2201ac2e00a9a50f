package dev.newsfold.archive;

import dev.newsfold.boilerplate.StripBoilerplate;
import dev.newsfold.collapse.ArticleRecord;
import dev.newsfold.entities.EntityMention;
import dev.newsfold.entities.EntityType;
import dev.newsfold.fingerprint.CopyFingerprint;
import dev.newsfold.fingerprint.FingerprintedCopy;
import dev.newsfold.fingerprint.StoryEvidence;
import dev.newsfold.model.ParsedCopy;
import dev.newsfold.model.RawCopy;
import dev.newsfold.model.RecordSource;
import dev.newsfold.model.Reject;
import dev.newsfold.model.RejectReason;
import dev.newsfold.parse.ArticleFormat;
import dev.newsfold.parse.ArticleMetadata;
import dev.newsfold.parse.ParsedArticle;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.avro.Schema;
import org.apache.avro.SchemaBuilder;
import org.apache.avro.generic.GenericRecord;

/** Table rows read back from an archive, to domain records: the inverse of {@link ArchiveRows}. */
public final class ArchiveRecords {
  /** The copies table without raw_text: what later runs read of archived copies. */
  public static final Schema COPIES_WITHOUT_RAW_TEXT = withoutField(TableSchemas.COPIES, "raw_text");
  /** Rejects as a later run needs them, to know which it recorded: without the files' bytes. */
  public static final Schema REJECTS_WITHOUT_CONTENT = withoutField(TableSchemas.REJECTS, "content");

  private ArchiveRecords() {}

  /**
   * An archived copy as collapsing and assembling need it: its parse and its fingerprint, not its
   * raw text. Its parse holds the paragraphs from before corpus boilerplate removal with the archived
   * decision (what was removed, and where), and its fingerprint is of the body as archived.
   */
  public static FingerprintedCopy copy(GenericRecord row) {
    ArticleMetadata metadata = new ArticleMetadata(string(row, "title"), string(row, "byline"),
        string(row, "agency"), date(row, "published_date"), string(row, "canonical_url"), string(row, "dateline"),
        stringMap(row, "metadata_rules"), date(row, "modified_date"));
    String body = string(row, "body_text");
    List<String> paragraphs = body.isEmpty() ? List.of() : List.of(body.split("\n\n", -1));
    long[] keys = longs(row, "paragraph_keys");
    List<String> removed = strings(row, "corpus_removed_paragraphs");
    int[] removedAt = ints(row, "corpus_removed_positions");
    Map<String, Integer> stripped = new TreeMap<>();
    ((Map<?, ?>) row.get("stripped_blocks")).forEach((k, v) -> stripped.put(k.toString(), (Integer) v));
    stripped.remove(StripBoilerplate.RULE);
    ArticleFormat format = ArticleFormat.valueOf(string(row, "format").toUpperCase(Locale.ROOT));
    String extraction = string(row, "extraction");
    ParsedArticle beforeCorpusStrip = new ParsedArticle(format, metadata,
        paragraphsBeforeRemoval(paragraphs, removed, removedAt), stripped, extraction != null ? extraction : format.code(),
        value(row, "furniture_keys") == null ? null : longs(row, "furniture_keys"));
    RawCopy raw = new RawCopy(string(row, "source_path"), string(row, "relative_path"), (Long) row.get("byte_size"),
        string(row, "compression"), string(row, "raw_sha256"), string(row, "charset"), "", record(row));
    ParsedCopy copy = new ParsedCopy(raw, beforeCorpusStrip, keys, removed, removedAt, true);
    CopyFingerprint fingerprint = new CopyFingerprint(copy.copyId(), string(row, "exact_fingerprint"),
        longs(row, "shingles"), longs(row, "minhash"), body.length(), metadata.completeness(),
        (Integer) row.get("shingle_count"), StoryEvidence.of(paragraphs, metadata.title(), metadata.publishedDate()));
    return new FingerprintedCopy(copy, fingerprint);
  }

  /** Where a copy read from a WARC or JSON Lines record came from; null for an article file (or an older archive's row). */
  static RecordSource record(GenericRecord row) {
    Object offset = row.getSchema().getField("record_offset") == null ? null : row.get("record_offset");
    if (offset == null) {
      return null;
    }
    return new RecordSource((Long) offset, string(row, "record_id"), string(row, "target_uri"),
        string(row, "fetch_time"), (Integer) row.get("http_status"), string(row, "content_type"), List.of());
  }

  /** A copy's paragraphs before corpus boilerplate removal: its body's, with the removed ones put back where they were. */
  static List<String> paragraphsBeforeRemoval(List<String> body, List<String> removed, int[] removedAt) {
    if (removed.isEmpty()) {
      return body;
    }
    List<String> out = new ArrayList<>(body.size() + removed.size());
    int b = 0;
    int r = 0;
    while (b < body.size() || r < removed.size()) {
      if (r < removed.size() && (removedAt[r] == out.size() || b == body.size())) {
        out.add(removed.get(r++));
      } else {
        out.add(body.get(b++));
      }
    }
    return out;
  }

  public static ArticleVersion article(GenericRecord row) {
    ArticleRecord article = new ArticleRecord(string(row, "article_id"), string(row, "canonical_copy_id"),
        string(row, "title"), string(row, "byline"), string(row, "agency"), date(row, "published_date"),
        strings(row, "urls"), string(row, "dateline"), string(row, "body_text"), (Integer) row.get("word_count"),
        strings(row, "copy_ids"), strings(row, "sources"), stringMap(row, "field_sources"));
    return new ArticleVersion(article, (Integer) row.get("version"), (Integer) row.get("entities_version"),
        string(row, "superseded_by"));
  }

  /** A mention as archived; its date is the article's, joined in later. */
  public static EntityMention mention(GenericRecord row) {
    return new EntityMention(string(row, "article_id"), (Integer) row.get("mention_index"),
        EntityType.valueOf(string(row, "type")), string(row, "text"), (Integer) row.get("start_offset"),
        (Integer) row.get("end_offset"), (Integer) row.get("sentence_index"), string(row, "entity_key"), null,
        (Integer) row.get("article_version"));
  }

  public static Reject reject(GenericRecord row) {
    return new Reject(string(row, "source_path"), string(row, "stage"),
        RejectReason.valueOf(string(row, "reason").toUpperCase(Locale.ROOT)), string(row, "detail"),
        (Long) row.get("byte_size"));
  }

  /** A field's value; null also when the row was written before the field existed. */
  private static Object value(GenericRecord row, String field) {
    return row.getSchema().getField(field) == null ? null : row.get(field);
  }

  private static String string(GenericRecord row, String field) {
    Object value = value(row, field);
    return value == null ? null : value.toString();
  }

  private static LocalDate date(GenericRecord row, String field) {
    Object days = value(row, field);
    return days == null ? null : LocalDate.ofEpochDay(((Number) days).longValue());
  }

  private static List<String> strings(GenericRecord row, String field) {
    List<String> out = new ArrayList<>();
    for (Object o : (List<?>) row.get(field)) {
      out.add(o.toString());
    }
    return out;
  }

  private static long[] longs(GenericRecord row, String field) {
    List<?> list = (List<?>) row.get(field);
    long[] out = new long[list.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = (Long) list.get(i);
    }
    return out;
  }

  private static int[] ints(GenericRecord row, String field) {
    List<?> list = (List<?>) row.get(field);
    int[] out = new int[list.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = (Integer) list.get(i);
    }
    return out;
  }

  private static Map<String, String> stringMap(GenericRecord row, String field) {
    Map<String, String> out = new TreeMap<>();
    ((Map<?, ?>) row.get(field)).forEach((k, v) -> out.put(k.toString(), v.toString()));
    return out;
  }

  private static Schema withoutField(Schema schema, String dropped) {
    SchemaBuilder.FieldAssembler<Schema> fields =
        SchemaBuilder.record(schema.getName()).namespace(schema.getNamespace()).fields();
    for (Schema.Field f : schema.getFields()) {
      if (!f.name().equals(dropped)) {
        fields = fields.name(f.name()).type(f.schema()).noDefault();
      }
    }
    return fields.endRecord();
  }
}
