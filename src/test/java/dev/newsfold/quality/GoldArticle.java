package dev.newsfold.quality;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** One hand-labelled article of the gold set: its source file and its .expected file. */
record GoldArticle(Path source, Map<String, String> fields, List<String> body, List<String> boilerplate) {
  static final Path GOLD = Path.of("src/test/resources/gold/metadata");

  static List<GoldArticle> all() throws IOException {
    List<GoldArticle> out = new ArrayList<>();
    try (Stream<Path> files = Files.list(GOLD)) {
      for (Path expected : files.filter(p -> p.toString().endsWith(".expected")).sorted().toList()) {
        String stem = expected.getFileName().toString().replace(".expected", "");
        Path source;
        try (Stream<Path> siblings = Files.list(GOLD)) {
          source = siblings.filter(p -> p.getFileName().toString().startsWith(stem + ".")
              && !p.toString().endsWith(".expected")).findFirst().orElseThrow();
        }
        out.add(read(source, expected));
      }
    }
    return out;
  }

  private static GoldArticle read(Path source, Path expected) throws IOException {
    Map<String, String> fields = new LinkedHashMap<>();
    List<String> body = new ArrayList<>();
    List<String> boilerplate = new ArrayList<>();
    List<String> section = null;
    StringBuilder block = new StringBuilder();
    for (String line : Files.readAllLines(expected, StandardCharsets.UTF_8)) {
      if (line.equals("== body") || line.equals("== boilerplate")) {
        flush(section, block);
        section = line.equals("== body") ? body : boilerplate;
      } else if (section == null) {
        int colon = line.indexOf(':');
        if (colon > 0) {
          fields.put(line.substring(0, colon).strip(), line.substring(colon + 1).strip());
        }
      } else if (line.isBlank()) {
        flush(section, block);
      } else {
        block.append(block.length() > 0 ? " " : "").append(line.strip());
      }
    }
    flush(section, block);
    return new GoldArticle(source, fields, body, boilerplate);
  }

  private static void flush(List<String> section, StringBuilder block) {
    if (section != null && block.length() > 0) {
      section.add(block.toString());
    }
    block.setLength(0);
  }

  String field(String name) {
    String v = fields.getOrDefault(name, "");
    return v.isEmpty() ? null : v;
  }
}
