package dev.newsfold.bench;

import dev.newsfold.parse.ArticleParser;
import dev.newsfold.parse.ParsedArticle;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Real articles to build stories from: the metadata gold files and the sample input, parsed with
 * {@link ArticleParser}. Copies of one story among them are reduced to one base (same first
 * paragraph, or most of the text contained in a longer base), and paragraphs found in more than
 * one base (boilerplate the rules left behind) are removed, so that distinct bases share no text.
 */
final class BaseArticles {
  private BaseArticles() {}

  record Base(String source, String title, List<String> paragraphs, LocalDate date, String agency, String reporter,
      String city) {
    int words() {
      return paragraphs.stream().mapToInt(p -> p.split("\\s+").length).sum();
    }
  }

  static final String GOLD = "src/test/resources/gold/metadata";
  static final String SAMPLE = "sample-input";

  /** The bases under projectRoot, in path order; none if the folders are missing. */
  static List<Base> load(Path projectRoot) {
    List<Path> files = new ArrayList<>();
    files.addAll(list(projectRoot.resolve(GOLD), "(t.*\\.txt|m.*\\.md|h.*\\.html?|h.*\\.txt)"));
    files.addAll(list(projectRoot.resolve(SAMPLE), "[0-9].*\\.(txt|md|html?)"));
    Map<String, Base> byLead = new LinkedHashMap<>();
    for (Path file : files) {
      Base base = parse(projectRoot.relativize(file).toString().replace('\\', '/'), file);
      if (base == null) {
        continue;
      }
      String key = normal(base.paragraphs().get(0));
      Base seen = byLead.get(key);
      if (seen == null || base.words() > seen.words()) {
        byLead.put(key, base);
      }
    }
    List<Base> kept = new ArrayList<>();
    List<Set<String>> keptShingles = new ArrayList<>();
    for (Base base : byLead.values()) {
      Set<String> shingles = shingles(base.paragraphs());
      boolean duplicate = false;
      for (int i = 0; i < kept.size(); i++) {
        if (containment(shingles, keptShingles.get(i)) >= 0.5) {
          duplicate = true;
          if (base.words() > kept.get(i).words()) {
            kept.set(i, base);
            keptShingles.set(i, shingles);
          }
          break;
        }
      }
      if (!duplicate) {
        kept.add(base);
        keptShingles.add(shingles);
      }
    }
    Map<String, Integer> paragraphCounts = new HashMap<>();
    for (Base base : kept) {
      base.paragraphs().stream().map(BaseArticles::normal).distinct().forEach(p -> paragraphCounts.merge(p, 1, Integer::sum));
    }
    List<Base> out = new ArrayList<>();
    for (Base base : kept) {
      List<String> unique = base.paragraphs().stream().filter(p -> paragraphCounts.get(normal(p)) == 1).toList();
      if (unique.size() >= 3) {
        out.add(new Base(base.source(), base.title(), unique, base.date(), base.agency(), base.reporter(), base.city()));
      }
    }
    return out;
  }

  private static List<Path> list(Path dir, String nameRegex) {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> p.getFileName().toString().matches(nameRegex)).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Base parse(String source, Path file) {
    String text;
    try {
      text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Base expected = expected(source, file);
    if (expected != null) {
      return expected;
    }
    ParsedArticle parsed = ArticleParser.parse(file.getFileName().toString(), text);
    List<String> paragraphs = new ArrayList<>(parsed.paragraphs().stream().map(String::strip)
        .filter(p -> !p.isEmpty()).toList());
    var meta = parsed.metadata();
    String title = meta.title();
    // Lines the parser left at the top (masthead, a headline it did not take, a standfirst) are not body.
    String headline = null;
    while (!paragraphs.isEmpty() && isHeadLine(paragraphs.get(0))) {
      String line = paragraphs.remove(0);
      if (headline == null && !line.matches(".*[|·›>].*")) {
        headline = line;
      }
    }
    int words = paragraphs.stream().mapToInt(p -> p.split("\\s+").length).sum();
    if (paragraphs.size() < 3 || words < 80) {
      return null;
    }
    if ((title == null || title.matches(".*[|·›>].*") || title.contains(" since ")) && headline != null) {
      title = headline;
    }
    if (title == null || title.isBlank()) {
      title = titleFromLead(paragraphs.get(0));
    }
    String reporter = meta.byline() == null ? null : meta.byline().split(",")[0].strip();
    String city = meta.dateline() == null ? null : CopyRenderer.cityName(meta.dateline());
    return new Base(source, title.strip(), paragraphs, meta.publishedDate(), meta.agency(), reporter, city);
  }

  /**
   * The gold answer for a gold file ("title: ...", "byline: ...", "== body", paragraphs): the body
   * the parser should produce. Taking it rather than the parser's output keeps the corpus the same
   * while the parser changes.
   */
  private static Base expected(String source, Path file) {
    String name = file.getFileName().toString();
    Path path = file.resolveSibling(name.substring(0, name.lastIndexOf('.')) + ".expected");
    if (!Files.isRegularFile(path)) {
      return null;
    }
    List<String> lines;
    try {
      lines = Files.readAllLines(path, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<String, String> fields = new HashMap<>();
    List<String> paragraphs = new ArrayList<>();
    boolean inBody = false;
    StringBuilder current = new StringBuilder();
    for (String line : lines) {
      if (line.startsWith("== ")) {
        inBody = line.equals("== body");
      } else if (inBody && line.isBlank()) {
        if (current.length() > 0) {
          paragraphs.add(current.toString());
          current.setLength(0);
        }
      } else if (inBody) {
        current.append(current.length() > 0 ? " " : "").append(line.strip());
      } else if (!inBody && line.indexOf(':') > 0 && paragraphs.isEmpty()) {
        fields.putIfAbsent(line.substring(0, line.indexOf(':')), line.substring(line.indexOf(':') + 1).strip());
      }
      if (!inBody && current.length() > 0) {
        paragraphs.add(current.toString());
        current.setLength(0);
      }
    }
    if (current.length() > 0) {
      paragraphs.add(current.toString());
    }
    int words = paragraphs.stream().mapToInt(p -> p.split("\\s+").length).sum();
    if (paragraphs.size() < 3 || words < 80) {
      return null;
    }
    String title = fields.getOrDefault("title", "");
    if (title.isEmpty()) {
      title = titleFromLead(paragraphs.get(0));
    }
    LocalDate date = fields.getOrDefault("date", "").isEmpty() ? null : LocalDate.parse(fields.get("date"));
    String byline = fields.getOrDefault("byline", "");
    String agency = fields.getOrDefault("agency", "");
    String dateline = fields.getOrDefault("dateline", "");
    return new Base(source, title, paragraphs, date, agency.isEmpty() ? null : agency,
        byline.isEmpty() ? null : byline.split(",")[0].strip(), dateline.isEmpty() ? null : CopyRenderer.cityName(dateline));
  }

  /** The first nine words of the lead, for a copy that has no headline. */
  private static String titleFromLead(String lead) {
    String[] words = lead.split("\\s+");
    return String.join(" ", java.util.Arrays.copyOf(words, Math.min(words.length, 9))).replaceAll("\\p{Punct}+$", "");
  }

  /** A short line that is not a sentence: under 16 words and not ending like one. */
  private static boolean isHeadLine(String text) {
    return text.split("\\s+").length < 16 && !text.matches(".*[.!?\"”'’)]$");
  }

  /** Lower case letters and digits only: quote style, dashes and spacing do not make paragraphs differ. */
  static String normal(String text) {
    StringBuilder sb = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        sb.append(Character.toLowerCase(c));
      } else if (sb.length() > 0 && sb.charAt(sb.length() - 1) != ' ') {
        sb.append(' ');
      }
    }
    return sb.toString().strip();
  }

  /** Four-word shingles of the normalised text. */
  static Set<String> shingles(List<String> paragraphs) {
    Set<String> out = new HashSet<>();
    for (String p : paragraphs) {
      String[] w = normal(p).toLowerCase(Locale.ROOT).split(" ");
      for (int i = 0; i + 3 < w.length; i++) {
        out.add(w[i] + " " + w[i + 1] + " " + w[i + 2] + " " + w[i + 3]);
      }
    }
    return out;
  }

  /** Share of the smaller set found in the larger. */
  static double containment(Set<String> a, Set<String> b) {
    Set<String> small = a.size() <= b.size() ? a : b;
    Set<String> large = small == a ? b : a;
    if (small.isEmpty()) {
      return 0;
    }
    long shared = small.stream().filter(large::contains).count();
    return (double) shared / small.size();
  }
}
