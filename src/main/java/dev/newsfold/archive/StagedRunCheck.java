package dev.newsfold.archive;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.avro.Schema;
import org.apache.avro.SchemaBuilder;
import org.apache.avro.generic.GenericRecord;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.EmptyMatchTreatment;
import org.apache.beam.sdk.io.fs.MatchResult;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.avro.AvroParquetReader;
import org.apache.parquet.avro.AvroReadSupport;
import org.apache.parquet.hadoop.ParquetReader;

/**
 * Checks a staged run from its tables, not from the pipeline's counters (which a runner may report
 * as attempted values, or from a pipeline that lost work): every matched file (every record of a WARC
 * or JSON Lines file) is one copy or reject row, or was archived before, or is a skipped record; every copy is placed in one of this run's article versions, every live
 * article version has its canonical copy among its assignments, and every mention points into an
 * article version of this run. A run with any problem is not published.
 */
public final class StagedRunCheck {
  private static final Schema COPY_IDS = projection("copy", "copy_id");
  private static final Schema REJECT_PATHS = projection("reject", "source_path");
  private static final Schema ASSIGNMENT_KEYS = assignmentKeys();
  private static final Schema ARTICLE_KEYS = SchemaBuilder.record("article").namespace(ns()).fields()
      .requiredString("article_id").requiredInt("version").optionalString("superseded_by")
      .requiredString("canonical_copy_id").endRecord();
  private static final Schema MENTION_KEYS = SchemaBuilder.record("mention").namespace(ns()).fields()
      .requiredString("article_id").requiredInt("article_version").endRecord();

  /** What the check found: rows per table, and the problems (none for a whole run). */
  public record Result(Map<String, Long> rows, List<String> problems) {
    public boolean passed() {
      return problems.isEmpty();
    }
  }

  private StagedRunCheck() {}

  /**
   * Reads the staged tables under {@code staging} and checks them against the run's {@code inputs}
   * (article files, and the records of WARC and JSON Lines files), of which {@code accountedBefore}
   * need no row of this run (rows of the archive already, skipped records).
   */
  public static Result check(String staging, long inputs, long accountedBefore) throws IOException {
    Map<String, Long> rows = new LinkedHashMap<>();
    List<String> problems = new ArrayList<>();
    Set<String> copies = new HashSet<>();
    long duplicateCopies = count(staging, "copies", COPY_IDS, r -> copies.add(r.get("copy_id").toString()))
        - copies.size();
    rows.put("copies", (long) copies.size() + duplicateCopies);
    rows.put("rejects", count(staging, "rejects", REJECT_PATHS, r -> {}));
    if (duplicateCopies > 0) {
      problems.add(duplicateCopies + " copies rows repeat a copy_id");
    }
    long accounted = rows.get("copies") + rows.get("rejects") + accountedBefore;
    if (accounted != inputs) {
      problems.add("files matched (" + inputs + ") != copies rows (" + rows.get("copies") + ") + rejects rows ("
          + rows.get("rejects") + ") + files archived before or records skipped (" + accountedBefore + ")");
    }
    Map<String, String[]> articles = new HashMap<>();
    rows.put("articles", count(staging, "articles", ARTICLE_KEYS, r -> articles.put(
        r.get("article_id") + "#" + r.get("version"),
        new String[] {r.get("canonical_copy_id").toString(), r.get("superseded_by") == null ? null : "superseded"})));
    Map<String, Integer> canonicalRows = new HashMap<>();
    Set<String> placed = new HashSet<>();
    List<String> strays = new ArrayList<>();
    rows.put("assignments", count(staging, "assignments", ASSIGNMENT_KEYS, r -> {
      String version = r.get("article_id") + "#" + r.get("article_version");
      String copy = r.get("copy_id").toString();
      placed.add(copy);
      if (!articles.containsKey(version)) {
        strays.add(version);
      } else if (copy.equals(r.get("canonical_copy_id").toString())
          && copy.equals(articles.get(version)[0])) {
        canonicalRows.merge(version, 1, Integer::sum);
      }
    }));
    sample(problems, strays, "assignments rows point to no article version of this run");
    List<String> unplaced = new ArrayList<>();
    for (String copy : copies) {
      if (!placed.contains(copy)) {
        unplaced.add(copy);
      }
    }
    sample(problems, unplaced, "copies are in no article version of this run");
    List<String> withoutCanonical = new ArrayList<>();
    for (Map.Entry<String, String[]> a : articles.entrySet()) {
      if (a.getValue()[1] == null && canonicalRows.getOrDefault(a.getKey(), 0) != 1) {
        withoutCanonical.add(a.getKey());
      }
    }
    sample(problems, withoutCanonical, "live article versions lack exactly one assignment of their canonical copy");
    List<String> dangling = new ArrayList<>();
    rows.put("mentions", count(staging, "mentions", MENTION_KEYS, r -> {
      String version = r.get("article_id") + "#" + r.get("article_version");
      if (!articles.containsKey(version)) {
        dangling.add(version);
      }
    }));
    sample(problems, dangling, "mentions point to no article version of this run");
    rows.put("entities", count(staging, "entities", projection("entity", "entity_key"), r -> {}));
    return new Result(rows, problems);
  }

  private static void sample(List<String> problems, List<String> found, String what) {
    if (!found.isEmpty()) {
      problems.add(found.size() + " " + what + " (e.g. " + String.join(", ", found.subList(0, Math.min(3, found.size()))) + ")");
    }
  }

  private static long count(String staging, String table, Schema projection, Consumer<GenericRecord> each)
      throws IOException {
    MatchResult files = FileSystems.match(staging + table + "/*.parquet", EmptyMatchTreatment.ALLOW);
    if (files.status() != MatchResult.Status.OK) {
      return 0;
    }
    Configuration conf = new Configuration(false);
    AvroReadSupport.setRequestedProjection(conf, projection);
    AvroReadSupport.setAvroReadSchema(conf, projection);
    long n = 0;
    for (MatchResult.Metadata file : files.metadata()) {
      try (ParquetReader<GenericRecord> reader =
          AvroParquetReader.<GenericRecord>builder(new BeamInputFile(file)).withConf(conf).build()) {
        for (GenericRecord r = reader.read(); r != null; r = reader.read()) {
          each.accept(r);
          n++;
        }
      }
    }
    return n;
  }

  private static String ns() {
    return "dev.newsfold.v" + TableSchemas.VERSION;
  }

  private static Schema assignmentKeys() {
    return SchemaBuilder.record("assignment").namespace(ns()).fields()
        .requiredString("article_id").requiredInt("article_version").requiredString("copy_id")
        .requiredString("canonical_copy_id").endRecord();
  }

  private static Schema projection(String record, String... strings) {
    SchemaBuilder.FieldAssembler<Schema> fields = SchemaBuilder.record(record).namespace(ns()).fields();
    for (String name : strings) {
      fields = fields.requiredString(name);
    }
    return fields.endRecord();
  }
}
