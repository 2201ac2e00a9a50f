package dev.newsfold;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** What a user sees on the console: progress lines, the summary, and no library log noise by default. */
class ConsoleOutputTest {
  /** slf4j-simple's line: time, [thread], level, logger. */
  private static final Pattern LIBRARY_LOG_LINE = Pattern.compile("^\\d\\d:\\d\\d:\\d\\d \\[[^\\]]*\\] (WARN|INFO|DEBUG) ");
  private static final Pattern PROGRESS = Pattern.compile(
      "^(progress|done    ) \\d+:\\d\\d:\\d\\d  [\\d,]+ files read, [\\d,]+ parsed, [\\d,]+ fingerprinted, .*files/s\\)$");

  @Test
  void aRunPrintsProgressAndNoLibraryWarnings() {
    SampleRunOnConsole run = SampleRunOnConsole.get();
    assertEquals(0, run.exitCode, run.stderr);
    String console = run.stdout + run.stderr;
    List<String> progress = console.lines().filter(l -> PROGRESS.matcher(l).matches()).toList();
    assertTrue(progress.size() >= 2, "progress lines while running and a final one:\n" + console);
    assertTrue(progress.get(progress.size() - 1).startsWith("done     "), progress.toString());
    assertTrue(progress.get(progress.size() - 1).contains("15 files read, 14 parsed, 14 fingerprinted"),
        progress.get(progress.size() - 1));
    List<String> noise = console.lines().filter(l -> LIBRARY_LOG_LINE.matcher(l).find()
        || l.contains("exceeded the 80 characters length limit") || l.startsWith("WARNING:")).toList();
    assertTrue(noise.isEmpty(), "library log lines on a default run:\n" + String.join("\n", noise));
  }

  @Test
  void theSummaryEndsWithTheQueryCommandAndTheReport() {
    SampleRunOnConsole run = SampleRunOnConsole.get();
    List<String> lines = run.stdout.strip().lines().toList();
    String query = lines.get(lines.size() - 2);
    String report = lines.get(lines.size() - 1);
    assertEquals("  query           : pipelines/query.sh --archive=" + run.archive + " articles"
        + "   (or any SQL; no argument lists the queries)", query);
    assertEquals("  report          : " + run.archive.resolve("reports/run=000001/report.html"), report);
    assertTrue(Files.isRegularFile(Path.of(report.substring(report.indexOf(':') + 2))));
  }

  @Test
  void verboseIsReadFromTheRawArguments() {
    assertTrue(ConsoleLogging.isVerbose(new String[] {"--input=x", "--verbose"}));
    assertTrue(ConsoleLogging.isVerbose(new String[] {"--verbose=true"}));
    assertFalse(ConsoleLogging.isVerbose(new String[] {"--verbose=false", "--input=verbose"}));
  }
}
