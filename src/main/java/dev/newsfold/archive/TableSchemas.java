package dev.newsfold.archive;

import org.apache.avro.LogicalTypes;
import org.apache.avro.Schema;
import org.apache.avro.SchemaBuilder;

/**
 * The tables' schemas: the product's contract, kept here and nowhere else, documented column by
 * column in the README. Change a column only with a new {@link #VERSION}.
 *
 * <p>An archive grows run by run, each run's rows under {@code <table>/run=NNNNNN/}. Copies and
 * rejects are facts written once. Articles are versioned: a run writes a new version of every
 * article it created or changed, and each version lists its copies' places in assignments.
 * Mentions belong to the article version they were extracted from; entities is a snapshot of the
 * whole archive, rewritten by every run that changes an article.
 */
public final class TableSchemas {
  public static final int VERSION = 3;
  private static final Schema DATE = LogicalTypes.date().addToSchema(Schema.create(Schema.Type.INT));
  private static final Schema STRINGS = Schema.createArray(Schema.create(Schema.Type.STRING));
  private static final Schema LONGS = Schema.createArray(Schema.create(Schema.Type.LONG));
  private static final Schema INTS = Schema.createArray(Schema.create(Schema.Type.INT));
  private static final Schema STRING_TO_STRING = Schema.createMap(Schema.create(Schema.Type.STRING));
  private static final Schema STRING_TO_INT = Schema.createMap(Schema.create(Schema.Type.INT));

  public static final Schema COPIES = SchemaBuilder.record("copy").namespace("dev.newsfold.v" + VERSION).fields()
      .requiredString("copy_id")
      .requiredString("source_path")
      .requiredString("relative_path")
      .requiredString("format")
      .requiredString("compression")
      .requiredString("charset")
      .requiredLong("byte_size")
      .requiredString("raw_sha256")
      .requiredString("raw_text")
      .optionalString("title")
      .optionalString("byline")
      .optionalString("agency")
      .name("published_date").type().unionOf().nullType().and().type(DATE).endUnion().nullDefault()
      .name("modified_date").type().unionOf().nullType().and().type(DATE).endUnion().nullDefault()
      .optionalString("canonical_url")
      .optionalString("dateline")
      .requiredString("body_text")
      .requiredInt("word_count")
      .optionalString("extraction")
      .name("metadata_rules").type(STRING_TO_STRING).noDefault()
      .name("stripped_blocks").type(STRING_TO_INT).noDefault()
      .requiredString("exact_fingerprint")
      .name("minhash").type(LONGS).noDefault()
      .name("shingles").type(LONGS).noDefault()
      .requiredInt("shingle_count")
      .name("paragraph_keys").type(LONGS).noDefault()
      // The keys of an HTML page's paragraphs outside its body: corpus boilerplate evidence for later runs.
      .name("furniture_keys").type().unionOf().nullType().and().type(LONGS).endUnion().nullDefault()
      .name("corpus_removed_paragraphs").type(STRINGS).noDefault()
      .name("corpus_removed_positions").type(INTS).noDefault()
      // Where a copy read from a record of a WARC or JSON Lines file came from; null for an article file.
      .optionalString("record_id")
      .name("record_offset").type().unionOf().nullType().and().longType().endUnion().nullDefault()
      .optionalString("target_uri")
      .optionalString("fetch_time")
      .name("http_status").type().unionOf().nullType().and().intType().endUnion().nullDefault()
      .optionalString("content_type")
      .endRecord();

  public static final Schema ASSIGNMENTS = SchemaBuilder.record("assignment").namespace("dev.newsfold.v" + VERSION).fields()
      .requiredString("article_id")
      .requiredInt("article_version")
      .requiredString("copy_id")
      .requiredBoolean("is_canonical")
      .requiredString("match_rule")
      .requiredString("canonical_copy_id")
      .requiredDouble("jaccard_to_canonical")
      .requiredDouble("containment_in_canonical")
      .endRecord();

  public static final Schema ARTICLES = SchemaBuilder.record("article").namespace("dev.newsfold.v" + VERSION).fields()
      .requiredString("article_id")
      .requiredInt("version")
      .optionalString("superseded_by")
      .name("entities_version").type().unionOf().nullType().and().intType().endUnion().nullDefault()
      .requiredString("canonical_copy_id")
      .optionalString("title")
      .optionalString("byline")
      .optionalString("agency")
      .name("published_date").type().unionOf().nullType().and().type(DATE).endUnion().nullDefault()
      .name("urls").type(STRINGS).noDefault()
      .optionalString("dateline")
      .requiredString("body_text")
      .requiredInt("word_count")
      .requiredInt("copy_count")
      .name("copy_ids").type(STRINGS).noDefault()
      .name("sources").type(STRINGS).noDefault()
      .name("field_sources").type(STRING_TO_STRING).noDefault()
      .endRecord();

  public static final Schema REJECTS = SchemaBuilder.record("reject").namespace("dev.newsfold.v" + VERSION).fields()
      .requiredString("source_path")
      .requiredString("stage")
      .requiredString("reason")
      .requiredString("detail")
      .requiredLong("byte_size")
      .optionalBytes("content")
      .requiredBoolean("content_truncated")
      .endRecord();

  public static final Schema MENTIONS = SchemaBuilder.record("mention").namespace("dev.newsfold.v" + VERSION).fields()
      .requiredString("article_id")
      .requiredInt("article_version")
      .requiredInt("mention_index")
      .requiredString("type")
      .requiredString("text")
      .requiredInt("start_offset")
      .requiredInt("end_offset")
      .requiredInt("sentence_index")
      .requiredString("entity_key")
      .endRecord();

  public static final Schema ENTITIES = SchemaBuilder.record("entity").namespace("dev.newsfold.v" + VERSION).fields()
      .requiredString("entity_key")
      .requiredString("type")
      .requiredLong("article_count")
      .requiredLong("mention_count")
      .name("first_date").type().unionOf().nullType().and().type(DATE).endUnion().nullDefault()
      .name("last_date").type().unionOf().nullType().and().type(DATE).endUnion().nullDefault()
      .endRecord();

  /** Every table, by the name of its folder under the output. */
  public static final java.util.Map<String, Schema> TABLES = java.util.Collections.unmodifiableMap(tables());

  private static java.util.Map<String, Schema> tables() {
    java.util.Map<String, Schema> tables = new java.util.LinkedHashMap<>();
    tables.put("copies", COPIES);
    tables.put("articles", ARTICLES);
    tables.put("assignments", ASSIGNMENTS);
    tables.put("rejects", REJECTS);
    tables.put("mentions", MENTIONS);
    tables.put("entities", ENTITIES);
    return tables;
  }

  private TableSchemas() {}
}
