package dev.newsfold.boilerplate;

import dev.newsfold.coders.PageParagraphsCoder;
import dev.newsfold.fingerprint.MinHasher;
import dev.newsfold.model.ParsedCopy;
import dev.newsfold.text.TextNormalizer;
import java.util.Arrays;
import java.util.List;
import org.apache.beam.sdk.coders.DefaultCoder;

/**
 * What corpus boilerplate removal counts of one page: a few keys instead of the page with its raw text, so
 * that counting reads each copy once and normalizes each of its paragraphs once (issue #15).
 *
 * @param bodyKeys sorted distinct keys of its body's paragraphs before corpus removal (an archived copy's stored keys)
 * @param furnitureKeys keys of an HTML page's paragraphs outside its body, or null
 * @param frameKeys the frame of each of its paragraphs that has one ({@link CorpusBoilerplate#frameKey}), in body order
 * @param framedParagraphKeys the key of the paragraph each of those frames is from
 */
@DefaultCoder(PageParagraphsCoder.class)
public record PageParagraphs(long[] bodyKeys, long[] furnitureKeys, long[] frameKeys, long[] framedParagraphKeys) {

  public static PageParagraphs of(ParsedCopy copy) {
    List<String> paragraphs = copy.article().paragraphs();
    long[] keys = new long[paragraphs.size()];
    long[] frames = new long[paragraphs.size()];
    long[] framed = new long[paragraphs.size()];
    int framesFound = 0;
    for (int i = 0; i < keys.length; i++) {
      String normalized = TextNormalizer.normalize(paragraphs.get(i));
      keys[i] = CorpusBoilerplate.paragraphKeyOfNormalized(normalized);
      long frame = CorpusBoilerplate.frameKeyOfNormalized(normalized);
      if (frame != 0) {
        frames[framesFound] = frame;
        framed[framesFound++] = keys[i];
      }
    }
    return new PageParagraphs(bodyKeysBeforeRemoval(copy, keys), copy.article().furnitureKeys(),
        Arrays.copyOf(frames, framesFound), Arrays.copyOf(framed, framesFound));
  }

  /**
   * A 64-bit hash of its body and furniture keys, the same for identical pages: a shuffle key a few bytes long
   * where the keys as text took a kilobyte, which the runner's sort copied at every comparison of two pages with
   * the same key prefix (issue #15). Different pages may share it; those that do are told apart by their keys.
   */
  public long contentHash() {
    long hash = MinHasher.mix(bodyKeys.length);
    for (long key : bodyKeys) {
      hash = MinHasher.mix(hash ^ key);
    }
    hash = MinHasher.mix(hash ^ (furnitureKeys == null ? -1 : furnitureKeys.length));
    if (furnitureKeys != null) {
      for (long key : furnitureKeys) {
        hash = MinHasher.mix(hash ^ key);
      }
    }
    return hash;
  }

  /**
   * An archived copy's stored keys (its body has lost its recurring paragraphs already); a new copy's own,
   * from the keys of its paragraphs in order.
   */
  static long[] bodyKeysBeforeRemoval(ParsedCopy copy, long[] paragraphKeys) {
    return copy.paragraphKeys() != null ? copy.paragraphKeys() : CorpusBoilerplate.sortedDistinct(paragraphKeys);
  }
}
