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
import java.io.UncheckedIOException;
import java.util.stream.Collectors;

/**
 * Reads an archive back with DuckDB, as users do: pipelines/queries/latest.sql defines one view per
 * table over the archive's latest state (and article_versions over every version).
 */
public final class ArchiveTables {
  public static final Path LATEST_VIEWS = Path.of("pipelines/queries/latest.sql");

  private ArchiveTables() {}

  public static Connection open(Path archive) throws SQLException {
    Connection db = DriverManager.getConnection("jdbc:duckdb:");
    try (Statement s = db.createStatement()) {
      for (String statement : latestViews(archive)) {
        s.execute(statement);
      }
    }
    return db;
  }

  /** The statements of latest.sql, reading {@code archive} instead of archive/. */
  public static List<String> latestViews(Path archive) {
    try {
      String script = Files.readString(LATEST_VIEWS).replace("'archive/", "'" + archive + "/");
      List<String> statements = new ArrayList<>();
      for (String statement : script.split(";\\s*\\n")) {
        String sql = statement.lines().filter(l -> !l.strip().startsWith("--")).collect(Collectors.joining("\n"));
        if (!sql.isBlank()) {
          statements.add(sql);
        }
      }
      return statements;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The first column of every row of a query, as strings. */
  public static List<String> strings(Path archive, String sql) throws SQLException {
    List<String> out = new ArrayList<>();
    try (Connection db = open(archive); Statement s = db.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      while (rs.next()) {
        out.add(rs.getString(1));
      }
    }
    return out;
  }
}
