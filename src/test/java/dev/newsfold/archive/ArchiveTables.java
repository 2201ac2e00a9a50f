package dev.newsfold.archive;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Reads a run's tables back with DuckDB, as users do: one view per table over its Parquet files. */
public final class ArchiveTables {
  private ArchiveTables() {}

  public static Connection open(Path output) throws SQLException {
    Connection db = DriverManager.getConnection("jdbc:duckdb:");
    try (Statement s = db.createStatement()) {
      for (String table : TableSchemas.TABLES.keySet()) {
        Path dir = output.resolve(table);
        if (hasParquet(dir)) {
          s.execute("CREATE VIEW " + table + " AS SELECT * FROM read_parquet('" + dir + "/*.parquet')");
        }
      }
    }
    return db;
  }

  /** The first column of every row of a query, as strings. */
  public static List<String> strings(Path output, String sql) throws SQLException {
    List<String> out = new ArrayList<>();
    try (Connection db = open(output); Statement s = db.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      while (rs.next()) {
        out.add(rs.getString(1));
      }
    }
    return out;
  }

  private static boolean hasParquet(Path dir) {
    try (Stream<Path> files = Files.list(dir)) {
      return files.anyMatch(p -> p.toString().endsWith(".parquet"));
    } catch (IOException e) {
      return false;
    }
  }
}
