package dev.newsfold.runners;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsfold.RunSummary;
import dev.newsfold.NewsfoldPipeline;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files at the size caps on embedded Flink, whose batch sort fails the whole run on an element larger than its
 * sort buffer: a text file of short lines (a log or a table saved as text) becomes a copy of one paragraph per
 * line, whose elements grow with the file. At the default cap it is archived; past it, rejected as too_large.
 * With the caps at 64 MiB, the 8.9 MB file here failed the run with "The record exceeds the maximum size of a sort
 * buffer" while the tables were written through a shuffle into shards (the whole copy, about 4 times the file);
 * since they are not, it runs, in 160 s, and a 61 MB one still fails, in the assembly (see the README's Bad input).
 */
class FlinkLargeFilesTest {
  @Test
  void aFileOfShortLinesAtTheDefaultCapIsArchivedAndOneTwiceAsLargeIsRejected(@TempDir Path temp) throws Exception {
    Path input = Files.createDirectories(temp.resolve("input"));
    long cap = FlinkEmbeddedRunnerTest.options().getMaxFileBytes();
    writeNumberedLines(input.resolve("log-at-the-cap.txt"), cap);
    writeNumberedLines(input.resolve("log-over-twice-the-cap.txt"), 2 * cap + cap / 8);
    Files.writeString(input.resolve("story.txt"), """
        Harbour pilots end strike after pay deal

        Harbour pilots returned to work on Tuesday after union leaders accepted a two-year pay offer, ending a \
        week-long strike that had left dozens of cargo ships waiting at anchor outside the port.
        """);
    RunSummary summary = NewsfoldPipeline.run(FlinkEmbeddedRunnerTest.options("--runner=FlinkRunner",
        "--flinkMaster=[local]", "--parallelism=2", "--input=" + input, "--output=" + temp.resolve("archive")));
    assertTrue(summary.accountsForEveryFile(), summary.render());
    assertEquals(2, summary.copies(), summary.render());
    assertEquals(1, summary.rejects(), summary.render());
  }

  /** Distinct eight-byte lines up to the size given, each a paragraph of its own. */
  private static void writeNumberedLines(Path file, long bytes) throws IOException {
    try (Writer out = Files.newBufferedWriter(file)) {
      for (long line = 0; (line + 1) * 8 <= bytes; line++) {
        out.write(String.format("%07d%n", line));
      }
    }
    assertTrue(Files.size(file) <= bytes);
  }
}
