package dev.newsfold.parse;

import dev.newsfold.boilerplate.BoilerplateRules;
import java.util.ArrayList;
import java.util.List;

/** A copy's raw text to a {@link ParsedArticle}: detect the format, parse, take the metadata, strip boilerplate. */
public final class ArticleParser {
  private ArticleParser() {}

  public static ParsedArticle parse(String fileName, String rawText) {
    ArticleFormat format = FormatDetector.detect(fileName, rawText);
    ParsedMarkup markup = switch (format) {
      case HTML -> HtmlParser.parse(rawText);
      case MARKDOWN -> MarkdownParser.parse(rawText);
      case TEXT -> PlainTextParser.parse(rawText);
    };
    MetadataExtractor.Extraction extraction = MetadataExtractor.extract(markup);
    BoilerplateRules.Result cleaned = BoilerplateRules.apply(extraction.body());
    List<String> paragraphs = new ArrayList<>();
    for (Block block : cleaned.kept()) {
      if (!block.text().isBlank()) {
        paragraphs.add(block.text());
      }
    }
    return new ParsedArticle(format, extraction.metadata(), paragraphs, cleaned.stripped());
  }
}
