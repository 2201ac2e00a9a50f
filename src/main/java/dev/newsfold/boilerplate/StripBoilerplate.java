package dev.newsfold.boilerplate;

import dev.newsfold.coders.LongArrayCoder;
import dev.newsfold.coders.ParagraphHoldersCoder;
import dev.newsfold.model.ParsedCopy;
import dev.newsfold.parse.ParsedArticle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.VarIntCoder;
import org.apache.beam.sdk.coders.VarLongCoder;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.GroupByKey;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.View;
import org.apache.beam.sdk.transforms.windowing.GlobalWindow;
import org.apache.beam.sdk.transforms.windowing.GlobalWindows;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.PCollectionView;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TypeDescriptor;

/**
 * Corpus-level boilerplate removal: counts every paragraph across the corpus with the documents it
 * occurs in, decides with {@link CorpusBoilerplate} which recur across different stories, and
 * removes those from every copy (counted under the rule "corpus_repeated"). The corpus includes
 * the archive's copies (their paragraphs from before removal), so a promo seen in two stories
 * yesterday and one today is boilerplate today, and is removed from yesterday's copies too, as one
 * run over both days would (and a paragraph removed yesterday that today's evidence no longer calls
 * boilerplate comes back). Each copy keeps its paragraph keys and removed paragraphs. A paragraph
 * whose frame (its figures masked) recurs with many different figures is a recurring story's
 * sentence ("the bank had drained 4.2 billion crowns ..."), not furniture, and is never removed:
 * in a large corpus a few stories repeat it with the same figures by chance.
 */
public final class StripBoilerplate extends PTransform<PCollectionTuple, PCollectionTuple> {
  public static final String RULE = "corpus_repeated";
  /** This run's copies, to be stripped. */
  public static final TupleTag<ParsedCopy> COPIES = new TupleTag<>() {};
  /** Copies archived by earlier runs, with their paragraphs from before removal: evidence, and stripped again. */
  public static final TupleTag<ParsedCopy> ARCHIVED = new TupleTag<>() {};
  /** This run's copies, stripped. */
  public static final TupleTag<ParsedCopy> STRIPPED = new TupleTag<>() {};
  /** The archived copies, stripped with this run's evidence (which may differ from their archived bodies). */
  public static final TupleTag<ParsedCopy> ARCHIVED_STRIPPED = new TupleTag<>() {};
  /** A paragraph's evidence: pages holding it (their body keys), or its frame's mark as a recurring story's. */
  static final KvCoder<Long, ParagraphHolders> PARAGRAPH_EVIDENCE =
      KvCoder.of(VarLongCoder.of(), ParagraphHoldersCoder.of());
  /**
   * The memory, as {@link HoldersFn} estimates it, of the holders it merges before emitting them: over the thousand
   * or more pages that fit, a site's furniture paragraph becomes one element instead of one a page.
   */
  static final long MAX_BUFFERED_BYTES = 64L << 20;
  private final int minStories;

  public StripBoilerplate(int minStories) {
    this.minStories = minStories;
  }

  @Override
  public PCollectionTuple expand(PCollectionTuple input) {
    PCollection<ParsedCopy> copies = input.get(COPIES);
    PCollection<ParsedCopy> archived = input.get(ARCHIVED);
    for (PCollection<ParsedCopy> in : List.of(copies, archived)) {
      if (!(in.getWindowingStrategy().getWindowFn() instanceof GlobalWindows)) {
        throw new IllegalArgumentException("corpus boilerplate counts the whole corpus at once, in the global window; "
            + in.getName() + " is windowed by " + in.getWindowingStrategy().getWindowFn());
      }
    }
    PCollection<PageParagraphs> pages = PCollectionList.of(copies).and(archived)
        .apply("AllCopies", Flatten.pCollections())
        .apply("KeyParagraphs", MapElements.into(TypeDescriptor.of(PageParagraphs.class)).via(PageParagraphs::of));
    PCollection<KV<Long, ParagraphHolders>> templateParagraphs = pages
        .apply("EmitParagraphFrames", ParDo.of(new FramesFn()))
        .setCoder(KvCoder.of(VarLongCoder.of(), VarLongCoder.of()))
        .apply("GroupByFrame", GroupByKey.create())
        .apply("DecideTemplates", ParDo.of(new TemplatesFn()))
        .setCoder(PARAGRAPH_EVIDENCE);
    PCollection<KV<Long, ParagraphHolders>> holders = pages
        .apply("KeyDocumentsByContent", ParDo.of(new DocumentKeysFn()))
        .setCoder(KvCoder.of(VarLongCoder.of(), KvCoder.of(LongArrayCoder.of(), LongArrayCoder.of())))
        .apply("GroupIdenticalDocuments", GroupByKey.create())
        .apply("EmitParagraphHolders", ParDo.of(new HoldersFn(MAX_BUFFERED_BYTES)))
        .setCoder(PARAGRAPH_EVIDENCE);
    // Joined on the paragraph key, not read as a side input: the template set grows with the corpus. Grouped, not
    // combined: EmitParagraphHolders has merged each paragraph's holders over a thousand pages or more already, so
    // a combiner would find little left to merge, and on Flink it costs a sort of every element before the
    // shuffle's own (issue #15). A group is merged as it is read, so only the holders examined are held.
    PCollectionView<Map<Long, Integer>> recurring = PCollectionList.of(holders).and(templateParagraphs)
        .apply("HoldersAndTemplates", Flatten.pCollections())
        .apply("GroupByParagraph", GroupByKey.create())
        .apply("DecideRecurring", ParDo.of(new DecideFn(minStories)))
        .setCoder(KvCoder.of(VarLongCoder.of(), VarIntCoder.of()))
        .apply("RecurringAsMap", View.asMap());
    PCollection<ParsedCopy> stripped = copies.apply("RemoveRecurring",
        ParDo.of(new RemoveFn(recurring)).withSideInputs(recurring));
    PCollection<ParsedCopy> archivedStripped = archived.apply("RemoveRecurringFromArchived",
        ParDo.of(new RemoveFn(recurring)).withSideInputs(recurring));
    return PCollectionTuple.of(STRIPPED, stripped).and(ARCHIVED_STRIPPED, archivedStripped);
  }

  /** Each body paragraph long enough to be evidence and holding figures, as (its frame's key, its own key). */
  static final class FramesFn extends DoFn<PageParagraphs, KV<Long, Long>> {
    @ProcessElement
    public void process(@Element PageParagraphs page, OutputReceiver<KV<Long, Long>> out) {
      for (int i = 0; i < page.frameKeys().length; i++) {
        out.output(KV.of(page.frameKeys()[i], page.framedParagraphKeys()[i]));
      }
    }
  }

  /** The paragraphs of a frame seen with enough different figures: a recurring story's sentences, never boilerplate. */
  static final class TemplatesFn extends DoFn<KV<Long, Iterable<Long>>, KV<Long, ParagraphHolders>> {
    @ProcessElement
    public void process(@Element KV<Long, Iterable<Long>> frame, OutputReceiver<KV<Long, ParagraphHolders>> out) {
      java.util.Set<Long> variants = new java.util.TreeSet<>(); // The same paragraph comes once per copy holding it.
      frame.getValue().forEach(variants::add);
      if (variants.size() >= CorpusBoilerplate.MIN_FIGURE_VARIANTS) {
        for (long paragraph : variants) {
          out.output(KV.of(paragraph, new ParagraphHolders().markTemplate()));
        }
      }
    }
  }

  /** A copy's body keys and its page's furniture keys, under a hash that is the same for identical pages. */
  static final class DocumentKeysFn extends DoFn<PageParagraphs, KV<Long, KV<long[], long[]>>> {
    @ProcessElement
    public void process(@Element PageParagraphs page, OutputReceiver<KV<Long, KV<long[], long[]>>> out) {
      out.output(KV.of(page.contentHash(), KV.of(page.bodyKeys(), page.furnitureKeys())));
    }
  }

  /**
   * Each paragraph of each distinct page, in its body or its furniture, with the page's body keys (a bounded sample
   * of a very long page's, {@link CorpusBoilerplate#holderKeys}): a page holds its furniture as evidence that a
   * paragraph is the site's, but only its body says which story it is. Identical pages
   * count once; pages that only share the hash are told apart by their keys. A paragraph's holders are merged
   * here, over as many pages as {@code maxBufferedBytes} allows, before they are shuffled: a site's footer is then one
   * element per thousand pages or more, not one per page, for the shuffle's sort and coders.
   */
  static final class HoldersFn extends DoFn<KV<Long, Iterable<KV<long[], long[]>>>, KV<Long, ParagraphHolders>> {
    /**
     * What one holder costs beside its keys: the map's entry and boxed key, the paragraph's holders and list slot,
     * the holder itself. Each key is counted at 24 bytes, its 8 and the text the holder may make of it to be ordered.
     */
    private static final int HOLDER_BYTES = 200;
    private static final int KEY_BYTES = 24;
    private final long maxBufferedBytes;
    private transient Map<Long, ParagraphHolders> buffered;
    private transient long bufferedBytes;

    HoldersFn(long maxBufferedBytes) {
      this.maxBufferedBytes = maxBufferedBytes;
    }

    @StartBundle
    public void startBundle() {
      emptyBuffer();
    }

    @ProcessElement
    public void process(@Element KV<Long, Iterable<KV<long[], long[]>>> sameHash,
        OutputReceiver<KV<Long, ParagraphHolders>> out) {
      List<KV<long[], long[]>> distinct = new ArrayList<>(1);
      for (KV<long[], long[]> page : sameHash.getValue()) { // One pass: a runner's group may not iterate twice.
        if (distinct.stream().noneMatch(seen -> Arrays.equals(seen.getKey(), page.getKey())
            && Arrays.equals(seen.getValue(), page.getValue()))) {
          distinct.add(page);
          holdParagraphs(page.getKey(), page.getValue());
        }
      }
      if (bufferedBytes > maxBufferedBytes) {
        buffered.forEach((paragraph, holders) -> out.output(KV.of(paragraph, holders)));
        emptyBuffer();
      }
    }

    /** Outputs in the global window, at its end as the group's were: {@link #expand} refuses any other window. */
    @FinishBundle
    public void finishBundle(FinishBundleContext context) {
      buffered.forEach((paragraph, holders) -> context.output(KV.of(paragraph, holders),
          GlobalWindow.INSTANCE.maxTimestamp(), GlobalWindow.INSTANCE));
      emptyBuffer();
    }

    /** A new map, not a cleared one: the holders just output must not be reached from here again. */
    private void emptyBuffer() {
      buffered = new HashMap<>();
      bufferedBytes = 0;
    }

    private void holdParagraphs(long[] body, long[] furniture) {
      long[] sample = CorpusBoilerplate.holderKeys(body);
      for (long key : body) {
        hold(key, CorpusBoilerplate.withHeld(sample, key));
      }
      if (furniture != null) {
        for (long key : furniture) {
          if (Arrays.binarySearch(body, key) < 0) {
            hold(key, sample);
          }
        }
      }
    }

    private void hold(long paragraph, long[] holderKeys) {
      buffered.computeIfAbsent(paragraph, k -> new ParagraphHolders()).addHolder(holderKeys);
      bufferedBytes += HOLDER_BYTES + (long) KEY_BYTES * holderKeys.length; // A page's shared keys count each time.
    }
  }

  /** A paragraph's evidence merged ({@link ParagraphHolders#merge} takes its parts in any order), then judged. */
  static final class DecideFn extends DoFn<KV<Long, Iterable<ParagraphHolders>>, KV<Long, Integer>> {
    private final int minStories;
    private final Counter templateKept = Metrics.counter(StripBoilerplate.class, "template_paragraphs_kept");

    DecideFn(int minStories) {
      this.minStories = minStories;
    }

    @ProcessElement
    public void process(@Element KV<Long, Iterable<ParagraphHolders>> paragraph,
        OutputReceiver<KV<Long, Integer>> out) {
      ParagraphHolders holders = new ParagraphHolders();
      paragraph.getValue().forEach(holders::merge); // One pass: a runner's group may not iterate twice.
      if (holders.template()) {
        if (holders.hasHolders()) {
          templateKept.inc(); // A recurring story's sentence that other stories repeat by chance with the same figures.
        }
        return;
      }
      List<long[]> docs = holders.examined();
      if (docs.size() < minStories) {
        return;
      }
      int stories = CorpusBoilerplate.storiesSharing(docs);
      if (stories >= minStories) {
        out.output(KV.of(paragraph.getKey(), stories));
      }
    }
  }

  static final class RemoveFn extends DoFn<ParsedCopy, ParsedCopy> {
    private final PCollectionView<Map<Long, Integer>> recurring;
    private final Counter removed = Metrics.counter(StripBoilerplate.class, "corpus_repeated_paragraphs_removed");
    private final Counter keptWhole = Metrics.counter(StripBoilerplate.class, "copies_entirely_recurring_kept_whole");

    RemoveFn(PCollectionView<Map<Long, Integer>> recurring) {
      this.recurring = recurring;
    }

    @ProcessElement
    public void process(@Element ParsedCopy copy, OutputReceiver<ParsedCopy> out, ProcessContext context) {
      Map<Long, Integer> boilerplate = context.sideInput(recurring);
      ParsedArticle article = copy.article();
      List<String> paragraphs = article.paragraphs();
      long[] paragraphKeys = paragraphs.stream().mapToLong(CorpusBoilerplate::paragraphKey).toArray();
      long[] keysBefore = PageParagraphs.bodyKeysBeforeRemoval(copy, paragraphKeys);
      List<String> kept = new ArrayList<>();
      List<String> dropped = new ArrayList<>();
      List<Integer> droppedAt = new ArrayList<>();
      for (int i = 0; i < paragraphs.size(); i++) {
        if (boilerplate.containsKey(paragraphKeys[i])) {
          dropped.add(paragraphs.get(i));
          droppedAt.add(i);
        } else {
          kept.add(paragraphs.get(i));
        }
      }
      if (kept.isEmpty() && !dropped.isEmpty()) {
        keptWhole.inc(); // A copy made only of recurring text keeps it: better a noisy body than none.
        kept = dropped;
        dropped = List.of();
        droppedAt = List.of();
      }
      removed.inc(dropped.size());
      Map<String, Integer> stripped = new TreeMap<>(article.stripped());
      stripped.remove(RULE); // An archived copy is decided again, from its paragraphs before removal.
      if (!dropped.isEmpty()) {
        stripped.put(RULE, dropped.size());
      }
      out.output(copy.corpusStripped(new ParsedArticle(article.format(), article.metadata(), kept, stripped,
          article.extraction(), article.furnitureKeys()),
          keysBefore, dropped, droppedAt.stream().mapToInt(Integer::intValue).toArray()));
    }
  }
}
