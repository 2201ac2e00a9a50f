package dev.newsfold.parse;

import java.util.List;

/**
 * What a format's parser gives the shared extractors: blocks in reading order, markup-level metadata,
 * and how the body blocks were obtained ({@code text}, {@code markdown}, or for HTML the extraction
 * step that found them, e.g. {@code main_content}).
 */
public record ParsedMarkup(ArticleFormat format, List<Block> blocks, List<FieldCandidate> candidates,
    String extraction) {

  public ParsedMarkup(ArticleFormat format, List<Block> blocks, List<FieldCandidate> candidates) {
    this(format, blocks, candidates, format.code());
  }
}
