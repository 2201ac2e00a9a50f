package dev.newsfold.parse;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;

/**
 * The article of a page whose HTML holds none of it: script-rendered sites ship the text in a JSON blob of a
 * script (JSON-LD's {@code articleBody}, a {@code window.__STATE__ = {...}} store) and build the page in the
 * browser. The article is the JSON object that carries the page's title as one of its fields (a headline,
 * name or title: so the related articles in the same store, each with its own headline, are not taken), and
 * its text is the prose strings below that object, in order: strings long enough to be sentences, with
 * words and sentence punctuation, not identifiers, URLs or headlines. Asked only when the HTML gave nothing.
 */
final class EmbeddedText {
  private static final ObjectMapper JSON = new ObjectMapper()
      .configure(JsonParser.Feature.ALLOW_NON_NUMERIC_NUMBERS, true);
  /** Scripts shorter than this (characters) hold no article. */
  private static final int MIN_SCRIPT = 500;
  /** A prose string is at least this long (characters) and has at least this many spaces. */
  private static final int MIN_PROSE = 60;
  private static final int MIN_SPACES = 8;
  /** Sentence punctuation followed by a space or the end. */
  private static final Pattern SENTENCE = Pattern.compile("[.!?。！？](\\s|$)");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private EmbeddedText() {}

  /** Paragraphs of the article found in the scripts' JSON, or none. */
  static List<Block> fromScripts(List<String> scripts, List<String> titles) {
    List<String> wanted = new ArrayList<>();
    for (String t : titles) {
      String n = normalize(t);
      if (n.length() >= 10) {
        wanted.add(n);
      }
    }
    List<String> best = List.of();
    int bestText = 0;
    for (String script : scripts) {
      JsonNode root = parse(script);
      if (root == null || wanted.isEmpty()) {
        continue;
      }
      List<JsonNode> articles = new ArrayList<>();
      findTitled(root, wanted, articles);
      for (JsonNode article : articles) {
        List<String> prose = new ArrayList<>();
        collectProse(article, prose);
        int text = prose.stream().mapToInt(MainContent::nonSpace).sum();
        if (text > bestText) {
          best = prose;
          bestText = text;
        }
      }
    }
    List<Block> blocks = new ArrayList<>();
    best.forEach(p -> blocks.add(Block.paragraph(p)));
    return blocks;
  }

  /** The JSON value a script holds: all of it, or what follows the first "=" (a store assigned to a global). */
  private static JsonNode parse(String script) {
    if (script.length() < MIN_SCRIPT) {
      return null;
    }
    int start = -1;
    for (int i = 0; i < script.length(); i++) {
      char c = script.charAt(i);
      if (c == '{' || c == '[') {
        start = i;
        break;
      }
      if (!Character.isWhitespace(c) && c != '=' && !Character.isJavaIdentifierPart(c) && c != '.') {
        return null; // Code, not a value or an assignment of one.
      }
    }
    if (start < 0) {
      return null;
    }
    try {
      return JSON.readTree(script.substring(start)); // Trailing code (";") after the value is ignored.
    } catch (java.io.IOException | RuntimeException e) {
      return null;
    }
  }

  /** Objects that have a string field equal to one of the page's titles, walked without recursion. */
  private static void findTitled(JsonNode root, List<String> titles, List<JsonNode> out) {
    java.util.ArrayDeque<JsonNode> stack = new java.util.ArrayDeque<>();
    stack.push(root);
    while (!stack.isEmpty()) {
      JsonNode node = stack.pop();
      if (node.isObject()) {
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
          JsonNode value = it.next().getValue();
          if (value.isTextual() && isTitle(value.asText(), titles)) {
            out.add(node);
            break;
          }
        }
      }
      if (node.isContainerNode()) {
        node.forEach(stack::push);
      }
    }
  }

  private static boolean isTitle(String value, List<String> titles) {
    if (value.length() < 10 || value.length() > 400) {
      return false;
    }
    String v = normalize(value);
    for (String t : titles) {
      if (t.equals(v) || t.startsWith(v) && v.length() * 2 > t.length()) {
        return true; // "Headline | Site" starts with the headline.
      }
    }
    return false;
  }

  /** Prose strings below a node in document order; HTML in a string is read as its paragraphs. */
  private static void collectProse(JsonNode node, List<String> out) {
    if (node.isTextual()) {
      String text = node.asText();
      if (text.indexOf('<') >= 0 && text.indexOf('>') > 0) {
        for (org.jsoup.nodes.Element p : Jsoup.parseBodyFragment(text).select("p, li, h2, h3, blockquote")) {
          addIfProse(p.text(), out);
        }
        return;
      }
      for (String line : text.split("\\n\\s*\\n|\\r\\n\\s*\\r\\n")) {
        addIfProse(line, out);
      }
    } else if (node.isContainerNode()) {
      node.forEach(child -> collectProse(child, out));
    }
  }

  private static void addIfProse(String text, List<String> out) {
    String t = SPACES.matcher(text).replaceAll(" ").strip();
    int spaces = 0;
    for (int i = 0; i < t.length(); i++) {
      if (t.charAt(i) == ' ') {
        spaces++;
      }
    }
    if (t.length() >= MIN_PROSE && spaces >= MIN_SPACES && SENTENCE.matcher(t).find() && !t.startsWith("http")) {
      out.add(t);
    }
  }

  private static String normalize(String text) {
    return SPACES.matcher(text).replaceAll(" ").strip().toLowerCase(java.util.Locale.ROOT);
  }
}
