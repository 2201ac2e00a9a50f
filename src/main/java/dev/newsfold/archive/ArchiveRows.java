package dev.newsfold.archive;

import dev.newsfold.boilerplate.CorpusBoilerplate;
import dev.newsfold.coders.EncodedText;
import dev.newsfold.collapse.ArticleAssembler;
import dev.newsfold.collapse.ArticleRecord;
import dev.newsfold.collapse.CopyAssignment;
import dev.newsfold.entities.EntityMention;
import dev.newsfold.entities.EntitySummary;
import dev.newsfold.fingerprint.FingerprintedCopy;
import dev.newsfold.model.RawCopy;
import dev.newsfold.model.RecordSource;
import dev.newsfold.model.Reject;
import dev.newsfold.parse.ArticleMetadata;
import dev.newsfold.parse.ParsedArticle;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;

/** Domain records to table rows, one method per table. */
public final class ArchiveRows {
  private ArchiveRows() {}

  public static GenericRecord copy(FingerprintedCopy copy) {
    RawCopy raw = copy.copy().raw();
    ParsedArticle article = copy.copy().article();
    ArticleMetadata meta = article.metadata();
    GenericRecord r = new GenericData.Record(TableSchemas.COPIES);
    r.put("copy_id", raw.copyId());
    r.put("source_path", raw.sourcePath());
    r.put("relative_path", raw.relativePath());
    r.put("format", article.format().code());
    r.put("compression", raw.compression());
    r.put("charset", raw.charset());
    r.put("byte_size", raw.byteSize());
    r.put("raw_sha256", raw.rawSha256());
    r.put("raw_text", raw.encodedRawText().forAvro()); // Written from its bytes, not decoded again.
    r.put("title", meta.title());
    r.put("byline", meta.byline());
    r.put("agency", meta.agency());
    r.put("published_date", days(meta.publishedDate()));
    r.put("modified_date", days(meta.modifiedDate()));
    r.put("canonical_url", meta.canonicalUrl());
    r.put("dateline", meta.dateline());
    String body = article.bodyText(); // Joined from the paragraphs at each call: once for both columns.
    r.put("body_text", EncodedText.forAvro(body));
    r.put("word_count", ArticleAssembler.wordCount(body));
    r.put("extraction", article.extraction());
    r.put("metadata_rules", meta.rules());
    r.put("stripped_blocks", article.stripped());
    r.put("exact_fingerprint", copy.fingerprint().exactFingerprint());
    r.put("minhash", longs(copy.fingerprint().minhash()));
    r.put("shingles", longs(copy.fingerprint().shingles()));
    r.put("shingle_count", copy.fingerprint().shingleCount());
    long[] keys = copy.copy().paragraphKeys();
    r.put("paragraph_keys", longs(keys != null ? keys : CorpusBoilerplate.keys(article.paragraphs())));
    r.put("furniture_keys", longs(article.furnitureKeys()));
    List<String> removed = copy.copy().corpusRemoved();
    r.put("corpus_removed_paragraphs", removed != null ? removed : List.of());
    int[] removedAt = copy.copy().corpusRemovedAt();
    r.put("corpus_removed_positions", removedAt != null ? java.util.Arrays.stream(removedAt).boxed().toList() : List.of());
    RecordSource record = raw.record();
    if (record != null) {
      r.put("record_id", record.recordId());
      r.put("record_offset", record.offset());
      r.put("target_uri", record.targetUri());
      r.put("fetch_time", record.fetchTime());
      r.put("http_status", record.httpStatus());
      r.put("content_type", record.contentType());
    }
    return r;
  }

  public static GenericRecord assignment(AssignmentVersion versioned) {
    CopyAssignment a = versioned.assignment();
    GenericRecord r = new GenericData.Record(TableSchemas.ASSIGNMENTS);
    r.put("article_id", a.articleId());
    r.put("article_version", versioned.articleVersion());
    r.put("copy_id", a.copyId());
    r.put("is_canonical", a.isCanonical());
    r.put("match_rule", a.rule().code());
    r.put("canonical_copy_id", a.canonicalCopyId());
    r.put("jaccard_to_canonical", a.jaccard());
    r.put("containment_in_canonical", a.containment());
    return r;
  }

  public static GenericRecord article(ArticleVersion version) {
    ArticleRecord a = version.article();
    GenericRecord r = new GenericData.Record(TableSchemas.ARTICLES);
    r.put("article_id", a.articleId());
    r.put("version", version.version());
    r.put("superseded_by", version.supersededBy());
    r.put("entities_version", version.entitiesVersion());
    r.put("canonical_copy_id", a.canonicalCopyId());
    r.put("title", a.title());
    r.put("byline", a.byline());
    r.put("agency", a.agency());
    r.put("published_date", days(a.publishedDate()));
    r.put("urls", a.urls());
    r.put("dateline", a.dateline());
    r.put("body_text", EncodedText.forAvro(a.bodyText()));
    r.put("word_count", a.wordCount());
    r.put("copy_count", a.copyCount());
    r.put("copy_ids", a.copyIds());
    r.put("sources", a.sources());
    r.put("field_sources", a.fieldSources());
    return r;
  }

  public static GenericRecord reject(Reject reject) {
    GenericRecord r = new GenericData.Record(TableSchemas.REJECTS);
    r.put("source_path", reject.sourcePath());
    r.put("stage", reject.stage());
    r.put("reason", reject.reason().code());
    r.put("detail", reject.detail());
    r.put("byte_size", reject.byteSize());
    r.put("content", reject.content() == null ? null : java.nio.ByteBuffer.wrap(reject.content()));
    r.put("content_truncated", reject.contentTruncated());
    return r;
  }

  public static GenericRecord mention(EntityMention m) {
    GenericRecord r = new GenericData.Record(TableSchemas.MENTIONS);
    r.put("article_id", m.articleId());
    r.put("article_version", m.articleVersion());
    r.put("mention_index", m.mentionIndex());
    r.put("type", m.type().name());
    r.put("text", m.text());
    r.put("start_offset", m.start());
    r.put("end_offset", m.end());
    r.put("sentence_index", m.sentenceIndex());
    r.put("entity_key", m.entityKey());
    return r;
  }

  public static GenericRecord entity(EntitySummary e) {
    GenericRecord r = new GenericData.Record(TableSchemas.ENTITIES);
    r.put("entity_key", e.entityKey());
    r.put("type", e.type().name());
    r.put("article_count", e.articleCount());
    r.put("mention_count", e.mentionCount());
    r.put("first_date", days(e.firstDate()));
    r.put("last_date", days(e.lastDate()));
    return r;
  }

  private static List<Long> longs(long[] values) {
    List<Long> list = new ArrayList<>(values.length);
    for (long v : values) {
      list.add(v);
    }
    return list;
  }

  private static Integer days(LocalDate date) {
    return date == null ? null : (int) date.toEpochDay();
  }
}
