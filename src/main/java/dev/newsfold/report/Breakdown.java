package dev.newsfold.report;

import java.util.List;

/**
 * One figure of the report: rows of a label and counts (the archive's latest state, and this run's
 * part of it), drawn as a bar chart beside the table of its numbers.
 *
 * @param id the section's HTML id
 * @param columns the label column's name, then one name per count
 * @param rows the label and the counts of each row, in order
 */
public record Breakdown(String id, String title, String note, List<String> columns, List<Row> rows) {
  public record Row(String label, List<Long> counts) {}

  public boolean isEmpty() {
    return rows.isEmpty();
  }
}
