package dev.newsfold.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class AgenciesTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "AFP|AFP", "afp|AFP", "Agence France-Presse|AFP", "Agence France Presse|AFP", " AFP. |AFP",
      "AP|AP", "Associated Press|AP", "The Associated Press|AP", "Reuters|Reuters", "Thomson Reuters|Reuters",
      "PA Media|PA", "Press Association|PA", "dpa|DPA", "Xinhua|Xinhua", "TASS|TASS", "Bloomberg|Bloomberg"})
  void exactNames(String text, String agency) {
    assertEquals(Optional.of(agency), Agencies.exactly(text));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "Reuters Staff", "Marta Pires", "APPLE", "By AFP", "Agence"})
  void notExactlyAnAgency(String text) {
    assertEquals(Optional.empty(), Agencies.exactly(text));
  }

  @Test
  void mentionedAnywhere() {
    assertEquals(Optional.of("AFP"), Agencies.mentionedIn("Copyright Agence France-Presse 2025"));
    assertEquals(Optional.of("Reuters"), Agencies.mentionedIn("the minister told Reuters on Monday"));
    assertEquals(Optional.of("AP"), Agencies.mentionedIn("reporting by The Associated Press"));
    assertEquals(Optional.of("PA"), Agencies.mentionedIn("Additional reporting by PA Media"));
    assertEquals(Optional.of("AFP"), Agencies.mentionedIn("(AFP) and Reuters"), "the first mention wins");
  }

  @Test
  void shortNamesInsideWordsAreNotAgencies() {
    assertEquals(Optional.empty(), Agencies.mentionedIn("The map shows the apex of Pamplona"));
    assertEquals(Optional.empty(), Agencies.mentionedIn("Reutersville and afpx"));
    assertEquals(Optional.empty(), Agencies.mentionedIn("Nothing here"));
  }
}
