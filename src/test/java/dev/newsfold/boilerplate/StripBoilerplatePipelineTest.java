package dev.newsfold.boilerplate;

import dev.newsfold.coders.LongArrayCoder;
import dev.newsfold.model.ParsedCopy;
import dev.newsfold.model.RawCopy;
import dev.newsfold.parse.ArticleFormat;
import dev.newsfold.parse.ArticleMetadata;
import dev.newsfold.parse.ParsedArticle;
import dev.newsfold.text.Hashing;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.beam.sdk.coders.IterableCoder;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.SerializableCoder;
import org.apache.beam.sdk.coders.VarLongCoder;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.transforms.Count;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.Distinct;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.FlatMapElements;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TypeDescriptor;
import org.apache.beam.sdk.values.TypeDescriptors;
import org.junit.Rule;
import org.junit.Test;

/** Corpus boilerplate counted over this run's copies and the archive's: a promo recurring across runs is removed. */
public class StripBoilerplatePipelineTest {
  static final String PROMO = "Get the morning briefing from the Harbour Herald in your inbox every day, sign up free.";

  @Rule
  public final transient TestPipeline pipeline = TestPipeline.create();

  static String story(String name) {
    return "The " + name + " story has a first paragraph of its own with well over ten words in it.";
  }

  static ParsedCopy copy(String name, List<String> paragraphs) {
    String text = String.join("\n\n", paragraphs);
    RawCopy raw = new RawCopy("/in/" + name, name, text.length(), "none", Hashing.sha256Hex(text), "UTF-8", text);
    ArticleMetadata none = new ArticleMetadata(null, null, null, null, null, null, Map.of());
    return new ParsedCopy(raw, new ParsedArticle(ArticleFormat.TEXT, none, paragraphs, Map.of()));
  }

  /** An archived copy as read back: its paragraphs from before corpus removal, and their keys. */
  private static ParsedCopy archived(String name, List<String> beforeRemoval) {
    ParsedCopy c = copy(name, beforeRemoval);
    return new ParsedCopy(c.raw(), c.article(), CorpusBoilerplate.keys(beforeRemoval), null, null, true);
  }

  /** A page whose extractor left some of its paragraphs (a footer, a note) out of the body. */
  private static ParsedCopy page(String name, List<String> body, List<String> furniture) {
    ParsedCopy c = copy(name, body);
    ParsedArticle a = c.article();
    return new ParsedCopy(c.raw(), new ParsedArticle(ArticleFormat.HTML, a.metadata(), body, Map.of(), "main_content",
        CorpusBoilerplate.keys(furniture)));
  }

  private PCollectionTuple strip(List<ParsedCopy> archived) {
    return strip(List.of(copy("today.txt", List.of(story("harbour"), PROMO))), archived);
  }

  private PCollectionTuple strip(List<ParsedCopy> newCopies, List<ParsedCopy> archived) {
    PCollection<ParsedCopy> copies = pipeline.apply("Copies", Create.of(newCopies)
        .withCoder(SerializableCoder.of(ParsedCopy.class)));
    PCollection<ParsedCopy> archivedCopies = pipeline.apply("ArchivedCopies", Create.of(archived)
        .withCoder(SerializableCoder.of(ParsedCopy.class)));
    return PCollectionTuple.of(StripBoilerplate.COPIES, copies).and(StripBoilerplate.ARCHIVED, archivedCopies)
        .apply(new StripBoilerplate(3));
  }

  private static PCollection<String> bodies(PCollection<ParsedCopy> copies, String name) {
    return copies.apply(name, MapElements.into(TypeDescriptors.strings())
        .via(c -> c.raw().relativePath() + ": " + c.article().bodyText() + " | keys " + c.paragraphKeys().length));
  }

  @Test
  public void aPromoInTwoArchivedStoriesAndOneNewIsRemovedFromAllThree() {
    // Yesterday's two copies kept the promo: two stories were not enough. Today's third story is.
    PCollectionTuple out = strip(List.of(archived("strike.txt", List.of(story("strike"), PROMO)),
        archived("wildfire.txt", List.of(story("wildfire"), PROMO))));
    PAssert.that(bodies(out.get(StripBoilerplate.STRIPPED), "New")).containsInAnyOrder(
        "today.txt: " + story("harbour") + " | keys 2");
    PAssert.that(bodies(out.get(StripBoilerplate.ARCHIVED_STRIPPED), "Archived")).containsInAnyOrder(
        "strike.txt: " + story("strike") + " | keys 2", "wildfire.txt: " + story("wildfire") + " | keys 2");
    pipeline.run();
  }

  @Test
  public void aRecurringBriefsSentenceRepeatedByChanceIsKeptWhileThePromoGoes() {
    // Seven briefs of one family (five drained figures): three happen to give the same one; all carry the promo.
    List<ParsedCopy> briefs = new java.util.ArrayList<>();
    String[] figures = {"4.2", "4.2", "4.2", "6.0", "3.1", "7.7", "2.5"};
    for (int day = 0; day < figures.length; day++) {
      briefs.add(copy("day" + day + ".txt", List.of(story("day " + day), "The bank had drained " + figures[day]
          + " billion crowns of reserves earlier in the statement period, dealers said.", PROMO)));
    }
    PCollectionTuple out = strip(briefs, List.of());
    PAssert.that(out.get(StripBoilerplate.STRIPPED).apply("Sizes", MapElements.into(TypeDescriptors.integers())
        .via(c -> c.article().paragraphs().size()))).containsInAnyOrder(2, 2, 2, 2, 2, 2, 2);
    PAssert.that(bodies(out.get(StripBoilerplate.STRIPPED), "New").apply("Kept", MapElements.into(TypeDescriptors.booleans())
        .via(b -> b.contains("drained") && !b.contains("briefing")))).containsInAnyOrder(true, true, true, true, true, true, true);
    pipeline.run();
  }

  @Test
  public void withoutTheArchiveOneStoryIsNotEnough() {
    PCollectionTuple out = strip(List.of(archived("x.txt", List.of(story("x"), PROMO))));
    PAssert.that(bodies(out.get(StripBoilerplate.STRIPPED), "New")).containsInAnyOrder(
        "today.txt: " + story("harbour") + "\n\n" + PROMO + " | keys 2");
    PAssert.that(bodies(out.get(StripBoilerplate.ARCHIVED_STRIPPED), "Archived")).containsInAnyOrder(
        "x.txt: " + story("x") + "\n\n" + PROMO + " | keys 2");
    pipeline.run();
  }

  @Test
  public void aFooterTheExtractorLeftOutOfTwoPagesIsStillTheSitesInATextCopy() {
    // The HTML pages of two other stories carry the promo outside their article: evidence, not body.
    PCollectionTuple out = strip(List.of(copy("today.txt", List.of(story("harbour"), PROMO)),
        page("strike.html", List.of(story("strike")), List.of(PROMO)),
        page("wildfire.html", List.of(story("wildfire")), List.of(PROMO))), List.of());
    PAssert.that(bodies(out.get(StripBoilerplate.STRIPPED), "New")).containsInAnyOrder(
        "today.txt: " + story("harbour") + " | keys 2", "strike.html: " + story("strike") + " | keys 1",
        "wildfire.html: " + story("wildfire") + " | keys 1");
    pipeline.run();
  }

  @Test
  public void eachPagesOwnFurnitureDoesNotMakeCopiesOfOneStoryLookLikeThree() {
    // Three copies of one story, each page with furniture of its own: the story's text is not boilerplate.
    String second = "A second paragraph of the same story, also long enough to count as evidence here.";
    PCollectionTuple out = strip(List.of(
        page("a.html", List.of(story("harbour"), second), List.of("The A Times ticker: markets up, weather fine, a new mayor sworn in")),
        page("b.html", List.of(story("harbour"), second), List.of("The B Post was founded by mill workers in 1902 and reports every election")),
        copy("c.txt", List.of(story("harbour"), second, "The C Courier newsletter arrives every Friday in your inbox for free"))),
        List.of());
    PAssert.that(bodies(out.get(StripBoilerplate.STRIPPED), "New")).containsInAnyOrder(
        "a.html: " + story("harbour") + "\n\n" + second + " | keys 2",
        "b.html: " + story("harbour") + "\n\n" + second + " | keys 2",
        "c.txt: " + story("harbour") + "\n\n" + second + "\n\nThe C Courier newsletter arrives every Friday in your inbox for free | keys 3");
    pipeline.run();
  }

  @Test
  public void identicalPagesHoldTheirParagraphsOncePagesThatOnlyShareAHashEachHoldTheirs() {
    long[] page = {3L, 5L};
    long[] other = {3L, 7L};
    // One hash group: the same page twice and a different page that happens to share the hash.
    PCollection<String> holders = pipeline
        .apply(Create.of(KV.of(42L, (Iterable<KV<long[], long[]>>) List.of(KV.of(page, new long[] {9L}),
            KV.of(page.clone(), new long[] {9L}), KV.of(other, new long[] {9L}))))
            .withCoder(KvCoder.of(VarLongCoder.of(), IterableCoder.of(KvCoder.of(LongArrayCoder.of(), LongArrayCoder.of())))))
        .apply(ParDo.of(new StripBoilerplate.HoldersFn(StripBoilerplate.MAX_BUFFERED_BYTES)))
        .setCoder(StripBoilerplate.PARAGRAPH_EVIDENCE)
        .apply(eachHolder())
        .apply(MapElements.into(TypeDescriptors.strings()).via(held -> held.getKey() + " held by "
            + java.util.Arrays.toString(held.getValue())));
    PAssert.that(holders).containsInAnyOrder("3 held by [3, 5]", "5 held by [3, 5]", "9 held by [3, 5]",
        "3 held by [3, 7]", "7 held by [3, 7]", "9 held by [3, 7]");
    pipeline.run();
  }

  @Test
  public void aVeryLongPageHoldsEachOfItsParagraphsWithABoundedSampleOfItsKeysAndThatParagraph() {
    long[] body = java.util.stream.LongStream.range(0, CorpusBoilerplate.MAX_HOLDER_KEYS + 500L).map(k -> 2 * k).toArray();
    PCollection<KV<Long, long[]>> held = pipeline
        .apply(Create.of(KV.of(42L, (Iterable<KV<long[], long[]>>) List.of(KV.of(body, new long[] {-1L}))))
            .withCoder(KvCoder.of(VarLongCoder.of(), IterableCoder.of(KvCoder.of(LongArrayCoder.of(), LongArrayCoder.of())))))
        .apply(ParDo.of(new StripBoilerplate.HoldersFn(StripBoilerplate.MAX_BUFFERED_BYTES)))
        .setCoder(StripBoilerplate.PARAGRAPH_EVIDENCE)
        .apply(eachHolder());
    long[] lowest = java.util.Arrays.copyOf(body, CorpusBoilerplate.MAX_HOLDER_KEYS);
    PAssert.that(held.apply("Describe", MapElements.into(TypeDescriptors.strings()).via(paragraph -> {
      long[] keys = paragraph.getValue();
      boolean sampled = java.util.Arrays.equals(lowest, java.util.Arrays.copyOf(keys, lowest.length));
      if (paragraph.getKey() == -1L) {
        return keys.length == lowest.length && sampled ? "the sample for its furniture" : "furniture: " + keys.length;
      }
      boolean withParagraph = java.util.Arrays.binarySearch(keys, paragraph.getKey()) >= 0;
      return keys.length <= lowest.length + 1 && sampled && withParagraph ? "the sample with the paragraph"
          : paragraph.getKey() + ": " + keys.length;
    })).apply(Distinct.create())).containsInAnyOrder("the sample with the paragraph", "the sample for its furniture");
    PAssert.thatSingleton(held.apply(Count.globally())).isEqualTo(body.length + 1L); // every paragraph, and the furniture
    pipeline.run();
  }

  @Test
  public void aParagraphsHoldersAreMergedIntoOneElementBeforeTheShuffle() {
    KvCoder<Long, Iterable<KV<long[], long[]>>> groupCoder =
        KvCoder.of(VarLongCoder.of(), IterableCoder.of(KvCoder.of(LongArrayCoder.of(), LongArrayCoder.of())));
    // Three different pages in one group, each holding the furniture paragraph 9.
    PCollection<String> merged = pipeline
        .apply("OneGroup", Create.of(KV.of(42L, (Iterable<KV<long[], long[]>>) List.of(
            KV.of(new long[] {3L}, new long[] {9L}), KV.of(new long[] {5L}, new long[] {9L}),
            KV.of(new long[] {7L}, new long[] {9L})))).withCoder(groupCoder))
        .apply("Merged", ParDo.of(new StripBoilerplate.HoldersFn(StripBoilerplate.MAX_BUFFERED_BYTES)))
        .setCoder(StripBoilerplate.PARAGRAPH_EVIDENCE)
        .apply("DescribeMerged", MapElements.into(TypeDescriptors.strings()).via(StripBoilerplatePipelineTest::holders));
    PAssert.that(merged).containsInAnyOrder("3 held by [[3]]", "5 held by [[5]]", "7 held by [[7]]",
        "9 held by [[3], [5], [7]]");
    // The same pages in three groups, with a buffer that fills at every group: emitted group by group, none lost.
    PCollection<String> flushed = pipeline
        .apply("ThreeGroups", Create.of(
            KV.of(1L, (Iterable<KV<long[], long[]>>) List.of(KV.of(new long[] {3L}, new long[] {9L}))),
            KV.of(2L, (Iterable<KV<long[], long[]>>) List.of(KV.of(new long[] {5L}, new long[] {9L}))),
            KV.of(3L, (Iterable<KV<long[], long[]>>) List.of(KV.of(new long[] {7L}, new long[] {9L})))).withCoder(groupCoder))
        .apply("Flushed", ParDo.of(new StripBoilerplate.HoldersFn(1)))
        .setCoder(StripBoilerplate.PARAGRAPH_EVIDENCE)
        .apply("DescribeFlushed", MapElements.into(TypeDescriptors.strings()).via(StripBoilerplatePipelineTest::holders));
    PAssert.that(flushed).containsInAnyOrder("3 held by [[3]]", "5 held by [[5]]", "7 held by [[7]]",
        "9 held by [[3]]", "9 held by [[5]]", "9 held by [[7]]");
    pipeline.run();
  }

  @Test
  public void holdersAreEmittedAsSoonAsTheirEstimatedMemoryPassesTheBoundNotOnlyAtTheBundlesEnd() {
    List<KV<Long, ParagraphHolders>> emitted = new ArrayList<>();
    DoFn.OutputReceiver<KV<Long, ParagraphHolders>> receiver = new DoFn.OutputReceiver<>() {
      @Override
      public void output(KV<Long, ParagraphHolders> output) {
        emitted.add(output);
      }

      @Override
      public void outputWithTimestamp(KV<Long, ParagraphHolders> output, org.joda.time.Instant timestamp) {
        emitted.add(output);
      }
    };
    // One page with a body paragraph and a furniture paragraph: two holders of one key each, about 450 bytes.
    KV<Long, Iterable<KV<long[], long[]>>> group = KV.of(1L, List.of(KV.of(new long[] {3L}, new long[] {9L})));
    StripBoilerplate.HoldersFn small = new StripBoilerplate.HoldersFn(1);
    small.startBundle();
    small.process(group, receiver);
    org.junit.Assert.assertEquals(List.of("3 held by [[3]]", "9 held by [[3]]"),
        emitted.stream().map(StripBoilerplatePipelineTest::holders).sorted().toList());
    emitted.clear();
    StripBoilerplate.HoldersFn large = new StripBoilerplate.HoldersFn(StripBoilerplate.MAX_BUFFERED_BYTES);
    large.startBundle();
    large.process(group, receiver);
    org.junit.Assert.assertEquals(List.of(), emitted); // Held for the bundle's end, to be merged with other pages'.
  }

  private static String holders(KV<Long, ParagraphHolders> evidence) {
    return evidence.getKey() + " held by "
        + evidence.getValue().examined().stream().map(java.util.Arrays::toString).toList();
  }

  /** Each holder of each paragraph, however {@link StripBoilerplate.HoldersFn} merged them into elements. */
  private static PTransform<PCollection<KV<Long, ParagraphHolders>>, PCollection<KV<Long, long[]>>> eachHolder() {
    return new PTransform<>() {
      @Override
      public PCollection<KV<Long, long[]>> expand(PCollection<KV<Long, ParagraphHolders>> evidence) {
        return evidence.apply(FlatMapElements
                .into(TypeDescriptors.kvs(TypeDescriptors.longs(), TypeDescriptor.of(long[].class)))
                .via((KV<Long, ParagraphHolders> paragraph) -> paragraph.getValue().examined().stream()
                    .map(keys -> KV.of(paragraph.getKey(), keys)).toList()))
            .setCoder(KvCoder.of(VarLongCoder.of(), LongArrayCoder.of()));
      }
    };
  }

  @Test
  public void identicalPagesShareAContentHashAndPagesThatDifferGetAnother() {
    PageParagraphs page = new PageParagraphs(new long[] {3L, 5L}, new long[] {9L}, new long[0], new long[0]);
    org.junit.Assert.assertEquals(page.contentHash(),
        new PageParagraphs(new long[] {3L, 5L}, new long[] {9L}, new long[] {1L}, new long[] {3L}).contentHash());
    for (PageParagraphs different : List.of(new PageParagraphs(new long[] {3L}, new long[] {5L, 9L}, null, null),
        new PageParagraphs(new long[] {3L, 5L, 9L}, new long[0], null, null),
        new PageParagraphs(new long[] {3L, 5L}, null, null, null), new PageParagraphs(new long[] {3L, 5L}, new long[0], null, null),
        new PageParagraphs(new long[] {5L, 3L}, new long[] {9L}, null, null))) {
      org.junit.Assert.assertNotEquals(page.contentHash(), different.contentHash());
    }
  }
}
