package dev.newsfold.ingest;

import static org.junit.Assert.assertEquals;

import dev.newsfold.model.RawCopy;
import dev.newsfold.model.Reject;
import dev.newsfold.model.RejectReason;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/** ReadArticleFiles on real files: readable ones become copies, the rest rejects with their reason. */
public class ReadArticleFilesPipelineTest {
  @Rule
  public final transient TestPipeline pipeline = TestPipeline.create();
  @Rule
  public final transient TemporaryFolder folder = new TemporaryFolder();

  @Test
  public void everyFileBecomesACopyOrARejectWithItsReason() throws Exception {
    Path root = folder.getRoot().toPath();
    Files.writeString(root.resolve("story.txt"), "A headline\n\nA paragraph of news.\n");
    Files.createDirectories(root.resolve("nested"));
    Files.write(root.resolve("nested/cp1252.txt"), "Caf\u00e9 owners said \u201cno\u201d.".getBytes("windows-1252"));
    Files.write(root.resolve("empty.txt"), new byte[0]);
    Files.write(root.resolve("binary.txt"), new byte[] {0, 1, 2, 3, 4, 5, 6, 7, 0, 0, 0, 9, 0, 0});
    ByteArrayOutputStream gz = new ByteArrayOutputStream();
    try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
      out.write("Gzipped story text, long enough to compress.".repeat(20).getBytes(StandardCharsets.UTF_8));
    }
    byte[] whole = gz.toByteArray();
    Files.write(root.resolve("story.txt.gz"), whole);
    Files.write(root.resolve("truncated.txt.gz"), java.util.Arrays.copyOf(whole, whole.length / 2));

    PCollectionTuple read = pipeline.apply(ReadArticleFiles.from(InputPattern.of(root.toString()), 1 << 20, 1 << 20));
    PAssert.that(read.get(ReadArticleFiles.COPIES)).satisfies(copies -> {
      Map<String, RawCopy> byPath = new HashMap<>();
      copies.forEach(c -> byPath.put(c.relativePath(), c));
      assertEquals(3, byPath.size());
      assertEquals("windows-1252", byPath.get("nested/cp1252.txt").charset());
      assertEquals("gzip", byPath.get("story.txt.gz").compression());
      assertEquals("none", byPath.get("story.txt").compression());
      return null;
    });
    PAssert.that(read.get(ReadArticleFiles.REJECTS)).satisfies(rejects -> {
      Map<String, RejectReason> byName = new HashMap<>();
      for (Reject r : rejects) {
        byName.put(Path.of(r.sourcePath()).getFileName().toString(), r.reason());
      }
      assertEquals(Map.of("empty.txt", RejectReason.EMPTY_FILE, "binary.txt", RejectReason.BINARY_CONTENT,
          "truncated.txt.gz", RejectReason.CORRUPT_COMPRESSION), byName);
      return null;
    });
    pipeline.run().waitUntilFinish();
  }
}
