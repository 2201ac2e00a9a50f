package dev.newsfold.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * Parse (or fingerprint) throughput of two builds of newsfold side by side: {@code ParseThroughput FILES_DIR
 * BASELINE_CLASSES CURRENT_CLASSES ROUNDS [parse|fingerprint]}. Each build's {@code dev.newsfold} classes load in a class loader of their own (the
 * libraries are shared), and the rounds alternate between the two in one thread, so that a busy machine slows
 * both alike. A round is {@code ArticleParser.parse} over every decoded file (what ParseArticles does per file);
 * the figure is files per CPU second of the thread, the median of the rounds after two warm-up rounds. With
 * {@code fingerprint}, each build first parses every file once, and a round is {@code Fingerprint.of} (shingles,
 * MinHash, story evidence) over the copies it parsed, at the default settings.
 * Run by {@code pipelines/benchmark/parse-throughput.sh}.
 */
public final class ParseThroughput {
  private static final int WARM_UP_ROUNDS = 2;

  private ParseThroughput() {}

  public static void main(String[] args) throws Exception {
    String stage = args.length == 5 ? args[4] : "parse";
    if (args.length < 4 || args.length > 5 || !List.of("parse", "fingerprint").contains(stage)) {
      System.err.println("usage: ParseThroughput FILES_DIR BASELINE_CLASSES CURRENT_CLASSES ROUNDS [parse|fingerprint]");
      System.exit(64);
    }
    List<Path> files;
    try (Stream<Path> walk = Files.walk(Path.of(args[0]))) {
      files = walk.filter(Files::isRegularFile).sorted().toList();
    }
    ClassLoader[] builds = {childFirst(Path.of(args[1])), childFirst(Path.of(args[2]))};
    Method[] parse = {parser(builds[0]), parser(builds[1])};
    Method decode = builds[1].loadClass("dev.newsfold.ingest.TextDecoder").getMethod("decode", byte[].class);
    List<String> names = new ArrayList<>();
    List<String> texts = new ArrayList<>();
    for (Path file : files) {
      byte[] bytes = Files.readAllBytes(file);
      String name = file.getFileName().toString();
      if (name.endsWith(".gz")) {
        bytes = new GZIPInputStream(new java.io.ByteArrayInputStream(bytes)).readAllBytes();
        name = name.substring(0, name.length() - 3);
      }
      Optional<?> decoded = (Optional<?>) decode.invoke(null, (Object) bytes);
      if (decoded.isPresent()) {
        names.add(name);
        texts.add((String) decoded.get().getClass().getMethod("text").invoke(decoded.get()));
      }
    }
    int rounds = Integer.parseInt(args[3]);
    List<Stage> stages = new ArrayList<>();
    for (int build = 0; build < 2; build++) {
      stages.add(stage.equals("fingerprint")
          ? fingerprinter(builds[build], parse[build], names, texts) : parserStage(parse[build], names, texts));
    }
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    List<List<Double>> rates = List.of(new ArrayList<>(), new ArrayList<>());
    for (int round = 0; round < WARM_UP_ROUNDS + rounds; round++) {
      for (int build = 0; build < 2; build++) {
        long cpu0 = threads.getCurrentThreadCpuTime();
        int items = stages.get(build).round();
        double rate = items / ((threads.getCurrentThreadCpuTime() - cpu0) / 1e9);
        if (round >= WARM_UP_ROUNDS) {
          rates.get(build).add(rate);
        }
      }
    }
    double baseline = median(rates.get(0));
    double current = median(rates.get(1));
    System.out.printf("files: %d%nbaseline: %.0f per CPU second (rounds %s)%ncurrent: %.0f per CPU second"
        + " (rounds %s)%ncurrent / baseline: %.3f%n", texts.size(), baseline, rounded(rates.get(0)), current,
        rounded(rates.get(1)), current / baseline);
  }

  /** One round of a stage over the corpus; returns the items it took. */
  private interface Stage {
    int round() throws Exception;
  }

  private static Stage parserStage(Method parse, List<String> names, List<String> texts) {
    return () -> {
      for (int i = 0; i < texts.size(); i++) {
        try {
          parse.invoke(null, names.get(i), texts.get(i));
        } catch (InvocationTargetException rejected) {
          // A file the parser rejects costs its time like any other.
        }
      }
      return texts.size();
    };
  }

  /** Fingerprint.of over the copies this build parses, made as ParseArticles makes them. */
  private static Stage fingerprinter(ClassLoader build, Method parse, List<String> names, List<String> texts)
      throws Exception {
    Class<?> rawCopy = build.loadClass("dev.newsfold.model.RawCopy");
    Class<?> parsedArticle = build.loadClass("dev.newsfold.parse.ParsedArticle");
    Class<?> parsedCopy = build.loadClass("dev.newsfold.model.ParsedCopy");
    Class<?> settingsType = build.loadClass("dev.newsfold.fingerprint.FingerprintSettings");
    Object settings = settingsType.getField("DEFAULT").get(null);
    Object minHasher = settingsType.getMethod("minHasher").invoke(settings);
    Method of = build.loadClass("dev.newsfold.fingerprint.Fingerprint").getMethod("of", parsedCopy, settingsType,
        minHasher.getClass());
    List<Object> copies = new ArrayList<>();
    for (int i = 0; i < texts.size(); i++) {
      try {
        Object article = parse.invoke(null, names.get(i), texts.get(i));
        Object raw = rawCopy.getConstructor(String.class, String.class, long.class, String.class, String.class,
            String.class, String.class).newInstance(names.get(i), names.get(i), (long) texts.get(i).length(), "none",
            "0", "UTF-8", texts.get(i));
        copies.add(parsedCopy.getConstructor(rawCopy, parsedArticle).newInstance(raw, article));
      } catch (InvocationTargetException rejected) {
        // Rejected by the parser: never fingerprinted.
      }
    }
    return () -> {
      for (Object copy : copies) {
        of.invoke(null, copy, settings, minHasher);
      }
      return copies.size();
    };
  }

  private static Method parser(ClassLoader build) throws Exception {
    return build.loadClass("dev.newsfold.parse.ArticleParser").getMethod("parse", String.class, String.class);
  }

  /** Loads dev.newsfold classes from {@code classes} only, everything else from the application class path. */
  private static ClassLoader childFirst(Path classes) throws Exception {
    return new URLClassLoader(new URL[] {classes.toUri().toURL()}, ParseThroughput.class.getClassLoader()) {
      @Override
      protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        if (!name.startsWith("dev.newsfold.")) {
          return super.loadClass(name, resolve);
        }
        synchronized (getClassLoadingLock(name)) {
          Class<?> loaded = findLoadedClass(name);
          return loaded != null ? loaded : findClass(name);
        }
      }
    };
  }

  private static double median(List<Double> values) {
    List<Double> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    return sorted.get(sorted.size() / 2);
  }

  private static List<Long> rounded(List<Double> values) {
    return values.stream().map(Math::round).toList();
  }
}
