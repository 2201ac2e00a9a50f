package dev.newsfold.entities;

import java.util.Arrays;
import java.util.List;

/** What a recognizer found in a text: its mentions, and where each sentence starts (ascending offsets). */
public record Recognition(List<RecognizedMention> mentions, int[] sentenceStarts) {
  /** The index of the sentence holding a character offset. */
  public int sentenceAt(int offset) {
    int i = Arrays.binarySearch(sentenceStarts, offset);
    return Math.max(0, i >= 0 ? i : -i - 2);
  }
}
