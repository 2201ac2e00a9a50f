package dev.newsfold.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;

import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.avro.AvroParquetReader;
import org.apache.parquet.avro.AvroParquetWriter;
import org.apache.parquet.avro.AvroReadSupport;
import org.apache.parquet.hadoop.ParquetReader;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.util.HadoopInputFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArchiveRecordsTest {
  @Test
  void removedParagraphsGoBackWhereTheyWere() {
    List<String> before = List.of("Promo at the top.", "First paragraph.", "Mid-article promo.", "Second paragraph.",
        "Footer.");
    assertEquals(before, ArchiveRecords.paragraphsBeforeRemoval(List.of("First paragraph.", "Second paragraph."),
        List.of("Promo at the top.", "Mid-article promo.", "Footer."), new int[] {0, 2, 4}));
    assertEquals(before, ArchiveRecords.paragraphsBeforeRemoval(before, List.of(), new int[0]));
  }

  @Test
  void theCopiesProjectionHasEveryColumnButRawText() {
    assertEquals(TableSchemas.COPIES.getFields().size() - 1, ArchiveRecords.COPIES_WITHOUT_RAW_TEXT.getFields().size());
    assertEquals(null, ArchiveRecords.COPIES_WITHOUT_RAW_TEXT.getField("raw_text"));
  }

  @Test
  void copiesWrittenBeforeTheRecordColumnsReadBackAsArticleFiles(@TempDir Path dir) throws Exception {
    Set<String> added = Set.of("record_id", "record_offset", "target_uri", "fetch_time", "http_status", "content_type");
    List<Schema.Field> fields = new ArrayList<>();
    for (Schema.Field f : TableSchemas.COPIES.getFields()) {
      if (!added.contains(f.name())) {
        fields.add(new Schema.Field(f, f.schema()));
      }
    }
    Schema before = Schema.createRecord("copy", null, TableSchemas.COPIES.getNamespace(), false, fields);
    GenericRecord row = new GenericData.Record(before);
    for (Schema.Field f : before.getFields()) {
      row.put(f.name(), switch (f.schema().getType()) {
        case STRING -> "x";
        case LONG -> 1L;
        case INT -> 1;
        case MAP -> Map.of();
        case ARRAY -> List.of();
        default -> null;
      });
    }
    row.put("format", "html");
    Configuration conf = new Configuration();
    conf.set("parquet.avro.write-old-list-structure", "false");
    org.apache.hadoop.fs.Path file = new org.apache.hadoop.fs.Path(dir.resolve("part.parquet").toString());
    try (ParquetWriter<GenericRecord> writer = AvroParquetWriter.<GenericRecord>builder(file).withSchema(before)
        .withConf(conf).build()) {
      writer.write(row);
    }
    // As ReadArchive reads copies: the projection without raw_text is also the read schema.
    AvroReadSupport.setRequestedProjection(conf, ArchiveRecords.COPIES_WITHOUT_RAW_TEXT);
    AvroReadSupport.setAvroReadSchema(conf, ArchiveRecords.COPIES_WITHOUT_RAW_TEXT);
    try (ParquetReader<GenericRecord> reader = AvroParquetReader.<GenericRecord>builder(HadoopInputFile.fromPath(file, conf))
        .withConf(conf).build()) {
      GenericRecord read = reader.read();
      assertNull(read.get("record_offset"));
      assertNull(ArchiveRecords.copy(read).copy().raw().record());
    }
  }
}
