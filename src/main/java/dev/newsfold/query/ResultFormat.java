package dev.newsfold.query;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintStream;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** How a query's rows are printed: an aligned table for people, CSV or JSON for programs. */
public enum ResultFormat {
  TABLE, CSV, JSON;

  /** Table cells longer than this are cut (with …): a body_text column would otherwise fill the screen. */
  static final int MAX_CELL = 60;

  public static ResultFormat parse(String name) {
    try {
      return valueOf(name.toUpperCase(java.util.Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("--format must be table, csv or json, not " + name);
    }
  }

  /** Prints every row of {@code rows}; returns how many. */
  public int print(ResultSet rows, PrintStream out) throws SQLException {
    ResultSetMetaData meta = rows.getMetaData();
    int columns = meta.getColumnCount();
    List<String> names = new ArrayList<>();
    boolean[] numeric = new boolean[columns];
    for (int c = 1; c <= columns; c++) {
      names.add(meta.getColumnLabel(c));
      numeric[c - 1] = isNumeric(meta.getColumnType(c), meta.getColumnTypeName(c));
    }
    List<Object[]> values = new ArrayList<>();
    while (rows.next()) {
      Object[] row = new Object[columns];
      for (int c = 1; c <= columns; c++) {
        row[c - 1] = plain(rows.getObject(c));
      }
      values.add(row);
    }
    switch (this) {
      case TABLE -> printTable(names, numeric, values, out);
      case CSV -> printCsv(names, values, out);
      case JSON -> printJson(names, values, out);
    }
    out.flush();
    return values.size();
  }

  private static void printTable(List<String> names, boolean[] numeric, List<Object[]> rows, PrintStream out) {
    int[] width = new int[names.size()];
    List<String[]> cells = new ArrayList<>();
    for (int c = 0; c < names.size(); c++) {
      width[c] = names.get(c).length();
    }
    for (Object[] row : rows) {
      String[] text = new String[row.length];
      for (int c = 0; c < row.length; c++) {
        text[c] = cut(row[c] == null ? "NULL" : String.valueOf(row[c]).replaceAll("\\s+", " "));
        width[c] = Math.max(width[c], text[c].length());
      }
      cells.add(text);
    }
    StringBuilder header = new StringBuilder();
    StringBuilder rule = new StringBuilder();
    for (int c = 0; c < names.size(); c++) {
      String gap = c == 0 ? "" : "  ";
      header.append(gap).append(pad(names.get(c), width[c], numeric[c]));
      rule.append(gap).append("-".repeat(width[c]));
    }
    out.println(header.toString().stripTrailing());
    out.println(rule);
    for (String[] row : cells) {
      StringBuilder line = new StringBuilder();
      for (int c = 0; c < row.length; c++) {
        line.append(c == 0 ? "" : "  ").append(pad(row[c], width[c], numeric[c]));
      }
      out.println(line.toString().stripTrailing());
    }
    out.println("(" + rows.size() + (rows.size() == 1 ? " row)" : " rows)"));
  }

  private static void printCsv(List<String> names, List<Object[]> rows, PrintStream out) {
    out.println(String.join(",", names.stream().map(ResultFormat::csvField).toList()));
    for (Object[] row : rows) {
      out.println(String.join(",", Arrays.stream(row).map(v -> v == null ? "" : csvField(String.valueOf(v))).toList()));
    }
  }

  private static void printJson(List<String> names, List<Object[]> rows, PrintStream out) {
    List<Map<String, Object>> objects = new ArrayList<>();
    for (Object[] row : rows) {
      Map<String, Object> object = new LinkedHashMap<>();
      for (int c = 0; c < row.length; c++) {
        object.put(names.get(c), row[c]);
      }
      objects.add(object);
    }
    try {
      out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(objects));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** JDBC values as plain Java values: lists for arrays, strings for dates, times and other objects. */
  static Object plain(Object value) throws SQLException {
    if (value == null || value instanceof Number || value instanceof Boolean || value instanceof String) {
      return value;
    }
    if (value instanceof Array array) {
      List<Object> list = new ArrayList<>();
      for (Object element : (Object[]) array.getArray()) {
        list.add(plain(element));
      }
      return list;
    }
    if (value instanceof Map<?, ?> map) {
      Map<String, Object> plainMap = new LinkedHashMap<>();
      for (Map.Entry<?, ?> e : new java.util.TreeMap<>(map).entrySet()) {
        plainMap.put(String.valueOf(e.getKey()), plain(e.getValue()));
      }
      return plainMap;
    }
    return value.toString();
  }

  private static String csvField(String value) {
    if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
      return "\"" + value.replace("\"", "\"\"") + "\"";
    }
    return value;
  }

  private static String cut(String text) {
    return text.length() <= MAX_CELL ? text : text.substring(0, MAX_CELL - 1) + "…";
  }

  private static String pad(String text, int width, boolean right) {
    String space = " ".repeat(width - text.length());
    return right ? space + text : text + space;
  }

  private static boolean isNumeric(int sqlType, String typeName) {
    if (typeName.equals("HUGEINT") || typeName.startsWith("DECIMAL") || typeName.startsWith("U")
        && typeName.endsWith("INT")) {
      return true; // DuckDB types JDBC has no code for: sum() of integers is a HUGEINT
    }
    return switch (sqlType) {
      case Types.TINYINT, Types.SMALLINT, Types.INTEGER, Types.BIGINT, Types.FLOAT, Types.REAL, Types.DOUBLE,
          Types.DECIMAL, Types.NUMERIC -> true;
      default -> false;
    };
  }
}
