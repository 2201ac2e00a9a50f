package dev.newsfold.query;

import dev.newsfold.archive.ArchiveManifest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * An archive opened in embedded DuckDB (in memory, reading the Parquet files where they are) with the
 * views of pipelines/queries/latest.sql defined over it: the variable {@code archive} that latest.sql
 * reads its paths from is set to the archive's folder first.
 */
public final class ArchiveDatabase {
  private ArchiveDatabase() {}

  /** Opens {@code archive}; throws {@link NotAnArchiveException} for a local folder that holds no run. */
  public static Connection open(String archive) throws SQLException {
    requireArchive(archive);
    Connection db = DriverManager.getConnection("jdbc:duckdb:");
    try (Statement s = db.createStatement()) {
      s.execute("SET VARIABLE archive = " + literal(withoutTrailingSlash(archive)));
      s.execute(ShippedQueries.sql(ShippedQueries.LATEST_VIEWS));
    } catch (SQLException | RuntimeException e) {
      db.close();
      throw e;
    }
    return db;
  }

  /**
   * A local archive holds at least one published run of copies ({@code copies/run=NNNNNN/*.parquet}).
   * Remote paths are left to DuckDB to open.
   */
  public static void requireArchive(String archive) {
    if (archive.contains("://")) {
      return;
    }
    Path copies = Path.of(archive).resolve("copies");
    if (!Files.isDirectory(Path.of(archive))) {
      throw new NotAnArchiveException(archive + " is not a folder: no newsfold archive there "
          + "(a run writes one with --output=" + archive + ")");
    }
    if (!holdsRun(copies)) {
      throw new NotAnArchiveException(archive + " is not a newsfold archive: it has no copies/run=NNNNNN/*.parquet "
          + "(a run writes one with --output=" + archive + ")");
    }
    if (!Files.isRegularFile(Path.of(archive).resolve(ArchiveManifest.FILE))) {
      throw new NotAnArchiveException(archive + " holds tables but no " + ArchiveManifest.FILE + ", which lists its "
          + "published runs: an archive of an older newsfold, or one whose first run never finished");
    }
  }

  private static boolean holdsRun(Path copies) {
    if (!Files.isDirectory(copies)) {
      return false;
    }
    try (DirectoryStream<Path> runs = Files.newDirectoryStream(copies, "run=*")) {
      for (Path run : runs) {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(run, "*.parquet")) {
          if (files.iterator().hasNext()) {
            return true;
          }
        }
      }
      return false;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A SQL string literal. */
  static String literal(String value) {
    return "'" + value.replace("'", "''") + "'";
  }

  private static String withoutTrailingSlash(String path) {
    return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
  }
}
