package dev.newsfold.report;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The report's numbers, queried from the published tables through the latest-state views, each with
 * this run's part (rows whose {@code run} column is this run) beside the archive's latest state.
 */
final class ReportFigures {
  /** Outlets and folders beyond this many are summed into one "other" row. */
  static final int TOP = 15;
  private final Connection db;
  private final String run;

  /** @param runName the run's folder name, run=NNNNNN */
  ReportFigures(Connection db, String runName) {
    this.db = db;
    this.run = runName.substring(runName.indexOf('=') + 1);
  }

  /** Totals of the latest state and of this run's rows, table by table. */
  Breakdown totals() throws SQLException {
    return breakdown("totals", "Archive and this run", "Latest state of the archive, and the rows this run wrote.",
        List.of("rows", "latest state", "this run"), """
        SELECT 'articles', (SELECT count(*) FROM articles),
               (SELECT count(*) FROM article_versions WHERE run = $run), 1
        UNION ALL SELECT 'copies', (SELECT count(*) FROM copies), (SELECT count(*) FROM copies WHERE run = $run), 2
        UNION ALL SELECT 'rejects', (SELECT count(*) FROM rejects), (SELECT count(*) FROM rejects WHERE run = $run), 3
        UNION ALL SELECT 'entities', (SELECT count(*) FROM entities), NULL, 4
        UNION ALL SELECT 'runs', (SELECT count(DISTINCT run) FROM article_versions), NULL, 5
        ORDER BY 4""");
  }

  /** How many articles have 1, 2, 3, ... copies; this run's column counts the article versions it wrote. */
  Breakdown copiesPerArticle() throws SQLException {
    return breakdown("copies-per-article", "Articles by number of copies",
        "How widely stories were syndicated: articles (latest state) per copy count; this run: the article "
            + "versions it wrote (new or changed).",
        List.of("copies", "articles", "this run"), """
        WITH latest AS (SELECT copy_count AS n, count(*) AS articles FROM articles GROUP BY 1),
             run AS (SELECT copy_count AS n, count(*) AS versions FROM article_versions WHERE run = $run GROUP BY 1)
        SELECT n::VARCHAR, coalesce(articles, 0), coalesce(versions, 0), n
        FROM latest FULL OUTER JOIN run USING (n) ORDER BY n""");
  }

  /** Copies per outlet: the host of each copy's canonical URL. */
  Breakdown copiesByOutlet() throws SQLException {
    return topWithOther("outlets", "Copies by outlet",
        "The host of each copy's canonical URL (www. dropped); copies that give no URL count as (no URL).",
        "outlet", "coalesce(nullif(regexp_extract(canonical_url, '^[a-zA-Z]+://(www\\.)?([^/:?#]+)', 2), ''), '(no URL)')");
  }

  /** Copies per source folder: the folder of each file below the input root. */
  Breakdown copiesByFolder() throws SQLException {
    return topWithOther("folders", "Copies by source folder",
        "The folder of each archived file below its run's input root ('.' for the root itself).",
        "folder", "CASE WHEN contains(relative_path, '/') THEN regexp_replace(relative_path, '/[^/]*$', '') ELSE '.' END");
  }

  /** The ten most-copied stories with their canonical titles and where they came from. */
  List<List<String>> topStories() throws SQLException {
    return table("""
        SELECT coalesce(title, '(untitled)'), copy_count::VARCHAR, coalesce(agency, ''),
               coalesce(published_date::VARCHAR, ''), array_to_string(sources, ', '), article_id
        FROM articles ORDER BY copy_count DESC, published_date DESC NULLS LAST, article_id LIMIT 10""");
  }

  Breakdown rejectsByReason() throws SQLException {
    return breakdown("rejects", "Rejects by reason", "Files that did not become copies, by stage and reason.",
        List.of("stage: reason", "files", "this run"), """
        SELECT stage || ': ' || reason, count(*), count(*) FILTER (WHERE run = $run), 0
        FROM rejects GROUP BY stage, reason ORDER BY 2 DESC, 1""");
  }

  Breakdown boilerplateByRule() throws SQLException {
    return breakdown("boilerplate", "Boilerplate stripped, by rule",
        "Blocks and metadata lines removed from the copies, per rule (corpus_repeated: paragraphs found in "
            + "copies of several different stories).",
        List.of("rule", "blocks", "this run"), """
        WITH stripped AS (SELECT run, unnest(map_keys(stripped_blocks)) AS rule,
                                 unnest(map_values(stripped_blocks)) AS n FROM copies)
        SELECT rule, sum(n)::BIGINT, coalesce(sum(n) FILTER (WHERE run = $run), 0)::BIGINT, 0
        FROM stripped GROUP BY rule ORDER BY 2 DESC, 1""");
  }

  Breakdown entities() throws SQLException {
    return breakdown("entities", "Entities mentioned in the most articles",
        "People, organizations, places and other names (latest entities snapshot), by articles that mention them.",
        List.of("entity", "articles", "mentions"), """
        SELECT entity_key || ' (' || lower(type) || ')', article_count, mention_count, 0
        FROM entities ORDER BY article_count DESC, mention_count DESC, entity_key, type LIMIT 15""");
  }

  private Breakdown topWithOther(String id, String title, String note, String label, String expression)
      throws SQLException {
    return breakdown(id, title, note, List.of(label, "copies", "this run"), """
        WITH labelled AS (SELECT %s AS label, run FROM copies),
             counted AS (SELECT label, count(*) AS n, count(*) FILTER (WHERE run = $run) AS this_run,
                                row_number() OVER (ORDER BY count(*) DESC, label) AS rank
                         FROM labelled GROUP BY label)
        SELECT CASE WHEN rank <= %d THEN label ELSE '(other)' END AS shown, sum(n)::BIGINT,
               sum(this_run)::BIGINT, min(rank)
        FROM counted GROUP BY shown ORDER BY min(rank)""".formatted(expression, TOP));
  }

  /** Rows of (label, count, count, order): the order column sorts only and is not shown. */
  private Breakdown breakdown(String id, String title, String note, List<String> columns, String sql)
      throws SQLException {
    List<Breakdown.Row> rows = new ArrayList<>();
    try (PreparedStatement s = db.prepareStatement(sql.replace("$run", "'" + run + "'"));
        ResultSet rs = s.executeQuery()) {
      while (rs.next()) {
        List<Long> counts = new ArrayList<>();
        for (int c = 2; c < columns.size() + 1; c++) {
          long value = rs.getLong(c);
          counts.add(rs.wasNull() ? null : value);
        }
        rows.add(new Breakdown.Row(rs.getString(1), counts));
      }
    }
    return new Breakdown(id, title, note, columns, rows);
  }

  private List<List<String>> table(String sql) throws SQLException {
    List<List<String>> rows = new ArrayList<>();
    try (PreparedStatement s = db.prepareStatement(sql); ResultSet rs = s.executeQuery()) {
      int columns = rs.getMetaData().getColumnCount();
      while (rs.next()) {
        List<String> row = new ArrayList<>();
        for (int c = 1; c <= columns; c++) {
          row.add(rs.getString(c));
        }
        rows.add(row);
      }
    }
    return rows;
  }
}
