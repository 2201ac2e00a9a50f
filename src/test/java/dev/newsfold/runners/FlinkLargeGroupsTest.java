package dev.newsfold.runners;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsfold.RunSummary;
import dev.newsfold.NewsfoldPipeline;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole job on embedded Flink, whose batch groups can be read only once, with one body in more files than
 * Beam's CoGroupByKey keeps in memory (10,000): a crawl's stub page, a press release on every local site. Every
 * file becomes a copy of one article. Before the joins under an article or a representative copy were read once,
 * the job failed here with "GBK result is not re-iterable".
 */
class FlinkLargeGroupsTest {
  private static final int FILES = 10_050;

  @Test
  void aBodyInMoreFilesThanAJoinHoldsInMemoryIsArchivedWhole(@TempDir Path temp) throws Exception {
    Path input = Files.createDirectories(temp.resolve("input"));
    String body = """
        Harbour pilots end strike after pay deal

        Harbour pilots returned to work on Tuesday after union leaders accepted a two-year pay offer, ending a \
        week-long strike that had left dozens of cargo ships waiting at anchor outside the port.

        The port authority said traffic would be back to normal by the weekend.
        """;
    for (int i = 0; i < FILES; i++) {
      Files.writeString(input.resolve(String.format("site%05d.txt", i)), body);
    }
    RunSummary summary = NewsfoldPipeline.run(FlinkEmbeddedRunnerTest.options("--runner=FlinkRunner",
        "--flinkMaster=[local]", "--parallelism=2", "--input=" + input,
        "--output=" + temp.resolve("archive")));
    assertTrue(summary.accountsForEveryFile(), summary.render());
    assertEquals(FILES, summary.copies(), summary.render());
    assertEquals(1, summary.articles(), summary.render());
  }
}
