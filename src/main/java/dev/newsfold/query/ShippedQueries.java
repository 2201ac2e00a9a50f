package dev.newsfold.query;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The queries of pipelines/queries/, read from the classpath (the build copies them to
 * newsfold/queries/), so that the query command and the report run exactly what the DuckDB CLI runs
 * from the folder.
 */
public final class ShippedQueries {
  /** The latest-state views every other query starts from. */
  public static final String LATEST_VIEWS = "latest";
  /** The queries a user runs by name; ShippedQueriesTest checks this is every .sql file of the folder. */
  public static final List<String> NAMES = List.of("articles", "copies", "rejects", "boilerplate", "entities", "crawl_dates",
      "organizations_with_person", "articles_mentioning_both", "article_history");
  private static final String FOLDER = "newsfold/queries/";

  private ShippedQueries() {}

  public static boolean isShipped(String name) {
    return NAMES.contains(name);
  }

  /** The SQL of a shipped query (or of latest.sql), comments included. */
  public static String sql(String name) {
    if (!isShipped(name) && !name.equals(LATEST_VIEWS)) {
      throw new IllegalArgumentException("no shipped query named " + name + "; there are " + NAMES);
    }
    try (InputStream in = ShippedQueries.class.getClassLoader().getResourceAsStream(FOLDER + name + ".sql")) {
      if (in == null) {
        throw new IllegalStateException(FOLDER + name + ".sql is missing from the classpath: build with mvn compile");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The first comment line of a shipped query: what it answers. */
  public static String description(String name) {
    return sql(name).lines().filter(l -> l.startsWith("--")).findFirst()
        .map(l -> l.substring(2).strip()).orElse("");
  }
}
