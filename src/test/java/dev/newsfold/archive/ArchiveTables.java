package dev.newsfold.archive;

import dev.newsfold.query.ArchiveDatabase;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads an archive back with DuckDB, as users do: pipelines/queries/latest.sql defines one view per
 * table over the archive's latest state (and article_versions over every version).
 */
public final class ArchiveTables {
  public static final Path LATEST_VIEWS = Path.of("pipelines/queries/latest.sql");

  private ArchiveTables() {}

  /** The archive opened as the query command opens it: latest.sql's views over {@code archive}. */
  public static Connection open(Path archive) throws SQLException {
    return ArchiveDatabase.open(archive.toString());
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
