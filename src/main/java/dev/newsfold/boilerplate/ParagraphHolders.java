package dev.newsfold.boilerplate;

import dev.newsfold.coders.ParagraphHoldersCoder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.apache.beam.sdk.coders.DefaultCoder;

/**
 * The evidence about one paragraph, built up a holder at a time and merged in any order: whether its frame marks
 * it as a recurring story's sentence, and the pages holding it, of which only the first
 * {@link CorpusBoilerplate#MAX_DOCUMENTS_EXAMINED} by their keys as text are kept, the subset
 * {@link CorpusBoilerplate#storiesSharing} examines. A footer held by a million pages then costs what one held by
 * a few hundred does, on one worker and across the shuffle (issue #15).
 */
@DefaultCoder(ParagraphHoldersCoder.class)
public final class ParagraphHolders {
  static final int CAP = CorpusBoilerplate.MAX_DOCUMENTS_EXAMINED;
  private static final Comparator<Holder> BY_TEXT = Comparator.comparing(Holder::text);

  private boolean template;
  private final List<Holder> kept;

  public ParagraphHolders() {
    this(false, new ArrayList<>());
  }

  private ParagraphHolders(boolean template, List<Holder> kept) {
    this.template = template;
    this.kept = kept;
  }

  /** A value read back by its coder. */
  public static ParagraphHolders of(boolean template, List<long[]> holders) {
    List<Holder> kept = new ArrayList<>(holders.size());
    holders.forEach(keys -> kept.add(new Holder(keys)));
    return new ParagraphHolders(template, kept);
  }

  /** A page holding the paragraph, by its sorted distinct body keys; each distinct page is added once. */
  public ParagraphHolders addHolder(long[] bodyKeys) {
    kept.add(new Holder(bodyKeys));
    compactIfFull();
    return this;
  }

  /** The paragraph's frame is seen with many different figures. */
  public ParagraphHolders markTemplate() {
    template = true;
    return this;
  }

  public ParagraphHolders merge(ParagraphHolders other) {
    template |= other.template;
    kept.addAll(other.kept);
    compactIfFull();
    return this;
  }

  public boolean template() {
    return template;
  }

  public boolean hasHolders() {
    return !kept.isEmpty();
  }

  /** The holders {@link CorpusBoilerplate#storiesSharing} examines, in the order it examines them; this value is left as it is. */
  public List<long[]> examined() {
    List<Holder> ordered = new ArrayList<>(kept);
    ordered.sort(BY_TEXT);
    return keysOf(ordered.subList(0, Math.min(CAP, ordered.size())));
  }

  /** At most the cap of holders, including every one that {@link #examined} returns, in no set order: what the coder writes. */
  public List<long[]> bounded() {
    return kept.size() <= CAP ? keysOf(kept) : examined();
  }

  /** Sorting only when twice the cap is reached keeps adding a holder cheap while bounding what is held. */
  private void compactIfFull() {
    if (kept.size() >= 2 * CAP) {
      kept.sort(BY_TEXT);
      kept.subList(CAP, kept.size()).clear();
    }
  }

  private static List<long[]> keysOf(List<Holder> holders) {
    List<long[]> keys = new ArrayList<>(holders.size());
    holders.forEach(holder -> keys.add(holder.keys));
    return keys;
  }

  /** A page's keys with their text, made once: the order compared by formats each page's keys only once. */
  private static final class Holder {
    private final long[] keys;
    private String text;

    Holder(long[] keys) {
      this.keys = keys;
    }

    String text() {
      if (text == null) {
        text = Arrays.toString(keys);
      }
      return text;
    }
  }
}
