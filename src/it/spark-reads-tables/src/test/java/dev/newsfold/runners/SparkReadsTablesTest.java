package dev.newsfold.runners;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.MapType;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Spark SQL (local mode, no settings) reads the tables the main build's runner tests wrote on
 * sample-input/ (DirectRunner and embedded Flink): every table loads, lists, maps and dates arrive
 * typed, and the queries users start from (pipelines/queries/spark/) run as shipped.
 */
class SparkReadsTablesTest {
  private static final Path TABLES = Path.of(System.getProperty("newsfold.tables", "../../../target/runner-tables"));
  private static final Path SAMPLE = Path.of(System.getProperty("newsfold.sample", "../../../sample-input"));
  private static final Path QUERIES = Path.of(System.getProperty("newsfold.queries", "../../../pipelines/queries/spark"));
  private static SparkSession spark;

  @BeforeAll
  static void startSpark() {
    spark = SparkSession.builder().appName("newsfold-spark-reads-tables").master("local[2]")
        .config("spark.ui.enabled", "false")
        .config("spark.driver.host", "127.0.0.1")
        .config("spark.driver.bindAddress", "127.0.0.1")
        .config("spark.sql.shuffle.partitions", "2")
        .config("spark.sql.session.timeZone", "UTC")
        .getOrCreate();
  }

  @AfterAll
  static void stopSpark() {
    if (spark != null) {
      spark.stop();
    }
  }

  private static Path run(String name) {
    Path dir = TABLES.resolve(name).toAbsolutePath().normalize();
    assertTrue(Files.isDirectory(dir.resolve("copies")), "no tables in " + dir
        + ": the main build's FlinkEmbeddedRunnerTest writes them (mvn -B verify)");
    return dir;
  }

  private static Dataset<Row> table(Path run, String name) {
    return spark.read().parquet(run.resolve(name).toString());
  }

  @ParameterizedTest
  @ValueSource(strings = {"direct", "flink-embedded"})
  void everyTableLoadsWithItsRows(String name) throws Exception {
    Path run = run(name);
    long files;
    try (Stream<Path> walk = Files.walk(SAMPLE)) {
      files = walk.filter(Files::isRegularFile).count();
    }
    assertEquals(files, table(run, "copies").count() + table(run, "rejects").count(),
        "every file of " + SAMPLE + " is a copy or a reject");
    assertEquals(8, table(run, "articles").count(), "sample-input folds into 8 articles");
    assertEquals(List.of("source_path", "stage", "reason", "detail", "byte_size", "content", "content_truncated", "run"),
        List.of(table(run, "rejects").schema().fieldNames()), "the run folder is a partition column");
  }

  @ParameterizedTest
  @ValueSource(strings = {"direct", "flink-embedded"})
  void listsMapsAndDatesArriveTyped(String name) {
    Path run = run(name);
    StructType copies = table(run, "copies").schema();
    assertType(copies, "minhash", DataTypes.createArrayType(DataTypes.LongType, true));
    assertType(copies, "published_date", DataTypes.DateType);
    assertType(copies, "byte_size", DataTypes.LongType);
    assertType(copies, "shingles", DataTypes.createArrayType(DataTypes.LongType, true));
    StructType assignments = table(run, "assignments").schema();
    assertType(assignments, "jaccard_to_canonical", DataTypes.DoubleType);
    assertType(assignments, "is_canonical", DataTypes.BooleanType);
    assertType(assignments, "article_version", DataTypes.IntegerType);
    assertType(copies, "metadata_rules", DataTypes.createMapType(DataTypes.StringType, DataTypes.StringType, true));
    assertType(copies, "stripped_blocks", DataTypes.createMapType(DataTypes.StringType, DataTypes.IntegerType, true));
    StructType articles = table(run, "articles").schema();
    for (String list : List.of("urls", "copy_ids", "sources")) {
      assertType(articles, list, DataTypes.createArrayType(DataTypes.StringType, true));
    }
    assertType(articles, "published_date", DataTypes.DateType);
    assertType(articles, "field_sources", DataTypes.createMapType(DataTypes.StringType, DataTypes.StringType, true));

    // The values, not just the types: Spark's own functions work on them, through the latest-state views.
    latestViews(run);
    Row minhash = spark.sql("SELECT min(size(minhash)), max(size(minhash)) FROM copies").first();
    assertEquals(128, minhash.getInt(0));
    assertEquals(128, minhash.getInt(1));
    Row seeds = spark.sql("SELECT a.published_date, a.copy_count, size(a.copy_ids), a.agency, "
        + "array_contains(a.copy_ids, c.copy_id), element_at(a.field_sources, 'title') IS NOT NULL "
        + "FROM articles a JOIN copies c ON c.article_id = a.article_id "
        + "WHERE c.relative_path = '000_6c056e0bb85963ea.txt'").first();
    assertEquals(LocalDate.of(2025, 2, 4), seeds.getDate(0).toLocalDate());
    assertEquals(2, seeds.getInt(1));
    assertEquals(2, seeds.getInt(2));
    assertEquals("AFP", seeds.getString(3));
    assertTrue(seeds.getBoolean(4));
    assertTrue(seeds.getBoolean(5));
    List<Row> perArticle = spark.sql("SELECT size(copy_ids) = copy_count FROM articles").collectAsList();
    assertTrue(perArticle.stream().allMatch(r -> r.getBoolean(0)), "copy_ids must list every copy");
  }

  @ParameterizedTest
  @ValueSource(strings = {"direct", "flink-embedded"})
  void theShippedSparkQueriesRun(String name) throws Exception {
    Path run = run(name);
    List<Path> queries;
    try (Stream<Path> files = Files.list(QUERIES)) {
      queries = files.filter(p -> p.toString().endsWith(".sql") && !p.endsWith("latest.sql")).sorted().toList();
    }
    latestViews(run);
    Map<String, Long> expectedRows = Map.of("articles.sql", 8L,
        "copies.sql", table(run, "copies").count(),
        "rejects.sql", table(run, "rejects").select("reason", "stage").distinct().count());
    assertEquals(4, queries.size(), queries.toString());
    for (Path query : queries) {
      String sql = withoutComments(Files.readString(query));
      List<Row> rows = spark.sql(sql).collectAsList();
      String file = query.getFileName().toString();
      if (expectedRows.containsKey(file)) {
        assertEquals(expectedRows.get(file), (long) rows.size(), file);
      } else {
        assertTrue(!rows.isEmpty(), file + " returned no rows");
      }
      System.out.println("SparkReadsTablesTest: " + name + "/" + file + ": " + rows.size() + " rows"
          + (rows.isEmpty() ? "" : ", first " + rows.get(0)));
    }
  }

  /** Runs pipelines/queries/spark/latest.sql on the run's tables: the views the shipped queries read. */
  private static void latestViews(Path run) {
    try {
      String script = Files.readString(QUERIES.resolve("latest.sql")).replace("`archive/", "`" + run + "/");
      for (String statement : withoutComments(script).split(";")) {
        if (!statement.isBlank()) {
          spark.sql(statement);
        }
      }
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static String withoutComments(String sql) {
    return sql.lines().filter(l -> !l.strip().startsWith("--")).reduce("", (a, b) -> a + "\n" + b);
  }

  private static void assertType(StructType schema, String column, DataType expected) {
    DataType actual = schema.apply(column).dataType();
    if (expected instanceof ArrayType || expected instanceof MapType) {
      // Nullability of elements and values depends on the writer; the shape and the element types must match.
      assertEquals(expected.simpleString(), actual.simpleString(), column);
    } else {
      assertEquals(expected, actual, column);
    }
  }
}
