package dev.newsfold.fuzz;

import dev.newsfold.ingest.DecodedText;
import dev.newsfold.ingest.TextDecoder;
import dev.newsfold.parse.ArticleParser;
import dev.newsfold.parse.ParsedArticle;
import java.nio.charset.Charset;
import java.util.Arrays;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

/**
 * Property tests of decoding and parsing on generated input: whatever the bytes or markup, decoding
 * is lossless or says "binary", and parsing neither throws nor lets markup through. Tries are
 * bounded so that the suite stays fast.
 */
class DecodeAndParseProperties {

  @Property(tries = 500)
  void decodingIsLosslessOrRefused(@ForAll @Size(max = 4096) byte[] bytes) {
    Optional<DecodedText> decoded = TextDecoder.decode(bytes);
    decoded.ifPresent(d -> {
      byte[] again = d.text().getBytes(Charset.forName(d.charset()));
      if (!Arrays.equals(again, bytes)) {
        throw new AssertionError("not lossless in " + d.charset());
      }
    });
  }

  @Property(tries = 300)
  void markdownNeverThrowsAndLeavesNoLinkSyntax(@ForAll("markdownish") String text) {
    ParsedArticle parsed = ArticleParser.parse("fuzz.md", text);
    // An escaped bracket is literal text by design; link syntax is checked where nothing is escaped.
    boolean escapes = text.contains("\\");
    for (String p : parsed.paragraphs()) {
      if (p.isBlank() || !p.equals(p.strip())) {
        throw new AssertionError("paragraph not trimmed or blank: [" + p + "]");
      }
      if (!escapes && p.matches("(?s).*\\[[^\\]]*\\]\\([^)\\s]*\\).*")) {
        throw new AssertionError("Markdown link syntax reached the body: " + p);
      }
    }
  }

  @Property(tries = 200)
  void htmlNeverThrowsAndLeavesNoTags(@ForAll("htmlish") String html) {
    ParsedArticle parsed = ArticleParser.parse("fuzz.html", "<html><body>" + html + "</body></html>");
    for (String p : parsed.paragraphs()) {
      if (p.contains("<p>") || p.contains("<div") || p.contains("<script")) {
        throw new AssertionError("a tag reached the body: " + p);
      }
    }
  }

  @Property(tries = 200)
  void plainTextNeverThrows(@ForAll @Size(max = 3000) String text) {
    ArticleParser.parse("fuzz.txt", text);
  }

  @Provide
  Arbitrary<String> markdownish() {
    Arbitrary<String> tokens = Arbitraries.of("# ", "## ", "**", "*", "_", "__", "[", "]", "(", ")", "![", "](",
        "http://x.example/a", "<https://y.example>", "\\", "\n", "\n\n", "- ", "1. ", "> ", "```", "By [AFP](#)",
        "Related article: ", "Original url:", "word ", "Lisbon ", "said. ", "\"", "\u201c", "---", " ");
    return tokens.list().ofMaxSize(300).map(list -> String.join("", list));
  }

  @Provide
  Arbitrary<String> htmlish() {
    Arbitrary<String> tokens = Arbitraries.of("<p>", "</p>", "<div>", "</div>", "<br>", "<article>", "</article>",
        "<script>x()</script>", "<nav>menu</nav>", "<h1>Title</h1>", "<figure><figcaption>Photo: A / AFP</figcaption></figure>",
        "<span class=\"byline\">By Jane Roe</span>", "&amp;", "text ", "more words ", "<em>", "</em>",
        "<time datetime=\"2025-02-04\">", "</time>", "<", ">", "\n");
    return tokens.list().ofMaxSize(200).map(list -> String.join("", list));
  }
}
