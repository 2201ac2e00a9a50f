package dev.newsfold.ingest;

import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * What --input means: a glob as given, or a folder searched recursively. The base is the part
 * before the first wildcard; paths relative to it identify a copy wherever the folder lives.
 */
public record InputPattern(String glob, String base) implements Serializable {

  public static InputPattern of(String input) {
    String trimmed = input.trim();
    int wildcard = firstWildcard(trimmed);
    if (wildcard >= 0) {
      int slash = trimmed.lastIndexOf('/', wildcard);
      String base = slash >= 0 ? trimmed.substring(0, slash + 1) : "";
      return new InputPattern(absoluteIfLocal(trimmed), absoluteIfLocal(base));
    }
    if (isLocal(trimmed) && !Files.isDirectory(Paths.get(trimmed))) {
      Path file = Paths.get(trimmed).toAbsolutePath().normalize();
      Path parent = file.getParent();
      return new InputPattern(file.toString(), parent == null ? "/" : withSlash(parent.toString()));
    }
    String folder = withSlash(absoluteIfLocal(trimmed));
    return new InputPattern(folder + "**", folder);
  }

  /** The path of a matched file below the base, with '/' separators. */
  public String relativize(String matchedPath) {
    String path = matchedPath;
    if (!base.isEmpty() && path.startsWith(base)) {
      path = path.substring(base.length());
    }
    return path.replace('\\', '/');
  }

  private static int firstWildcard(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '*' || c == '?' || c == '[' || c == '{') {
        return i;
      }
    }
    return -1;
  }

  private static boolean isLocal(String path) {
    return !path.matches("^[a-zA-Z][a-zA-Z0-9+.-]*://.*");
  }

  private static String absoluteIfLocal(String path) {
    if (!isLocal(path) || path.isEmpty()) {
      return path.isEmpty() ? withSlash(Paths.get("").toAbsolutePath().toString()) : path;
    }
    String absolute = Paths.get(path).toAbsolutePath().normalize().toString();
    return path.endsWith("/") ? withSlash(absolute) : absolute;
  }

  private static String withSlash(String s) {
    return s.endsWith("/") ? s : s + "/";
  }
}
