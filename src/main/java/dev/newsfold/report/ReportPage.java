package dev.newsfold.report;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The report as one HTML page: inline style, charts as data URIs, nothing fetched. */
final class ReportPage {
  private final StringBuilder html = new StringBuilder();

  ReportPage(String title) {
    html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
        .append(escape(title)).append("</title>\n<style>\n")
        .append("body{font-family:sans-serif;margin:2em auto;max-width:70em;color:#222;padding:0 1em}\n")
        .append("h1{font-size:1.6em}h2{font-size:1.25em;margin-top:2em;border-bottom:1px solid #ccc}\n")
        .append("table{border-collapse:collapse;margin:.5em 0}td,th{border:1px solid #ddd;padding:.25em .6em;")
        .append("text-align:left;vertical-align:top}th{background:#f3f3f3}td.num{text-align:right}\n")
        .append("p.note{color:#555}img.chart{display:block;max-width:100%;margin:.5em 0}\n")
        .append(".ok{color:#186a18;font-weight:bold}.failed{color:#a01010;font-weight:bold}\n")
        .append("</style>\n</head>\n<body>\n<h1>").append(escape(title)).append("</h1>\n");
  }

  void paragraph(String text) {
    html.append("<p>").append(escape(text)).append("</p>\n");
  }

  /** A section of label/value lines (the accounting). */
  void facts(String id, String title, Map<String, String> facts, String statusClass, String status) {
    open(id, title);
    html.append("<p class=\"").append(statusClass).append("\">").append(escape(status)).append("</p>\n<table>\n");
    for (Map.Entry<String, String> fact : facts.entrySet()) {
      html.append("<tr><th>").append(escape(fact.getKey())).append("</th><td class=\"num\">")
          .append(escape(fact.getValue())).append("</td></tr>\n");
    }
    html.append("</table>\n</section>\n");
  }

  /** A breakdown: its note, its chart if there is one, and its numbers. */
  void breakdown(Breakdown figure, Optional<String> chart) {
    open(figure.id(), figure.title());
    html.append("<p class=\"note\">").append(escape(figure.note())).append("</p>\n");
    if (figure.isEmpty()) {
      html.append("<p class=\"empty\">None.</p>\n</section>\n");
      return;
    }
    chart.ifPresent(uri -> html.append("<img class=\"chart\" alt=\"").append(escape(figure.title()))
        .append("\" src=\"").append(uri).append("\">\n"));
    html.append("<table>\n<tr>");
    for (String column : figure.columns()) {
      html.append("<th>").append(escape(column)).append("</th>");
    }
    html.append("</tr>\n");
    for (Breakdown.Row row : figure.rows()) {
      html.append("<tr><td>").append(escape(row.label())).append("</td>");
      for (Long count : row.counts()) {
        html.append("<td class=\"num\">").append(count == null ? "" : String.format("%,d", count)).append("</td>");
      }
      html.append("</tr>\n");
    }
    html.append("</table>\n</section>\n");
  }

  /** A plain table. */
  void table(String id, String title, String note, List<String> columns, List<List<String>> rows, int numericColumn) {
    open(id, title);
    html.append("<p class=\"note\">").append(escape(note)).append("</p>\n");
    if (rows.isEmpty()) {
      html.append("<p class=\"empty\">None.</p>\n</section>\n");
      return;
    }
    html.append("<table>\n<tr>");
    for (String column : columns) {
      html.append("<th>").append(escape(column)).append("</th>");
    }
    html.append("</tr>\n");
    for (List<String> row : rows) {
      html.append("<tr>");
      for (int c = 0; c < columns.size(); c++) {
        html.append(c == numericColumn ? "<td class=\"num\">" : "<td>").append(escape(row.get(c))).append("</td>");
      }
      html.append("</tr>\n");
    }
    html.append("</table>\n</section>\n");
  }

  String finish() {
    return html.append("</body>\n</html>\n").toString();
  }

  private void open(String id, String title) {
    html.append("<section id=\"").append(id).append("\">\n<h2>").append(escape(title)).append("</h2>\n");
  }

  static String escape(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
