package dev.newsfold.parse;

import dev.newsfold.boilerplate.BoilerplateRules;
import dev.newsfold.boilerplate.CorpusBoilerplate;
import java.util.ArrayList;
import java.util.List;

/** A copy's raw text to a {@link ParsedArticle}: detect the format, parse, take the metadata, strip boilerplate. */
public final class ArticleParser {
  private ArticleParser() {}

  public static ParsedArticle parse(String fileName, String rawText) {
    return parse(fileName, rawText, List.of());
  }

  /**
   * Parses with metadata candidates from outside the text (a WARC record's target URI, a JSON Lines
   * record's title, url and date fields), each under its own rule: the field rules weigh them with
   * the markup's own.
   */
  public static ParsedArticle parse(String fileName, String rawText, List<FieldCandidate> recordCandidates) {
    ArticleFormat format = FormatDetector.detect(fileName, rawText);
    ParsedMarkup parsed = switch (format) {
      case HTML -> HtmlParser.parse(rawText);
      case MARKDOWN -> MarkdownParser.parse(rawText);
      case TEXT -> PlainTextParser.parse(rawText);
    };
    ParsedMarkup markup = parsed;
    if (!recordCandidates.isEmpty()) {
      List<FieldCandidate> candidates = new ArrayList<>(parsed.candidates());
      candidates.addAll(recordCandidates);
      markup = parsed.withCandidates(candidates);
    }
    MetadataExtractor.Extraction extraction = MetadataExtractor.extract(markup);
    BoilerplateRules.Result cleaned = BoilerplateRules.apply(extraction.body());
    MetadataExtractor.Extraction finished = MetadataExtractor.finish(extraction.metadata(), cleaned.kept());
    List<String> paragraphs = new ArrayList<>();
    for (Block block : finished.body()) {
      if (!block.text().isBlank()) {
        paragraphs.add(block.text());
      }
    }
    return new ParsedArticle(format, finished.metadata(), paragraphs, cleaned.stripped(), markup.extraction(),
        CorpusBoilerplate.keys(markup.furniture()));
  }
}
