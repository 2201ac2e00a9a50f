package dev.newsfold.quality;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.newsfold.ingest.DecodedText;
import dev.newsfold.ingest.TextDecoder;
import dev.newsfold.parse.ArticleParser;
import dev.newsfold.parse.ParsedArticle;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import java.util.stream.Stream;

/**
 * Parses every page of a folder with the job's pure parsing code (decode, detect the format, parse,
 * per-document boilerplate rules; no Beam, so no corpus-level step) and writes one JSON line per page,
 * {"file", "body", "date", "extraction"}, as realpages' score.py reads it. Fast enough to run after every
 * change: {@code java -cp ... dev.newsfold.quality.RealPagesEval PAGES_DIR OUT.jsonl}.
 */
public final class RealPagesEval {
  private static final ObjectMapper JSON = new ObjectMapper();

  private RealPagesEval() {}

  /** One page's result as the scorer reads it. */
  public record Prediction(String file, String body, String date, String extraction, String rejected,
      String dateRule) {}

  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args[0]);
    Path out = Path.of(args[1]);
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files = s.filter(Files::isRegularFile).sorted().toList();
    }
    // Read first, so that the timing is of parsing alone.
    List<byte[]> contents = new ArrayList<>();
    for (Path f : files) {
      contents.add(read(f));
    }
    java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
    long start = System.nanoTime();
    long cpuStart = threads.getCurrentThreadCpuTime();
    List<Prediction> predictions = new ArrayList<>();
    for (int i = 0; i < files.size(); i++) {
      predictions.add(predict(files.get(i).getFileName().toString(), contents.get(i)));
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
    TreeMap<String, Integer> extractions = new TreeMap<>();
    try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      for (Prediction p : predictions) {
        ObjectNode line = JSON.createObjectNode().put("file", p.file()).put("body", p.body()).put("date", p.date())
            .put("extraction", p.extraction()).put("rejected", p.rejected()).put("date_rule", p.dateRule());
        w.write(JSON.writeValueAsString(line));
        w.write('\n');
        extractions.merge(p.rejected() != null ? "rejected:" + p.rejected() : p.extraction(), 1, Integer::sum);
      }
    }
    // CPU time of this thread: the machine may be shared, and wall time then says little.
    System.out.printf("parsed %d pages in %.2f s wall, %.2f s CPU (%.1f pages per CPU second); %s%n", files.size(),
        seconds, cpuSeconds, files.size() / cpuSeconds, extractions);
  }

  /** Decodes and parses one page as the job would; a page the job would reject gets an empty body. */
  public static Prediction predict(String name, byte[] bytes) {
    DecodedText text = TextDecoder.decode(bytes).orElse(null);
    if (text == null) {
      return new Prediction(name, "", null, null, "binary", null);
    }
    try {
      ParsedArticle article = ArticleParser.parse(name, text.text());
      String date = article.metadata().publishedDate() == null ? null : article.metadata().publishedDate().toString();
      String dateRule = article.metadata().rules().get("date");
      if (article.paragraphs().isEmpty()) {
        return new Prediction(name, "", date, null, "no_article_text", dateRule);
      }
      return new Prediction(name, article.bodyText(), date, article.extraction(), null, dateRule);
    } catch (RuntimeException | StackOverflowError e) {
      return new Prediction(name, "", null, null, "stage_failure", null);
    }
  }

  static byte[] read(Path file) throws IOException {
    try (InputStream raw = Files.newInputStream(file);
        InputStream in = file.toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw) {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      in.transferTo(bytes);
      return bytes.toByteArray();
    }
  }
}
