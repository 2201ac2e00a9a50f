package dev.newsfold.boilerplate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsfold.coders.ParagraphHoldersCoder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.apache.beam.sdk.util.CoderUtils;
import org.junit.jupiter.api.Test;

class ParagraphHoldersTest {
  private static final long SHARED = 0x55L | 1L;

  /** Pages holding one paragraph: each has it and a few of a small pool of others, so that some pages are one story. */
  private static List<long[]> pages(Random random, int count) {
    List<long[]> pages = new ArrayList<>();
    for (int p = 0; p < count; p++) {
      long[] keys = new long[1 + random.nextInt(5)];
      keys[0] = SHARED;
      for (int k = 1; k < keys.length; k++) {
        keys[k] = (random.nextInt(3 * count + 1) * 2L + 1) * (random.nextBoolean() ? 1 : -1);
      }
      long[] distinct = CorpusBoilerplate.sortedDistinct(keys);
      if (pages.stream().noneMatch(page -> Arrays.equals(page, distinct))) {
        pages.add(distinct);
      }
    }
    return pages;
  }

  /** What the grouped decision examined: every holder, ordered by its keys as text, the first up to the cap. */
  private static List<long[]> examinedWhenGrouped(List<long[]> pages) {
    List<long[]> ordered = new ArrayList<>(pages);
    ordered.sort(Comparator.comparing(Arrays::toString));
    return ordered.subList(0, Math.min(CorpusBoilerplate.MAX_DOCUMENTS_EXAMINED, ordered.size()));
  }

  private static ParagraphHolders throughCoder(ParagraphHolders holders) throws Exception {
    return CoderUtils.decodeFromByteArray(ParagraphHoldersCoder.of(),
        CoderUtils.encodeToByteArray(ParagraphHoldersCoder.of(), holders));
  }

  @Test
  void partialResultsMergedInAnyOrderExamineWhatTheGroupedDecisionExamined() throws Exception {
    Random random = new Random(15);
    for (int trial = 0; trial < 60; trial++) {
      List<long[]> pages = pages(random, 1 + random.nextInt(trial < 30 ? 60 : 1_100));
      List<long[]> arrival = new ArrayList<>(pages);
      Collections.shuffle(arrival, random);
      List<ParagraphHolders> partials = new ArrayList<>();
      for (int from = 0; from < arrival.size(); ) {
        int to = Math.min(arrival.size(), from + 1 + random.nextInt(arrival.size()));
        ParagraphHolders partial = new ParagraphHolders();
        arrival.subList(from, to).forEach(partial::addHolder);
        partials.add(throughCoder(partial));
        from = to;
      }
      Collections.shuffle(partials, random);
      ParagraphHolders merged = new ParagraphHolders();
      for (ParagraphHolders partial : partials) {
        merged = throughCoder(merged.merge(partial));
      }
      List<long[]> expected = examinedWhenGrouped(pages);
      List<long[]> examined = merged.examined();
      assertEquals(expected.size(), examined.size(), "trial " + trial);
      for (int i = 0; i < expected.size(); i++) {
        assertArrayEquals(expected.get(i), examined.get(i), "trial " + trial + ", holder " + i);
      }
      assertEquals(CorpusBoilerplate.storiesSharing(expected), CorpusBoilerplate.storiesSharing(examined));
    }
  }

  @Test
  void aPartialResultHoldsAtMostTheCapAndExaminingLeavesItAsItWas() throws Exception {
    ParagraphHolders holders = new ParagraphHolders();
    pages(new Random(7), 3_000).forEach(holders::addHolder);
    assertTrue(holders.bounded().size() <= CorpusBoilerplate.MAX_DOCUMENTS_EXAMINED);
    byte[] before = CoderUtils.encodeToByteArray(ParagraphHoldersCoder.of(), holders);
    holders.examined();
    assertArrayEquals(before, CoderUtils.encodeToByteArray(ParagraphHoldersCoder.of(), holders));
  }

  @Test
  void theTemplateMarkSurvivesMergingAndTheCoder() throws Exception {
    ParagraphHolders holders = new ParagraphHolders().addHolder(new long[] {SHARED});
    assertFalse(throughCoder(holders).template());
    ParagraphHolders marked = new ParagraphHolders().markTemplate();
    assertTrue(throughCoder(new ParagraphHolders().merge(throughCoder(marked)).merge(holders)).template());
    assertTrue(throughCoder(holders.merge(marked)).hasHolders());
  }
}
