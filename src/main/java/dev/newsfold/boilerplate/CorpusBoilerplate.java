package dev.newsfold.boilerplate;

import dev.newsfold.text.Chars;
import dev.newsfold.text.Hashing;
import dev.newsfold.text.TextNormalizer;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Corpus-level boilerplate: a paragraph that recurs in copies of different stories belongs to a
 * site, not to a story, whatever its wording. Among the documents holding a paragraph, those that
 * share it with every other are its "core"; two documents are one story when they share a paragraph
 * outside that core. A paragraph found in at least {@code minStories} different stories is boilerplate.
 * Syndicated copies of one story share their own paragraphs, so their text is never taken for boilerplate:
 * when only a few copies hold a paragraph, the story's other paragraphs are in the core too, and a copy
 * whose text is mostly that core (its own paragraphs are edits) is not a story of its own.
 */
public final class CorpusBoilerplate {
  /** Documents in the core share a paragraph with at least this share of the group. */
  private static final double CORE_SHARE = 0.8;
  /** Past this many documents only the first (by key) are examined; the decision is the same. */
  public static final int MAX_DOCUMENTS_EXAMINED = 200;

  private CorpusBoilerplate() {}

  /** Paragraphs shorter than this (headline lists, menu lines) are not evidence that two documents are one story. */
  private static final int EVIDENCE_WORDS = 10;

  /**
   * The key a paragraph is counted under: its normalized text, hashed. The lowest bit is set for a
   * paragraph long enough to be evidence that two documents holding it are one story.
   */
  public static long paragraphKey(String paragraph) {
    return paragraphKeyOfNormalized(TextNormalizer.normalize(paragraph));
  }

  /** {@link #paragraphKey} of a paragraph already normalized: callers that need its frame too normalize once. */
  static long paragraphKeyOfNormalized(String normalized) {
    long hash = Hashing.sha256Long(normalized) & ~1L;
    return words(normalized) >= EVIDENCE_WORDS ? hash | 1L : hash;
  }

  /** The words of a normalized text, which has one space between words and none at either end. */
  private static int words(String normalized) {
    int spaces = 0;
    for (int i = normalized.indexOf(' '); i >= 0; i = normalized.indexOf(' ', i + 1)) {
      spaces++;
    }
    return spaces + 1;
  }

  /**
   * A news template's frame recurs with other figures ("drained 4.2 billion", "drained 6.0 billion"),
   * site furniture recurs verbatim: a paragraph whose frame is seen with at least this many different
   * figures is the sentence of a recurring story, kept however many stories share its exact text.
   */
  public static final int MIN_FIGURE_VARIANTS = 5;

  /**
   * The key of a paragraph's frame, its figures masked, or 0 for a paragraph with no figure or too
   * short to be evidence: only long paragraphs with figures can be a recurring story's sentence.
   */
  public static long frameKey(String paragraph) {
    return frameKeyOfNormalized(TextNormalizer.normalize(paragraph));
  }

  /** {@link #frameKey} of a paragraph already normalized. */
  static long frameKeyOfNormalized(String normalized) {
    if (words(normalized) < EVIDENCE_WORDS) {
      return 0;
    }
    String frame = maskFigures(normalized);
    return frame == null ? 0 : Hashing.sha256Long(frame) | 1L;
  }

  /**
   * The text with each figure, a run of ASCII digits joined by single {@code . , / : -} ("4.2", "2024-06-01",
   * "1,000"), replaced by {@code #}; or null when it has none. What {@code \d+([.,/:-]\d+)*} replaced with
   * {@code #} gives, in one pass: a regex scanning for the first digit was 1% of a run's samples.
   */
  static String maskFigures(String text) {
    int first = 0;
    while (first < text.length() && !Chars.isAsciiDigit(text.charAt(first))) {
      first++;
    }
    if (first == text.length()) {
      return null;
    }
    StringBuilder masked = new StringBuilder(text.length()).append(text, 0, first);
    int i = first;
    while (i < text.length()) {
      if (!Chars.isAsciiDigit(text.charAt(i))) {
        masked.append(text.charAt(i++));
        continue;
      }
      i = digitsEnd(text, i);
      while (i + 1 < text.length() && ".,/:-".indexOf(text.charAt(i)) >= 0 && Chars.isAsciiDigit(text.charAt(i + 1))) {
        i = digitsEnd(text, i + 1);
      }
      masked.append('#');
    }
    return masked.toString();
  }

  private static int digitsEnd(String text, int from) {
    int i = from;
    while (i < text.length() && Chars.isAsciiDigit(text.charAt(i))) {
      i++;
    }
    return i;
  }

  /**
   * A holder carries at most this many of its page's keys (plus the paragraph it holds). A page is sent once per
   * paragraph it holds, and with all its keys one 91,511-line file among 9,132 news files made a run write 128 GB
   * to disk and take 17 times as long (issue #15). 99% of the real-pages set have at most 244 distinct paragraphs,
   * and its longest news page 2,360.
   */
  public static final int MAX_HOLDER_KEYS = 1024;

  /**
   * What a page tells about the paragraphs it holds: its sorted distinct keys, or past {@link #MAX_HOLDER_KEYS} the
   * lowest that many. The keys are hashes, so those are a uniform sample, the same for every paragraph of the page,
   * and two long pages that share most of their paragraphs share most of their samples: the story decision reads
   * them as it reads a short page's keys, at a cost linear in the page's length instead of quadratic. A paragraph
   * held in the page's furniture is told this.
   */
  public static long[] holderKeys(long[] sortedDistinctKeys) {
    return sortedDistinctKeys.length <= MAX_HOLDER_KEYS
        ? sortedDistinctKeys : Arrays.copyOf(sortedDistinctKeys, MAX_HOLDER_KEYS);
  }

  /**
   * A page's {@link #holderKeys(long[]) sample} told to one of the page's own paragraphs, which is always in it: the
   * decision counts the paragraph decided as shared by all its holders, and a long page's sample may not have drawn
   * it. The sample itself when it has the paragraph.
   */
  public static long[] withHeld(long[] sample, long heldKey) {
    int at = Arrays.binarySearch(sample, heldKey);
    if (at >= 0) {
      return sample;
    }
    int insertAt = -at - 1;
    long[] withHeld = new long[sample.length + 1];
    System.arraycopy(sample, 0, withHeld, 0, insertAt);
    withHeld[insertAt] = heldKey;
    System.arraycopy(sample, insertAt, withHeld, insertAt + 1, sample.length - insertAt);
    return withHeld;
  }

  /** Sorted distinct paragraph keys of one document. */
  public static long[] keys(List<String> paragraphs) {
    return sortedDistinct(paragraphs.stream().mapToLong(CorpusBoilerplate::paragraphKey).toArray());
  }

  /** The distinct keys of a document's paragraph keys (given in paragraph order), sorted. */
  public static long[] sortedDistinct(long[] paragraphKeys) {
    return Arrays.stream(paragraphKeys).sorted().distinct().toArray();
  }

  /**
   * How many different stories the documents holding one paragraph belong to.
   *
   * @param documents each document's sorted distinct paragraph keys; identical documents given once
   */
  public static int storiesSharing(List<long[]> documents) {
    List<long[]> docs = documents.size() > MAX_DOCUMENTS_EXAMINED
        ? documents.subList(0, MAX_DOCUMENTS_EXAMINED) : documents;
    Map<Long, Integer> frequency = new HashMap<>();
    for (long[] doc : docs) {
      for (long key : doc) {
        frequency.merge(key, 1, Integer::sum);
      }
    }
    int coreFrequency = (int) Math.ceil(CORE_SHARE * docs.size());
    int[] parent = new int[docs.size()];
    Arrays.setAll(parent, i -> i);
    Map<Long, Integer> firstHolder = new HashMap<>();
    boolean[] hasOwnContent = new boolean[docs.size()];
    for (int d = 0; d < docs.size(); d++) {
      int own = 0;
      int shared = 0;
      for (long key : docs.get(d)) {
        if ((key & 1L) == 0) {
          continue;
        }
        if (frequency.get(key) >= coreFrequency) {
          shared++;
          continue;
        }
        own++;
        Integer other = firstHolder.putIfAbsent(key, d);
        if (other != null) {
          union(parent, other, d);
        }
      }
      // The paragraph counted is itself in the core: a page of another story has more text of its own than that.
      hasOwnContent[d] = own > 0 && own >= shared - 1;
    }
    int stories = 0;
    boolean someWithoutOwnContent = false;
    for (int d = 0; d < docs.size(); d++) {
      if (!hasOwnContent[d]) {
        someWithoutOwnContent = true;
      } else if (find(parent, d) == d) {
        stories++;
      }
    }
    return stories == 0 && someWithoutOwnContent ? 1 : stories;
  }

  /** The recurring paragraphs of a whole corpus held in memory: the same decision the pipeline makes per paragraph. */
  public static Set<Long> recurringParagraphs(List<List<String>> corpus, int minStories) {
    Map<String, long[]> distinctDocs = new LinkedHashMap<>();
    for (List<String> doc : corpus) {
      long[] keys = keys(doc);
      distinctDocs.putIfAbsent(Arrays.toString(keys), keys);
    }
    Map<Long, ParagraphHolders> holders = new TreeMap<>();
    for (long[] doc : distinctDocs.values()) {
      long[] sample = holderKeys(doc);
      for (long key : doc) {
        holders.computeIfAbsent(key, k -> new ParagraphHolders()).addHolder(withHeld(sample, key));
      }
    }
    Set<Long> templates = templateParagraphs(corpus);
    Set<Long> recurring = new java.util.TreeSet<>();
    holders.forEach((key, paragraph) -> {
      List<long[]> docs = paragraph.examined(); // In the pipeline's order: which pages are examined first matters.
      if (!templates.contains(key) && docs.size() >= minStories && storiesSharing(docs) >= minStories) {
        recurring.add(key);
      }
    });
    return recurring;
  }

  /** The keys of the paragraphs whose frame is seen with at least {@link #MIN_FIGURE_VARIANTS} different figures. */
  public static Set<Long> templateParagraphs(List<List<String>> corpus) {
    Map<Long, Set<Long>> variants = new HashMap<>();
    for (List<String> doc : corpus) {
      for (String paragraph : doc) {
        long frame = frameKey(paragraph);
        if (frame != 0) {
          variants.computeIfAbsent(frame, k -> new java.util.HashSet<>()).add(paragraphKey(paragraph));
        }
      }
    }
    Set<Long> templates = new java.util.TreeSet<>();
    variants.values().stream().filter(v -> v.size() >= MIN_FIGURE_VARIANTS).forEach(templates::addAll);
    return templates;
  }

  private static int find(int[] parent, int x) {
    while (parent[x] != x) {
      parent[x] = parent[parent[x]];
      x = parent[x];
    }
    return x;
  }

  private static void union(int[] parent, int a, int b) {
    int ra = find(parent, a);
    int rb = find(parent, b);
    if (ra != rb) {
      parent[Math.max(ra, rb)] = Math.min(ra, rb);
    }
  }
}
