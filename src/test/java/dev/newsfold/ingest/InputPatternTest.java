package dev.newsfold.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputPatternTest {
  private static final String CWD = Paths.get("").toAbsolutePath().toString();

  @Test
  void folderBecomesRecursiveGlobWithFolderAsBase(@TempDir Path dir) {
    InputPattern p = InputPattern.of(dir.toString());
    assertEquals(dir.toAbsolutePath() + "/**", p.glob());
    assertEquals(dir.toAbsolutePath() + "/", p.base());
    InputPattern withSlash = InputPattern.of(dir + "/");
    assertEquals(p, withSlash);
  }

  @Test
  void relativeFolderIsMadeAbsolute() {
    // sample-input is a folder of the project, the working directory of the tests.
    InputPattern p = InputPattern.of("sample-input");
    assertEquals(CWD + "/sample-input/**", p.glob());
    assertEquals(CWD + "/sample-input/", p.base());
  }

  @Test
  void globKeepsTextBeforeTheFirstWildcardsFolderAsBase() {
    InputPattern p = InputPattern.of("/data/in/2025/*.txt");
    assertEquals("/data/in/2025/*.txt", p.glob());
    assertEquals("/data/in/2025/", p.base());

    InputPattern deep = InputPattern.of("/data/in/**/*.md");
    assertEquals("/data/in/**/*.md", deep.glob());
    assertEquals("/data/in/", deep.base());

    InputPattern partial = InputPattern.of("/data/in/feb*/x.txt");
    assertEquals("/data/in/", partial.base());

    InputPattern bracket = InputPattern.of("/data/in/[0-9][0-9][0-9]_*");
    assertEquals("/data/in/[0-9][0-9][0-9]_*", bracket.glob());
    assertEquals("/data/in/", bracket.base());

    InputPattern braces = InputPattern.of("/data/in/{a,b}/*.txt");
    assertEquals("/data/in/", braces.base());

    InputPattern question = InputPattern.of("/data/in/a?.txt");
    assertEquals("/data/in/", question.base());
  }

  @Test
  void relativeGlobIsMadeAbsolute() {
    InputPattern p = InputPattern.of("sample-input/[0-9][0-9][0-9]_*");
    assertEquals(CWD + "/sample-input/[0-9][0-9][0-9]_*", p.glob());
    assertEquals(CWD + "/sample-input/", p.base());

    InputPattern bare = InputPattern.of("*.txt");
    assertEquals(CWD + "/*.txt", bare.glob());
    assertEquals(CWD + "/", bare.base());
  }

  @Test
  void remoteGlobsAndFoldersStayAsGiven() {
    InputPattern glob = InputPattern.of("gs://bucket/news/2025/*.txt");
    assertEquals("gs://bucket/news/2025/*.txt", glob.glob());
    assertEquals("gs://bucket/news/2025/", glob.base());

    InputPattern folder = InputPattern.of("gs://bucket/news");
    assertEquals("gs://bucket/news/**", folder.glob());
    assertEquals("gs://bucket/news/", folder.base());
  }

  @Test
  void singleFileHasItsFolderAsBase(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("a.txt"), "x");
    InputPattern p = InputPattern.of(file.toString());
    assertEquals(file.toAbsolutePath().toString(), p.glob());
    assertEquals(dir.toAbsolutePath() + "/", p.base());
    assertEquals("a.txt", p.relativize(p.glob()));
  }

  @Test
  void relativeSingleFile() {
    InputPattern p = InputPattern.of("sample-input/000_6c056e0bb85963ea.txt");
    assertEquals(CWD + "/sample-input/000_6c056e0bb85963ea.txt", p.glob());
    assertEquals(CWD + "/sample-input/", p.base());
  }

  @Test
  void inputIsTrimmed() {
    assertEquals(InputPattern.of("/data/in/*.txt"), InputPattern.of("  /data/in/*.txt \n"));
  }

  @Test
  void relativizeGivesPathBelowBase() {
    InputPattern p = InputPattern.of("/data/in/**/*.txt");
    assertEquals("2025/02/a.txt", p.relativize("/data/in/2025/02/a.txt"));
    assertEquals("a.txt", p.relativize("/data/in/a.txt"));
    // Outside the base: left as it is.
    assertEquals("/elsewhere/b.txt", p.relativize("/elsewhere/b.txt"));
    // Backslashes become slashes.
    assertEquals("sub/c.txt", p.relativize("/data/in/sub\\c.txt"));
  }

  @Test
  void relativizeRemotePaths() {
    InputPattern p = InputPattern.of("gs://bucket/news");
    assertEquals("x/y.md", p.relativize("gs://bucket/news/x/y.md"));
  }
}
