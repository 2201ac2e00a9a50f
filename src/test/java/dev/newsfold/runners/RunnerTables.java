package dev.newsfold.runners;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** Reads a run's tables back with DuckDB and compares two runs row by row. */
final class RunnerTables {
  static final List<String> TABLES = List.of("copies", "articles", "assignments", "rejects");
  /** Where the runner tests write their tables; the Spark check reads them from here. */
  static final Path ROOT = Path.of("target", "runner-tables");

  private RunnerTables() {}

  /** The sample, by absolute path: source_path is then the same whichever process reads it. */
  static String sampleInput() {
    return Path.of("sample-input").toAbsolutePath() + "/";
  }

  /** An empty folder for one run's tables under {@link #ROOT}. */
  static Path freshOutput(String name) {
    Path dir = ROOT.resolve(name).toAbsolutePath();
    deleteRecursively(dir);
    return dir;
  }

  static void deleteRecursively(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every row of a table as DuckDB renders it (all columns, lists and maps included), sorted. */
  static List<String> rows(Path output, String table) throws SQLException {
    return query("SELECT r::VARCHAR FROM read_parquet('" + parquetGlob(output, table) + "') r ORDER BY 1");
  }

  /** The table's columns and their types, in order. */
  static List<String> columns(Path output, String table) throws SQLException {
    return query("SELECT column_name || ' ' || column_type FROM (DESCRIBE SELECT * FROM read_parquet('"
        + parquetGlob(output, table) + "'))");
  }

  private static String parquetGlob(Path output, String table) {
    Path dir = output.resolve(table);
    try (Stream<Path> files = Files.walk(dir)) {
      assertTrue(files.anyMatch(p -> p.toString().endsWith(".parquet")), "no Parquet file in " + dir);
    } catch (IOException e) {
      fail("no table folder " + dir + ": " + e);
    }
    return dir + "/run=*/*.parquet";
  }

  private static List<String> query(String sql) throws SQLException {
    List<String> out = new ArrayList<>();
    try (Connection db = DriverManager.getConnection("jdbc:duckdb:"); Statement s = db.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      while (rs.next()) {
        out.add(rs.getString(1));
      }
    }
    return out;
  }

  /** Fails, naming the first differing row, unless both runs wrote the same rows and columns in every table. */
  static void assertSameRows(Path expected, Path actual) throws SQLException {
    for (String table : TABLES) {
      assertEquals(columns(expected, table), columns(actual, table), table + ": columns differ");
      List<String> want = rows(expected, table);
      List<String> got = rows(actual, table);
      if (!want.equals(got)) {
        int i = 0;
        while (i < Math.min(want.size(), got.size()) && want.get(i).equals(got.get(i))) {
          i++;
        }
        fail(table + ": " + want.size() + " rows in " + expected + ", " + got.size() + " in " + actual
            + "; first difference at sorted row " + i + ":\n  expected: " + clip(i < want.size() ? want.get(i) : "(none)")
            + "\n  actual:   " + clip(i < got.size() ? got.get(i) : "(none)"));
      }
    }
  }

  private static String clip(String s) {
    return s.length() > 600 ? s.substring(0, 600) + "..." : s;
  }
}
