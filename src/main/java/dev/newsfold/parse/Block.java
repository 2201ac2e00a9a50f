package dev.newsfold.parse;

import java.io.Serializable;

/**
 * One block of an article as its markup presents it: a paragraph, a heading, a caption. The text
 * is plain (markup removed); the kind and flags carry what the markup said about the block.
 *
 * @param emphasized the whole block was bold or italic in the source
 * @param credit the text of a trailing bold/italic segment, e.g. a photo credit; empty if none
 */
public record Block(Kind kind, String text, boolean emphasized, String credit) implements Serializable {
  public enum Kind { HEADING, PARAGRAPH, LIST_ITEM, CAPTION, IMAGE, QUOTE }

  public static Block paragraph(String text) {
    return new Block(Kind.PARAGRAPH, text, false, "");
  }

  public Block withText(String newText) {
    return new Block(kind, newText, emphasized, credit);
  }
}
