package dev.newsfold;

import com.fasterxml.jackson.annotation.JsonIgnore;
import dev.newsfold.entities.EntityRecognizer;
import dev.newsfold.entities.Recognizers;
import org.apache.beam.sdk.options.Default;
import org.apache.beam.sdk.options.DefaultValueFactory;
import org.apache.beam.sdk.options.Hidden;
import org.apache.beam.sdk.options.Description;
import org.apache.beam.sdk.options.PipelineOptions;
import org.apache.beam.sdk.options.Validation;

/** newsfold's options; every default works on a laptop with no set-up. */
public interface NewsfoldOptions extends PipelineOptions {
  @Description("Article files to archive: a folder (searched recursively) or a glob; local, gs:// or s3://.")
  @Default.String("sample-input")
  @Validation.Required
  String getInput();

  void setInput(String value);

  @Description("Folder a new archive is written to: one folder per table (copies/, articles/, ...), the run's Parquet files under run=000001/.")
  @Default.String("archive")
  @Validation.Required
  String getOutput();

  void setOutput(String value);

  @Description("Replace the tables of an earlier run in --output; without it, an output holding tables is refused.")
  @Default.Boolean(false)
  boolean getOverwrite();

  void setOverwrite(boolean value);

  @Description("An archive an earlier run wrote (its --output): fold --input into it and add this run's rows "
      + "to it as a new run=NNNNNN/ folder per table. --output and --overwrite are then not used.")
  String getArchive();

  void setArchive(String value);

  @Description("With --archive: accept fingerprint or boilerplate settings other than the archive's (its _manifest.json) "
      + "and fingerprint every archived copy again with this run's; without it, such a run is refused, since "
      + "signatures of another shape do not compare with the stored ones.")
  @Default.Boolean(false)
  boolean getRefingerprint();

  void setRefingerprint(boolean value);

  @Description("Parquet files per table and run. 0, the default, lets the runner choose: on Flink each worker writes its "
      + "own file of each table as its rows arrive, with no shuffle into shards first; on Dataflow a file per "
      + "bundle; on the DirectRunner, whose bundles are small, 2. A fixed count shuffles every row, the raw text "
      + "included, before the write.")
  @Default.Integer(0)
  int getShards();

  void setShards(int value);

  @Description("Parquet row group size in MiB. Each open table shard buffers up to one row group in the heap before "
      + "writing it, so this (times the files written at once) bounds the writers' memory; Parquet's own default, "
      + "128 MiB, made the heap grow with the corpus up to that cap.")
  @Default.Integer(16)
  int getRowGroupMb();

  void setRowGroupMb(int value);

  @Description("Files larger than this many bytes (as stored) are rejected as too_large before being read. A copy "
      + "travels the shuffles as one element of about 4 times its text (raw text, body, a key per paragraph), and "
      + "Flink's batch sort fails the whole run on an element larger than its sort buffer (about 30 MB for embedded "
      + "Flink at -Xmx8g): 8 MB files failed there, 4 MiB files did not. The largest of 1,040 real pages is 1.6 MB.")
  @Default.Long(4L * 1024 * 1024)
  long getMaxFileBytes();

  void setMaxFileBytes(long value);

  @Description("Gzip content that decompresses past this many bytes is rejected as decompressed_too_large; "
      + "bounded as --maxFileBytes is, for the same reason.")
  @Default.Long(4L * 1024 * 1024)
  long getMaxDecompressedBytes();

  void setMaxDecompressedBytes(long value);

  @Description("A paragraph found in copies of at least this many different stories is site boilerplate.")
  @Default.Integer(3)
  int getMinBoilerplateStories();

  void setMinBoilerplateStories(int value);

  @Description("Extract entity mentions (people, organizations, places) into the mentions and entities tables.")
  @Default.Boolean(true)
  boolean getExtractEntities();

  void setExtractEntities(boolean value);

  @Description("Entity recognition reads at most this many characters of an article's body.")
  @Default.Integer(200_000)
  int getMaxEntityChars();

  void setMaxEntityChars(int value);

  /**
   * The entity recognizer, for a program that runs the job with another one (the tests inject one
   * that fails); not a command-line option. It travels inside the pipeline, not with the options.
   */
  @JsonIgnore
  @Hidden
  @Description("Makes the entity recognizer; CoreNLP unless a program running the job sets another.")
  @Default.InstanceFactory(CoreNlpRecognizerFactory.class)
  EntityRecognizer.Factory getEntityRecognizer();

  void setEntityRecognizer(EntityRecognizer.Factory value);

  /** The default recognizer: CoreNLP. */
  final class CoreNlpRecognizerFactory implements DefaultValueFactory<EntityRecognizer.Factory> {
    @Override
    public EntityRecognizer.Factory create(PipelineOptions options) {
      return new Recognizers.CoreNlpFactory();
    }
  }

  @Description("Words per shingle for near-duplicate fingerprints (see README for the measured choice).")
  @Default.Integer(4)
  int getShingleSize();

  void setShingleSize(int value);

  @Description("LSH bands; bands x rows is the MinHash signature length.")
  @Default.Integer(32)
  int getLshBands();

  void setLshBands(int value);

  @Description("MinHash rows per LSH band.")
  @Default.Integer(4)
  int getLshRows();

  void setLshRows(int value);

  @Description("LSH buckets larger than this are not paired all-against-all (see FindCandidatePairs).")
  @Default.Integer(200)
  int getMaxBucketSize();

  void setMaxBucketSize(int value);

  @Description("JSON Lines (.jsonl, .ndjson): fields that may hold a record's text (plain, Markdown or HTML), "
      + "comma-separated, tried in order.")
  @Default.String("text,html,content")
  String getJsonlTextFields();

  void setJsonlTextFields(String value);

  @Description("JSON Lines: fields that may hold a record's URL (a canonical-URL candidate, rule jsonl_url).")
  @Default.String("url")
  String getJsonlUrlFields();

  void setJsonlUrlFields(String value);

  @Description("JSON Lines: fields that may hold a record's publication date (rule jsonl_date).")
  @Default.String("date,published")
  String getJsonlDateFields();

  void setJsonlDateFields(String value);

  @Description("JSON Lines: fields that may hold a record's title (rule jsonl_title).")
  @Default.String("title")
  String getJsonlTitleFields();

  void setJsonlTitleFields(String value);

  @Description("JSON Lines: fields that may hold a record's own id (kept as copies.record_id).")
  @Default.String("id")
  String getJsonlIdFields();

  void setJsonlIdFields(String value);

  @Description("Seconds between progress lines on the console while the job runs (0: only the final line).")
  @Default.Long(5)
  long getProgressSeconds();

  void setProgressSeconds(long value);

  @Description("Show the libraries' INFO and WARN log lines (Beam, Flink, Hadoop, Parquet); without it only "
      + "their errors are shown. Read from the command line before logging starts.")
  @Default.Boolean(false)
  boolean getVerbose();

  void setVerbose(boolean value);

  @Description("Copies dated more than this many days apart are different stories (a daily rate, an index close) "
      + "unless nearly identical long texts with the same figures; undated copies are judged on their text.")
  @Default.Integer(3)
  int getFoldWindowDays();

  void setFoldWindowDays(int value);
}
