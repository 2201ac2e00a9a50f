package dev.newsfold.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class DateParserTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "2025-02-04|2025-02-04",
      "2025-03-12T14:02:37+00:00|2025-03-12",
      "Published 2024-05-03 at 08:12|2024-05-03",
      "February 04, 2025|2025-02-04",
      "Feb. 4, 2025|2025-02-04",
      "Sept. 5 2024|2024-09-05",
      "March 12th, 2025, 09:47 GMT|2025-03-12",
      "4 February 2025|2025-02-04",
      "Published 6 February 2025, 14:05 CET|2025-02-06",
      "Thu 3 Jul 2025 18.30 BST|2025-07-03",
      "22 Jul 2025 - 15:48|2025-07-22",
      "the 1st of June, 2024|2024-06-01",
      "on Oct. 7, 2023, with his girlfriend|2023-10-07",
      "DECEMBER 31, 1999|1999-12-31",
      "Veröffentlicht am 14. Januar 2020|2020-01-14",
      "3 mars 2020 à 10h|2020-03-03",
      "7 de junio de 2020|2020-06-07",
      "12 maggio 2019|2019-05-12",
      "Stand: 07.06.2020, 10:15 Uhr|2020-06-07",
      "2020/06/07|2020-06-07",
      "Von Redaktion 4.\u20092.\u20092022.|2022-02-04",
      "7\u00a0June\u00a02020|2020-06-07",
      "Published: 19/01/2023 16:45 GMT|2023-01-19",
      "12/25/2019|2019-12-25"})
  void findsDates(String text, String expected) {
    assertEquals(Optional.of(LocalDate.parse(expected)), DateParser.find(text));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "No date here at all.", "May 3 (Reuters)", "February 30, 2025", "2025-13-01",
      "In May 2025 the port", "Maybe 4, 2025", "Published: 03/04/2023", "1/2/2023/5"})
  void findsNoDate(String text) {
    assertEquals(Optional.empty(), DateParser.find(text));
  }

  @Test
  void theYearPrefilterPassesEveryYearAndRejectsTextWithout() {
    assertTrue(DateParser.holdsYear("x 1987"));
    assertTrue(DateParser.holdsYear("2024"));
    assertFalse(DateParser.holdsYear("On 4 May, 209 people and 1,987 others"));
    assertFalse(DateParser.holdsYear("201"));
  }

  @Test
  void datesInUrlPaths() {
    assertEquals(Optional.of(LocalDate.of(2025, 2, 4)), DateParser.inUrlPath(
        "https://www.themoscowtimes.com/2025/02/04/russia-tells-hamas-to-keep-promises-on-hostage-release-a87847"));
    assertEquals(Optional.of(LocalDate.of(2024, 12, 31)), DateParser.inUrlPath("https://x.example/2024/12/31"));
    assertEquals(Optional.empty(), DateParser.inUrlPath("https://x.example/news/12345/67/89/"));
    assertEquals(Optional.empty(), DateParser.inUrlPath("https://x.example/2025/02/30/x"));
    assertEquals(Optional.of(LocalDate.of(2020, 6, 7)), DateParser.inUrlPath("https://x.example/news/20200607/story"));
  }

  @Test
  void wordsBesidesDateTellsDateLinesFromSentences() {
    assertEquals(0, DateParser.wordsBesidesDate("February 04, 2025"));
    assertTrue(DateParser.wordsBesidesDate("Published: Tuesday 7 May 2024, 5:45pm") <= 3);
    assertEquals(0, DateParser.wordsBesidesDate("Updated 2025-03-12 09:47 GMT"));
    assertTrue(DateParser.wordsBesidesDate("The strike began on March 12, 2025 and lasted two days.") > 3);
    assertEquals(0, DateParser.wordsBesidesDate("Nov. 8, 2023, 10:28 PM ET"));
    assertEquals(0, DateParser.wordsBesidesDate("6 February 2025, 14:05 CEST"));
    assertEquals(4, DateParser.wordsBesidesDate("Kein Plan passt immer: 12. September 2023"));
  }

  @Test
  void readsMachineTimestampsWithAndWithoutOffset() {
    assertEquals("2020-06-07T09:30+02:00", DateParser.timestamp("2020-06-07T09:30:00+02:00").orElseThrow().toString());
    assertEquals("2020-01-20T09:49:32Z", DateParser.timestamp("2020-01-20T09:49:32+0000").orElseThrow().toString());
    assertEquals("2021-11-04T23:00Z", DateParser.timestamp("2021-11-04T23:00Z").orElseThrow().toString());
    assertTrue(DateParser.timestamp("2023-11-08 18:09:55").isEmpty());
    assertEquals("2023-11-08T18:09:55", DateParser.wallClock("2023-11-08 18:09:55").orElseThrow().toString());
    assertTrue(DateParser.wallClock("2020-06-07T09:30:00+02:00").isEmpty());
    assertTrue(DateParser.wallClock("2020-06-07").isEmpty());
  }
}
