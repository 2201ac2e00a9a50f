package dev.newsfold.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ArchiveRecordsTest {
  @Test
  void removedParagraphsGoBackWhereTheyWere() {
    List<String> before = List.of("Promo at the top.", "First paragraph.", "Mid-article promo.", "Second paragraph.",
        "Footer.");
    assertEquals(before, ArchiveRecords.paragraphsBeforeRemoval(List.of("First paragraph.", "Second paragraph."),
        List.of("Promo at the top.", "Mid-article promo.", "Footer."), new int[] {0, 2, 4}));
    assertEquals(before, ArchiveRecords.paragraphsBeforeRemoval(before, List.of(), new int[0]));
  }

  @Test
  void theCopiesProjectionHasEveryColumnButRawText() {
    assertEquals(TableSchemas.COPIES.getFields().size() - 1, ArchiveRecords.COPIES_WITHOUT_RAW_TEXT.getFields().size());
    assertEquals(null, ArchiveRecords.COPIES_WITHOUT_RAW_TEXT.getField("raw_text"));
  }
}
