package dev.newsfold.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;

/**
 * Deterministic syndication corpus: stories written as one original and several edited copies
 * wrapped in outlet boilerplate, plus traps that must not be folded (short articles in the same
 * long boilerplate, follow-ups sharing one paragraph, template stories). Writes article files to
 * {@code outDir/files/} and {@code outDir/truth.tsv} with lines
 * {@code relative_path<TAB>story_id<TAB>kind}, kind one of original, copy, trap_boilerplate,
 * trap_followup, trap_template, and the wire kinds of {@link WireCopies} (trap_recurring,
 * trap_recurring_correction, trap_recurring_undated, wire_update, wire_abridged, wire_undated).
 * The same (stories, seed) give byte-identical output.
 *
 * <p>Run: {@code --out DIR --stories N --seed S [--root PROJECT_ROOT]} (the root, default the
 * working directory, is where the real base articles are read from).
 */
public final class CorpusGenerator {
  private CorpusGenerator() {}

  /** What was written: file and story counts, total bytes, files per kind and how often each edit was made. */
  public record Summary(int files, int stories, long bytes, Map<String, Integer> filesByKind, Map<String, Integer> edits) {}

  /** How many files a normal story has: weights for 1..8 copies. */
  static final double[] COPY_WEIGHTS = {25, 25, 20, 10, 8, 6, 4, 2};
  static final double P_EXACT_DUPLICATE = 0.05;
  static final double P_GZIP = 0.04;
  static final double P_SECOND_TRAP_COPY = 0.25;

  private static final Map<Path, List<BaseArticles.Base>> BASES = new ConcurrentHashMap<>();

  public static Summary generate(Path outDir, int stories, long seed) throws IOException {
    return generate(outDir, stories, seed, Paths.get(""));
  }

  public static Summary generate(Path outDir, int stories, long seed, Path projectRoot) throws IOException {
    Path files = outDir.resolve("files");
    if (Files.isDirectory(files)) {
      try (Stream<Path> s = Files.list(files)) {
        if (s.findAny().isPresent()) {
          throw new IllegalStateException("not empty, refusing to mix corpora: " + files);
        }
      }
    }
    Files.createDirectories(files);
    List<BaseArticles.Base> bases = BASES.computeIfAbsent(projectRoot.toAbsolutePath().normalize(), BaseArticles::load);
    StoryPlanner.Plan plan = StoryPlanner.plan(bases, stories, seed);
    Writer w = new Writer(files);
    for (int i = 0; i < plan.stories().size(); i++) {
      writeStory(w, plan, i, Rng.derive(seed, 2, i), Rng.derive(seed, 4, plan.groupOf().getOrDefault(
          plan.stories().get(i).id(), -1 - i)));
    }
    Collections.sort(w.truth);
    Files.write(outDir.resolve("truth.tsv"), (String.join("\n", w.truth) + "\n").getBytes(StandardCharsets.UTF_8));
    return new Summary(w.truth.size(), plan.stories().size(), w.bytes, w.kinds, w.edits);
  }

  /** Files written so far: names taken, truth lines, counters. */
  static final class Writer {
    final Path root;
    final Set<String> names = new HashSet<>();
    final List<String> truth = new ArrayList<>();
    final Map<String, Integer> kinds = new TreeMap<>();
    final Map<String, Integer> edits = new TreeMap<>();
    long bytes;

    Writer(Path root) {
      this.root = root;
    }

    String write(Rng r, String dir, String ext, byte[] content, String storyId, String kind) throws IOException {
      String name;
      do {
        name = dir + "/" + r.hex(12) + ext;
      } while (!names.add(name));
      Path path = root.resolve(name);
      Files.createDirectories(path.getParent());
      Files.write(path, content);
      truth.add(name + "\t" + storyId + "\t" + kind);
      kinds.merge(kind, 1, Integer::sum);
      bytes += content.length;
      return name;
    }

    void count(String edit) {
      edits.merge(edit, 1, Integer::sum);
    }
  }

  private record Written(String dir, String ext, byte[] content) {}

  private static void writeStory(Writer w, StoryPlanner.Plan plan, int index, Rng r, Rng group) throws IOException {
    Story story = plan.stories().get(index);
    if (WireCopies.writes(story)) {
      WireCopies.write(w, r, story);
      return;
    }
    List<Outlets.Outlet> outlets = Outlets.ALL;
    int copies;
    Outlets.Outlet groupOutlet = outlets.get(group.nextInt(outlets.size()));
    CopyRenderer.Format groupFormat = format(group, groupOutlet);
    switch (story.kind()) {
      case StoryPlanner.TRAP_BOILERPLATE -> copies = 1;
      case StoryPlanner.TRAP_FOLLOWUP, StoryPlanner.TRAP_TEMPLATE -> copies = r.chance(P_SECOND_TRAP_COPY) ? 2 : 1;
      default -> copies = r.weighted(COPY_WEIGHTS) + 1;
    }
    boolean datelineDefault = story.city() != null && (story.agency() != null ? r.chance(0.7) : r.chance(0.2));
    List<Written> written = new ArrayList<>();
    Outlets.Outlet previous = null;
    for (int j = 0; j < copies; j++) {
      String kind = story.isTrap() ? story.kind() : j == 0 ? "original" : "copy";
      if (j > 0 && r.chance(P_EXACT_DUPLICATE)) {
        Written same = r.pick(written);
        w.write(r, same.dir(), same.ext(), same.content(), story.id(), kind);
        w.count("exact_duplicate");
        continue;
      }
      boolean grouped = j == 0 && plan.groupOf().containsKey(story.id());
      Outlets.Outlet outlet;
      if (grouped && (story.kind().equals(StoryPlanner.TRAP_BOILERPLATE) || r.chance(0.8))) {
        outlet = groupOutlet;
      } else {
        do {
          outlet = outlets.get(r.nextInt(outlets.size()));
        } while (outlet == previous && r.chance(0.8));
      }
      previous = outlet;
      CopyRenderer.Format format = grouped && outlet == groupOutlet ? groupFormat : format(r, outlet);
      CopyEditor.Edited text = CopyEditor.edit(r, story, j == 0, datelineDefault);
      text.edits().forEach(w::count);
      boolean longAbout = story.kind().equals(StoryPlanner.TRAP_BOILERPLATE);
      String page = CopyRenderer.render(r, new CopyRenderer.Copy(outlet, story, text, format, longAbout));
      byte[] bytes = page.getBytes(StandardCharsets.UTF_8);
      String ext = switch (format) {
        case TXT -> ".txt";
        case MD -> r.chance(0.1) ? ".txt" : ".md";
        case HTML -> r.chance(0.9) ? ".html" : r.chance(0.5) ? ".htm" : ".txt";
      };
      w.count("format_" + format.name().toLowerCase(java.util.Locale.ROOT) + (ext.equals(".txt")
          && format != CopyRenderer.Format.TXT ? "_as_txt" : ""));
      if (format == CopyRenderer.Format.TXT && !story.isTrap() && r.chance(P_GZIP)) {
        bytes = gzip(bytes);
        ext = ".txt.gz";
        w.count("gzip");
      }
      w.write(r, outlet.slug(), ext, bytes, story.id(), kind);
      written.add(new Written(outlet.slug(), ext, bytes));
    }
  }

  private static CopyRenderer.Format format(Rng r, Outlets.Outlet outlet) {
    return CopyRenderer.Format.values()[r.weighted(outlet.formatWeights())];
  }

  /** Gzip with no name and zero mtime (as gzip -n), so the bytes are reproducible. */
  static byte[] gzip(byte[] bytes) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length / 2 + 64);
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  public static void main(String[] args) throws IOException {
    Path out = null;
    int stories = 100;
    long seed = 1;
    Path root = Paths.get("");
    for (int i = 0; i + 1 < args.length; i += 2) {
      switch (args[i]) {
        case "--out" -> out = Paths.get(args[i + 1]);
        case "--stories" -> stories = Integer.parseInt(args[i + 1]);
        case "--seed" -> seed = Long.parseLong(args[i + 1]);
        case "--root" -> root = Paths.get(args[i + 1]);
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    if (out == null || args.length % 2 != 0) {
      System.err.println("usage: CorpusGenerator --out DIR --stories N --seed S [--root PROJECT_ROOT]");
      System.exit(2);
    }
    long start = System.nanoTime();
    Summary s = generate(out, stories, seed, root);
    double seconds = (System.nanoTime() - start) / 1e9;
    System.out.printf(java.util.Locale.ROOT, "wrote %d files, %d stories, %.2f MB in %.2f s to %s%n", s.files(),
        s.stories(), s.bytes() / 1e6, seconds, out.resolve("files"));
    System.out.println("files by kind: " + s.filesByKind());
    System.out.println("edits: " + s.edits());
  }
}
