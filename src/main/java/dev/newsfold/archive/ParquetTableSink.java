package dev.newsfold.archive;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.WritableByteChannel;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.beam.sdk.io.FileIO;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.avro.AvroParquetWriter;
import org.apache.parquet.avro.AvroSchemaConverter;
import org.apache.parquet.avro.AvroWriteSupport;
import org.apache.parquet.column.ColumnDescriptor;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.OutputFile;
import org.apache.parquet.io.PositionOutputStream;

/**
 * Writes one table's rows into a Parquet file as Snappy pages, lists in the standard three-level
 * layout (Spark, Hive and Trino read them without settings), and no dictionary for the columns of
 * {@link #DISTINCT_VALUED_FIELDS}.
 *
 * <p>ParquetIO's sink dictionary-encodes every column and takes no setting per column. For hashes and
 * whole texts (a copy's 128 MinHash values, its thousands of shingles, its raw text) the writer builds
 * a dictionary of every value, finds it past its size cap and throws it away, once per column chunk:
 * that was two fifths of the copies write's CPU and bought nothing on disk (issue #15).
 */
final class ParquetTableSink implements FileIO.Sink<GenericRecord> {
  /** Fields of the archive's tables whose values are nearly all distinct: ids, hashes and whole texts. */
  private static final Set<String> DISTINCT_VALUED_FIELDS = Set.of("copy_id", "source_path", "relative_path", "raw_sha256",
      "raw_text", "body_text", "exact_fingerprint", "minhash", "shingles", "paragraph_keys", "furniture_keys",
      "record_id", "target_uri", "copy_ids", "content");
  /**
   * Every column of every table that is written without a dictionary, in every writer. Parquet-java 1.13's
   * writers in one JVM share one values-writer factory, which takes the column settings of the writer built
   * last (apache/parquet-java#3224, fixed in 1.16): with each writer given only its own table's columns, a
   * 10,000-copy run on Flink still wrote one row group in three of the copies' ids and hashes with dictionaries.
   */
  private static final List<String> COLUMNS_WITHOUT_DICTIONARY = columnsWithoutDictionary();
  private static final int BUFFER_BYTES = 1 << 16;

  private final String schemaJson;
  private final int rowGroupBytes;
  private transient ParquetWriter<GenericRecord> writer;

  /** @param schema one of {@link TableSchemas#TABLES} */
  ParquetTableSink(Schema schema, int rowGroupBytes) {
    if (!TableSchemas.TABLES.containsValue(schema)) {
      throw new IllegalArgumentException(schema.getFullName() + " is not an archive table");
    }
    this.schemaJson = schema.toString();
    this.rowGroupBytes = rowGroupBytes;
  }

  @Override
  public void open(WritableByteChannel channel) throws IOException {
    Schema schema = new Schema.Parser().parse(schemaJson);
    Configuration conf = listsInThreeLevels();
    AvroParquetWriter.Builder<GenericRecord> builder = AvroParquetWriter.<GenericRecord>builder(new ChannelOutputFile(channel))
        .withSchema(schema)
        .withDataModel(GenericData.get())
        .withConf(conf)
        .withCompressionCodec(CompressionCodecName.SNAPPY)
        .withRowGroupSize(rowGroupBytes)
        .withWriteMode(ParquetFileWriter.Mode.OVERWRITE);
    for (String column : COLUMNS_WITHOUT_DICTIONARY) {
      builder.withDictionaryEncoding(column, false);
    }
    writer = builder.build();
  }

  private static List<String> columnsWithoutDictionary() {
    Configuration conf = listsInThreeLevels();
    List<String> columns = new ArrayList<>();
    for (Schema table : TableSchemas.TABLES.values()) {
      for (ColumnDescriptor column : new AvroSchemaConverter(conf).convert(table).getColumns()) {
        if (DISTINCT_VALUED_FIELDS.contains(column.getPath()[0])) {
          columns.add(String.join(".", column.getPath()));
        }
      }
    }
    return List.copyOf(columns);
  }

  private static Configuration listsInThreeLevels() {
    Configuration conf = new Configuration(false);
    conf.setBoolean(AvroWriteSupport.WRITE_OLD_LIST_STRUCTURE, false);
    return conf;
  }

  @Override
  public void write(GenericRecord row) throws IOException {
    writer.write(row);
  }

  /** Ends the file; FileIO closes the channel itself. */
  @Override
  public void flush() throws IOException {
    writer.close();
  }

  /** A Parquet output over the channel FileIO opened, buffered: Parquet writes page headers a few bytes at a time. */
  private static final class ChannelOutputFile implements OutputFile {
    private final WritableByteChannel channel;

    ChannelOutputFile(WritableByteChannel channel) {
      this.channel = channel;
    }

    @Override
    public PositionOutputStream create(long blockSizeHint) {
      return new CountingStream(new BufferedOutputStream(Channels.newOutputStream(channel), BUFFER_BYTES));
    }

    @Override
    public PositionOutputStream createOrOverwrite(long blockSizeHint) {
      return create(blockSizeHint);
    }

    @Override
    public boolean supportsBlockSize() {
      return false;
    }

    @Override
    public long defaultBlockSize() {
      return 0;
    }
  }

  private static final class CountingStream extends PositionOutputStream {
    private final OutputStream out;
    private long position;

    CountingStream(OutputStream out) {
      this.out = out;
    }

    @Override
    public long getPos() {
      return position;
    }

    @Override
    public void write(int b) throws IOException {
      out.write(b);
      position++;
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
      out.write(bytes, offset, length);
      position += length;
    }

    @Override
    public void flush() throws IOException {
      out.flush();
    }

    /** Flushes but leaves the channel open, for FileIO to close. */
    @Override
    public void close() throws IOException {
      out.flush();
    }
  }
}
