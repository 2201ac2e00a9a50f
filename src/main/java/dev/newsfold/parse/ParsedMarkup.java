package dev.newsfold.parse;

import java.util.List;

/** What a format's parser gives the shared extractors: blocks in reading order and markup-level metadata. */
public record ParsedMarkup(ArticleFormat format, List<Block> blocks, List<FieldCandidate> candidates) {}
