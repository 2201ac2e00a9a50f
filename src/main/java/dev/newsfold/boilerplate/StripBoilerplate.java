package dev.newsfold.boilerplate;

import dev.newsfold.model.ParsedCopy;
import dev.newsfold.parse.ParsedArticle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.SerializableCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.VarIntCoder;
import org.apache.beam.sdk.coders.VarLongCoder;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.GroupByKey;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.View;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.PCollectionView;
import org.apache.beam.sdk.values.TupleTag;

/**
 * Corpus-level boilerplate removal: counts every paragraph across the corpus with the documents it
 * occurs in, decides with {@link CorpusBoilerplate} which recur across different stories, and
 * removes those from every copy (counted under the rule "corpus_repeated"). The corpus includes
 * the archive's earlier copies (their paragraph keys), so a promo seen in two stories yesterday and
 * one today is boilerplate today. Each copy keeps its paragraph keys from before removal.
 */
public final class StripBoilerplate extends PTransform<PCollectionTuple, PCollection<ParsedCopy>> {
  public static final String RULE = "corpus_repeated";
  /** This run's copies, to be stripped. */
  public static final TupleTag<ParsedCopy> COPIES = new TupleTag<>() {};
  /** The paragraph keys of copies archived by earlier runs: evidence only, nothing is removed from them. */
  public static final TupleTag<long[]> ARCHIVED_PARAGRAPH_KEYS = new TupleTag<>() {};
  private final int minStories;

  public StripBoilerplate(int minStories) {
    this.minStories = minStories;
  }

  @Override
  public PCollection<ParsedCopy> expand(PCollectionTuple input) {
    PCollection<ParsedCopy> copies = input.get(COPIES);
    PCollection<KV<String, long[]>> documents = PCollectionList
        .of(copies.apply("KeyDocumentsByContent", ParDo.of(new DocumentKeysFn()))
            .setCoder(KvCoder.of(StringUtf8Coder.of(), SerializableCoder.of(long[].class))))
        .and(input.get(ARCHIVED_PARAGRAPH_KEYS).apply("KeyArchivedDocuments", ParDo.of(new ArchivedKeysFn()))
            .setCoder(KvCoder.of(StringUtf8Coder.of(), SerializableCoder.of(long[].class))))
        .apply("AllDocuments", Flatten.pCollections());
    PCollectionView<Map<Long, Integer>> recurring = documents
        .apply("GroupIdenticalDocuments", GroupByKey.create())
        .apply("EmitParagraphHolders", ParDo.of(new HoldersFn()))
        .setCoder(KvCoder.of(VarLongCoder.of(), SerializableCoder.of(long[].class)))
        .apply("GroupByParagraph", GroupByKey.create())
        .apply("DecideRecurring", ParDo.of(new DecideFn(minStories)))
        .setCoder(KvCoder.of(VarLongCoder.of(), VarIntCoder.of()))
        .apply("RecurringAsMap", View.asMap());
    return copies.apply("RemoveRecurring", ParDo.of(new RemoveFn(recurring)).withSideInputs(recurring));
  }

  static final class DocumentKeysFn extends DoFn<ParsedCopy, KV<String, long[]>> {
    @ProcessElement
    public void process(@Element ParsedCopy copy, OutputReceiver<KV<String, long[]>> out) {
      long[] keys = CorpusBoilerplate.keys(copy.article().paragraphs());
      out.output(KV.of(Arrays.toString(keys), keys));
    }
  }

  static final class ArchivedKeysFn extends DoFn<long[], KV<String, long[]>> {
    @ProcessElement
    public void process(@Element long[] keys, OutputReceiver<KV<String, long[]>> out) {
      out.output(KV.of(Arrays.toString(keys), keys));
    }
  }

  static final class HoldersFn extends DoFn<KV<String, Iterable<long[]>>, KV<Long, long[]>> {
    @ProcessElement
    public void process(@Element KV<String, Iterable<long[]>> identical, OutputReceiver<KV<Long, long[]>> out) {
      long[] keys = identical.getValue().iterator().next();
      for (long key : keys) {
        out.output(KV.of(key, keys));
      }
    }
  }

  static final class DecideFn extends DoFn<KV<Long, Iterable<long[]>>, KV<Long, Integer>> {
    private final int minStories;

    DecideFn(int minStories) {
      this.minStories = minStories;
    }

    @ProcessElement
    public void process(@Element KV<Long, Iterable<long[]>> holders, OutputReceiver<KV<Long, Integer>> out) {
      List<long[]> docs = new ArrayList<>();
      holders.getValue().forEach(docs::add);
      if (docs.size() < minStories) {
        return;
      }
      docs.sort(Comparator.comparing(Arrays::toString)); // Same examined subset on every run.
      int stories = CorpusBoilerplate.storiesSharing(docs);
      if (stories >= minStories) {
        out.output(KV.of(holders.getKey(), stories));
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
      copy = copy.withParagraphKeys(CorpusBoilerplate.keys(copy.article().paragraphs()));
      ParsedArticle article = copy.article();
      List<String> kept = new ArrayList<>();
      for (String paragraph : article.paragraphs()) {
        if (!boilerplate.containsKey(CorpusBoilerplate.paragraphKey(paragraph))) {
          kept.add(paragraph);
        }
      }
      int dropped = article.paragraphs().size() - kept.size();
      if (dropped == 0) {
        out.output(copy);
        return;
      }
      if (kept.isEmpty()) {
        keptWhole.inc(); // A copy made only of recurring text keeps it: better a noisy body than none.
        out.output(copy);
        return;
      }
      removed.inc(dropped);
      Map<String, Integer> stripped = new TreeMap<>(article.stripped());
      stripped.merge(RULE, dropped, Integer::sum);
      out.output(copy.withArticle(new ParsedArticle(article.format(), article.metadata(), kept, stripped)));
    }
  }
}
