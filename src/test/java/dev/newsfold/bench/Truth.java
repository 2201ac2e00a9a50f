package dev.newsfold.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** A generated corpus's truth.tsv: each file's story, and which stories are traps. */
public record Truth(Map<String, String> storyOf, Set<String> trapStories) {
  public static Truth load(Path corpus) throws IOException {
    Map<String, String> storyOf = new HashMap<>();
    Set<String> traps = new HashSet<>();
    for (String line : Files.readAllLines(corpus.resolve("truth.tsv"))) {
      String[] f = line.split("\t");
      storyOf.put(f[0], f[1]);
      if (f[2].startsWith("trap_")) {
        traps.add(f[1]);
      }
    }
    return new Truth(storyOf, traps);
  }
}
