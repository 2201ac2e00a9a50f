package dev.newsfold.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The read stage on the same pages as files and as one WARC: packs a folder's files into a
 * per-record gzipped WARC (each an HTTP response after its request), then reads both on one thread
 * and prints files/s and records/s. Used by pipelines/benchmark/warc.sh.
 * Usage: WarcIngestBenchmark FILES_DIR WARC_OUT
 */
public final class WarcIngestBenchmark {
  private WarcIngestBenchmark() {}

  public static void main(String[] args) throws Exception {
    Path filesDir = Path.of(args[0]);
    Path warcOut = Path.of(args[1]);
    List<Path> files;
    try (Stream<Path> walk = Files.walk(filesDir)) {
      files = walk.filter(Files::isRegularFile).sorted().toList();
    }
    long packStart = System.nanoTime();
    WarcFixtures warc = new WarcFixtures(true).warcinfo();
    for (Path file : files) {
      String name = filesDir.relativize(file).toString();
      String uri = "https://bench.test/" + name;
      warc.servedFile(uri, name, Files.readAllBytes(file));
    }
    Files.createDirectories(warcOut.getParent());
    Files.write(warcOut, warc.bytes());
    System.out.printf("packed %d files into %s (%d bytes) in %.1f s%n", files.size(), warcOut, Files.size(warcOut),
        (System.nanoTime() - packStart) / 1e9);

    for (int round = 1; round <= 2; round++) { // The first round warms the JIT and the page cache.
      long start = System.nanoTime();
      int decoded = 0;
      FileContentReader reader = new FileContentReader(64L << 20, 64L << 20);
      for (Path file : files) {
        try (InputStream in = Files.newInputStream(file)) {
          if (TextDecoder.decode(reader.read(in).bytes()).isPresent()) {
            decoded++;
          }
        } catch (FileContentReader.UnreadableContent e) {
          // Counted as not decoded.
        }
      }
      double filesSeconds = (System.nanoTime() - start) / 1e9;
      start = System.nanoTime();
      CollectingCounts counts = new CollectingCounts();
      try (FileChannel channel = FileChannel.open(warcOut)) {
        new WarcRecordReader(64L << 20, 64L << 20).read(channel, warcOut.toString(), warcOut.getFileName().toString(),
            Files.size(warcOut), counts);
      }
      double warcSeconds = (System.nanoTime() - start) / 1e9;
      System.out.printf("round %d: files %d decoded in %.2f s (%.0f files/s); WARC %d records (%d copies, %d skipped, "
              + "%d rejects) in %.2f s (%.0f records/s, %.0f copies/s)%n", round, decoded, filesSeconds,
          files.size() / filesSeconds, counts.copies + counts.skipped + counts.rejects, counts.copies, counts.skipped,
          counts.rejects, warcSeconds, (counts.copies + counts.skipped + counts.rejects) / warcSeconds,
          counts.copies / warcSeconds);
    }
  }

  /** Counts outcomes without keeping them, so the measure is the reading, not the collecting. */
  private static final class CollectingCounts implements RecordSink {
    long copies;
    long skipped;
    long rejects;

    @Override
    public void copy(dev.newsfold.model.RawCopy copy) {
      copies++;
    }

    @Override
    public void reject(dev.newsfold.model.Reject reject) {
      rejects++;
    }

    @Override
    public void skip(String recordType) {
      skipped++;
    }
  }
}
