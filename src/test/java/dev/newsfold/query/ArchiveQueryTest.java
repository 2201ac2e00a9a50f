package dev.newsfold.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsfold.SampleRunOnConsole;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The query command on a fresh archive of the sample (plus one empty file, rejected). */
class ArchiveQueryTest {
  private static final Pattern ROW_COUNT = Pattern.compile("\\((\\d+) rows?\\)\\s*$");

  record Outcome(int exit, String out, String err) {}

  static Outcome query(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exit = ArchiveQuery.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Outcome(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  private static String archiveArg() {
    return "--archive=" + SampleRunOnConsole.get().archive;
  }

  @Test
  void everyShippedQueryRunsByNameAndPrintsRows() {
    for (String name : ShippedQueries.NAMES) {
      Outcome outcome = query(archiveArg(), name);
      assertEquals(0, outcome.exit(), name + ": " + outcome.err());
      Matcher rows = ROW_COUNT.matcher(outcome.out());
      assertTrue(rows.find(), name + " printed no row count:\n" + outcome.out());
      assertTrue(Integer.parseInt(rows.group(1)) > 0, name + " printed no rows:\n" + outcome.out());
      List<String> lines = outcome.out().lines().toList();
      assertTrue(lines.get(1).matches("-+(  -+)*"), "a rule under the header: " + lines.get(1));
      assertTrue(lines.get(0).stripTrailing().length() <= lines.get(1).length(), "aligned: " + lines.get(0));
    }
  }

  @Test
  void theArticlesTableIsAligned() {
    Outcome outcome = query(archiveArg(), "SELECT title, copy_count FROM articles ORDER BY copy_count DESC, title LIMIT 3");
    List<String> lines = outcome.out().lines().toList();
    int column = lines.get(1).indexOf("  ") + 2;
    for (String line : lines.subList(2, 5)) {
      assertTrue(line.substring(column).strip().matches("\\d+"), "copy_count in its column: " + line);
      assertEquals(lines.get(1).length(), line.length(), "numbers right-aligned to the rule: " + line);
    }
    assertTrue(lines.get(2).endsWith(" 5"), lines.get(2));
    assertEquals("(3 rows)", lines.get(5));
  }

  @Test
  void csvAndJsonCarryEveryValueWhole() throws Exception {
    Outcome csv = query(archiveArg(), "--format=csv", "SELECT reason, stage, byte_size FROM rejects");
    assertEquals("reason,stage,byte_size\nempty_file,read,0\n", csv.out());
    Outcome json = query(archiveArg(), "--format=json",
        "SELECT copy_count, sources, title FROM articles ORDER BY copy_count DESC, title LIMIT 1");
    JsonNode rows = new ObjectMapper().readTree(json.out());
    assertEquals(1, rows.size());
    assertEquals(5, rows.get(0).get("copy_count").asInt());
    assertTrue(rows.get(0).get("sources").isArray() && rows.get(0).get("sources").size() == 3, json.out());
  }

  @Test
  void aSqlFileRunsAfterItsOwnStatements(@TempDir Path temp) throws Exception {
    Path file = temp.resolve("two.sql");
    Files.writeString(file, "-- two statements: the last one's rows are printed\n"
        + "CREATE TEMP TABLE big AS SELECT * FROM articles WHERE copy_count > 1;\nSELECT count(*) AS n FROM big;\n");
    Outcome outcome = query(archiveArg(), file.toString());
    assertEquals(0, outcome.exit(), outcome.err());
    assertEquals(List.of("n", "-", "3", "(1 row)"), outcome.out().lines().toList());
  }

  @Test
  void badSqlGivesDuckDbsMessageAndExitOne() {
    Outcome outcome = query(archiveArg(), "SELECT nonsense FROM articles");
    assertEquals(1, outcome.exit());
    assertTrue(outcome.err().startsWith("query: Binder Error: Referenced column \"nonsense\" not found"), outcome.err());
    assertEquals("", outcome.out());
  }

  @Test
  void aFolderThatIsNotAnArchiveIsSaidClearly(@TempDir Path temp) {
    Outcome outcome = query("--archive=" + temp, "articles");
    assertEquals(2, outcome.exit());
    assertEquals("query: " + temp + " is not a newsfold archive: it has no copies/run=NNNNNN/*.parquet "
        + "(a run writes one with --output=" + temp + ")\n", outcome.err());
    Outcome missing = query("--archive=" + temp.resolve("nowhere"), "articles");
    assertEquals(2, missing.exit());
    assertTrue(missing.err().contains("is not a folder"), missing.err());
  }

  @Test
  void noArgumentListsTheShippedQueries() {
    Outcome outcome = query();
    assertEquals(0, outcome.exit());
    for (String name : ShippedQueries.NAMES) {
      assertTrue(outcome.out().contains("  " + name + " "), name);
    }
  }
}
