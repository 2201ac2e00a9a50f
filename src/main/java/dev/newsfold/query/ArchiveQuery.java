package dev.newsfold.query;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The query command: opens an archive in embedded DuckDB with the latest-state views defined and runs
 * a SQL string, a .sql file or a shipped query by name, printing the last statement's rows.
 * Exit status: 0 done, 1 the SQL failed (DuckDB's message), 2 wrong usage or not an archive.
 */
public final class ArchiveQuery {
  static final String USAGE = """
      usage: pipelines/query.sh [--archive=DIR] [--format=table|csv|json] "SELECT ..." | FILE.sql | NAME
        --archive=DIR  the archive to query (default: archive, the default --output of a run)
        --format=F     table (aligned, long cells cut), csv or json (every value whole)
      The views of pipelines/queries/latest.sql are defined first: articles, copies (with their
      assignments), mentions, entities, rejects (the latest state) and article_versions (every version).""";

  private ArchiveQuery() {}

  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }

  /** Runs the command; returns its exit status. */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    String archive = "archive";
    ResultFormat format = ResultFormat.TABLE;
    String what = null;
    try {
      for (String arg : args) {
        if (arg.startsWith("--archive=")) {
          archive = arg.substring("--archive=".length());
        } else if (arg.startsWith("--format=")) {
          format = ResultFormat.parse(arg.substring("--format=".length()));
        } else if (arg.equals("--help") || arg.equals("-h")) {
          out.println(USAGE);
          listShipped(out);
          return 0;
        } else if (arg.startsWith("--") || what != null) {
          throw new IllegalArgumentException("unexpected argument " + arg);
        } else {
          what = arg;
        }
      }
      if (what == null) {
        out.println(USAGE);
        listShipped(out);
        return 0;
      }
      String sql = sqlFor(what);
      try (Connection db = ArchiveDatabase.open(archive); Statement s = db.createStatement()) {
        if (s.execute(sql)) {
          format.print(s.getResultSet(), out);
        }
      }
      return 0;
    } catch (NotAnArchiveException e) {
      err.println("query: " + e.getMessage());
      return 2;
    } catch (IllegalArgumentException e) {
      err.println("query: " + e.getMessage());
      err.println(USAGE);
      return 2;
    } catch (SQLException e) {
      err.println("query: " + duckdbMessage(e));
      return 1;
    }
  }

  /** DuckDB's own message, without the exception class the JDBC driver puts in front of it. */
  static String duckdbMessage(SQLException e) {
    String message = String.valueOf(e.getMessage());
    return message.startsWith("java.sql.SQLException: ") ? message.substring("java.sql.SQLException: ".length()) : message;
  }

  /** A shipped query's name, a .sql file, or SQL itself. */
  static String sqlFor(String what) {
    if (ShippedQueries.isShipped(what)) {
      return ShippedQueries.sql(what);
    }
    if (what.strip().endsWith(".sql") && !what.contains("\n") && !what.contains(" ")) {
      try {
        return Files.readString(Path.of(what));
      } catch (IOException e) {
        throw new IllegalArgumentException("cannot read " + what + ": " + e.getMessage());
      }
    }
    return what;
  }

  private static void listShipped(PrintStream out) {
    out.println("Shipped queries (run one by name):");
    for (String name : ShippedQueries.NAMES) {
      out.printf("  %-26s %s%n", name, ShippedQueries.description(name));
    }
  }
}
