package dev.newsfold.parse;

import java.util.List;

/**
 * What a format's parser gives the shared extractors: blocks in reading order, markup-level metadata,
 * and how the body blocks were obtained ({@code text}, {@code markdown}, or for HTML the extraction
 * step that found them, e.g. {@code main_content}), and the page's paragraphs left out of the body.
 */
public record ParsedMarkup(ArticleFormat format, List<Block> blocks, List<FieldCandidate> candidates,
    String extraction, List<String> furniture) {

  public ParsedMarkup(ArticleFormat format, List<Block> blocks, List<FieldCandidate> candidates) {
    this(format, blocks, candidates, format.code(), List.of());
  }

  public ParsedMarkup withCandidates(List<FieldCandidate> moreCandidates) {
    return new ParsedMarkup(format, blocks, moreCandidates, extraction, furniture);
  }
}
