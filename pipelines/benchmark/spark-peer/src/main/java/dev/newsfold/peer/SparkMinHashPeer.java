package dev.newsfold.peer;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.ml.feature.HashingTF;
import org.apache.spark.ml.feature.MinHashLSH;
import org.apache.spark.ml.feature.MinHashLSHModel;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The peer: near-duplicate folding as a user would write it with Spark MLlib. Word 4-gram shingles of
 * normalized text, hashed to binary feature vectors, MinHashLSH, {@code approxSimilarityJoin} of the set
 * with itself at Jaccard distance below the threshold, and the connected components of the pairs as
 * clusters. Writes {@code relative_path<TAB>cluster} for every file.
 *
 * <p>Modes: {@code raw} reads the article files itself (Spark's binaryFiles, gzip decompressed, HTML
 * tags and Markdown marks stripped: no metadata or boilerplate handling); {@code body} reads
 * {@code body_text} from newsfold's copies table, so that only the dedup is compared.
 *
 * <p>Usage: SparkMinHashPeer --mode raw|body --input FILES_DIR|ARCHIVE_DIR --out TSV
 * [--threshold 0.5] [--shingle 4] [--tables 10] [--master local[2]] [--reader listed|binaryFiles] [--minPartitions 8]
 */
public final class SparkMinHashPeer {
  private SparkMinHashPeer() {}

  public static void main(String[] args) throws IOException {
    Map<String, String> o = new HashMap<>(Map.of("--mode", "raw", "--threshold", "0.5", "--shingle", "4",
        "--tables", "10", "--master", "local[2]", "--minPartitions", "8", "--reader", "listed"));
    long t0 = System.nanoTime();
    for (int i = 0; i + 1 < args.length; i += 2) {
      o.put(args[i], args[i + 1]);
    }
    String mode = o.get("--mode");
    String input = Path.of(o.get("--input")).toAbsolutePath().normalize().toString();
    double threshold = Double.parseDouble(o.get("--threshold"));
    int shingle = Integer.parseInt(o.get("--shingle"));
    SparkSession spark = SparkSession.builder().master(o.get("--master")).appName("newsfold-peer")
        .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "8").getOrCreate();
    spark.sparkContext().setLogLevel("WARN");
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    JavaRDD<Row> docs;
    if (mode.equals("raw") && o.get("--reader").equals("listed")) {
      // The files are listed here and read in the tasks: binaryFiles packs small files into one
      // CombineFileSplit per 128 MB (a 10,000-file corpus is one partition, one task) and every file's
      // PortableDataStream re-serializes and re-parses that whole split, so reading is quadratic in files.
      Path root = Path.of(input);
      List<String> files;
      try (java.util.stream.Stream<Path> walk = Files.walk(root)) {
        files = walk.filter(Files::isRegularFile)
            .filter(f -> !f.getFileName().toString().startsWith(".") && !f.getFileName().toString().startsWith("_"))
            .map(f -> root.relativize(f).toString()).sorted().toList();
      }
      docs = jsc.parallelize(files, Math.max(1, Integer.parseInt(o.get("--minPartitions")))).map(path -> {
        byte[] bytes = Files.readAllBytes(Path.of(input, path));
        String text = strip(decode(path, bytes));
        return RowFactory.create(path, shingles(text, shingle).toArray(new String[0]));
      });
    } else if (mode.equals("raw")) {
      jsc.hadoopConfiguration().set("mapreduce.input.fileinputformat.input.dir.recursive", "true");
      String prefix = "file:" + input + "/";
      docs = jsc.binaryFiles("file://" + input, Integer.parseInt(o.get("--minPartitions"))).map(f -> {
        String path = f._1().startsWith(prefix) ? f._1().substring(prefix.length())
            : f._1().replaceFirst("^file:/*" + Pattern.quote(input.substring(1)) + "/", "");
        byte[] bytes = f._2().toArray();
        String text = strip(decode(path, bytes));
        return RowFactory.create(path, shingles(text, shingle).toArray(new String[0]));
      });
    } else {
      docs = spark.read().parquet(input + "/copies").select("relative_path", "body_text").javaRDD()
          .map(r -> RowFactory.create(r.getString(0), shingles(r.getString(1), shingle).toArray(new String[0])));
    }
    StructType schema = new StructType().add("path", DataTypes.StringType)
        .add("shingles", DataTypes.createArrayType(DataTypes.StringType));
    Dataset<Row> all = spark.createDataFrame(docs, schema).cache();
    List<String> paths = all.select("path").as(org.apache.spark.sql.Encoders.STRING()).collectAsList();
    System.err.printf("peer: read+strip+shingle %d docs in %d partitions: %.1f s%n", paths.size(), docs.getNumPartitions(),
        (System.nanoTime() - t0) / 1e9);
    Dataset<Row> nonEmpty = all.filter("size(shingles) > 0");
    Dataset<Row> features = new HashingTF().setInputCol("shingles").setOutputCol("features")
        .setNumFeatures(1 << 22).setBinary(true).transform(nonEmpty);
    MinHashLSHModel model = new MinHashLSH().setNumHashTables(Integer.parseInt(o.get("--tables")))
        .setSeed(20240601L).setInputCol("features").setOutputCol("hashes").fit(features);
    List<Row> pairs = model.approxSimilarityJoin(features, features, threshold, "distance")
        .filter("datasetA.path < datasetB.path").select("datasetA.path", "datasetB.path").collectAsList();
    System.err.printf("peer: approxSimilarityJoin %d pairs: %.1f s since start%n", pairs.size(), (System.nanoTime() - t0) / 1e9);
    spark.stop();

    Map<String, String> parent = new HashMap<>();
    for (String p : paths) {
      parent.put(p, p);
    }
    for (Row pair : pairs) {
      String a = find(parent, pair.getString(0));
      String b = find(parent, pair.getString(1));
      if (!a.equals(b)) {
        parent.put(a.compareTo(b) < 0 ? b : a, a.compareTo(b) < 0 ? a : b);
      }
    }
    try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(Path.of(o.get("--out")), StandardCharsets.UTF_8))) {
      for (String p : paths) {
        out.println(p + "\t" + find(parent, p));
      }
    }
    System.out.printf("peer mode=%s files=%d pairs=%d threshold=%s tables=%s%n", mode, paths.size(), pairs.size(),
        threshold, o.get("--tables"));
  }

  private static String find(Map<String, String> parent, String x) {
    String root = x;
    while (!parent.get(root).equals(root)) {
      root = parent.get(root);
    }
    while (!parent.get(x).equals(root)) {
      String next = parent.get(x);
      parent.put(x, root);
      x = next;
    }
    return root;
  }

  static String decode(String path, byte[] bytes) throws IOException {
    if (path.endsWith(".gz")) {
      try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
        bytes = in.readAllBytes();
      }
    }
    return new String(bytes, StandardCharsets.UTF_8);
  }

  private static final Pattern SCRIPT = Pattern.compile("(?is)<(script|style|noscript)[^>]*>.*?</\\1\\s*>");
  private static final Pattern COMMENT = Pattern.compile("(?s)<!--.*?-->");
  private static final Pattern TAG = Pattern.compile("(?s)<[^>]*>");
  private static final Pattern MD_LINK = Pattern.compile("!?\\[([^\\]]*)\\]\\([^)]*\\)");
  private static final Pattern MD_LINE = Pattern.compile("(?m)^\\s{0,3}(#{1,6}|>|[-*+]|\\d+\\.)\\s+");
  private static final Pattern MD_MARK = Pattern.compile("[*_`~]+");

  /** Simple markup stripping: HTML scripts, comments, tags and common entities; Markdown marks. */
  static String strip(String text) {
    String s = SCRIPT.matcher(text).replaceAll(" ");
    s = COMMENT.matcher(s).replaceAll(" ");
    s = TAG.matcher(s).replaceAll(" ");
    s = s.replace("&nbsp;", " ").replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">")
        .replace("&quot;", "\"").replace("&#39;", "'").replace("&rsquo;", "'").replace("&lsquo;", "'")
        .replace("&mdash;", "-").replace("&ndash;", "-");
    s = MD_LINK.matcher(s).replaceAll("$1");
    s = MD_LINE.matcher(s).replaceAll("");
    return MD_MARK.matcher(s).replaceAll(" ");
  }

  /** Word n-grams of the text after NFKC, case folding and dropping punctuation (apostrophes joined). */
  static List<String> shingles(String text, int size) {
    String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    for (int i = 0; i < folded.length(); i++) {
      char c = folded.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        word.append(c);
      } else if ((c == '\'' || c == '\u2019') && word.length() > 0) {
        continue;
      } else if (word.length() > 0) {
        words.add(word.toString());
        word.setLength(0);
      }
    }
    if (word.length() > 0) {
      words.add(word.toString());
    }
    List<String> out = new ArrayList<>();
    if (words.isEmpty()) {
      return out;
    }
    int count = Math.max(1, words.size() - size + 1);
    for (int i = 0; i < count; i++) {
      out.add(String.join(" ", words.subList(i, Math.min(words.size(), i + size))));
    }
    return out;
  }
}
