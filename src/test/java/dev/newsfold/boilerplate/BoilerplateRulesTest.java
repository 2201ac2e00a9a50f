package dev.newsfold.boilerplate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsfold.parse.Block;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class BoilerplateRulesTest {
  private static final String NEWS_1 = "Dockworkers in Lisbon walked out on Wednesday over pay, halting container"
      + " traffic at the city's busiest terminals.";
  private static final String NEWS_2 = "Union leaders said the strike would last 48 hours unless operators improved"
      + " their offer.";
  private static final String NEWS_3 = "Shipping lines diverted several vessels to Sines, port officials said.";
  private static final String NEWS_4 = "The government urged both sides to return to talks on Thursday.";

  private static List<String> texts(List<Block> blocks) {
    return blocks.stream().map(Block::text).collect(Collectors.toList());
  }

  @ParameterizedTest(name = "{0} <- {1}")
  @CsvSource(delimiter = '|', value = {
      "related_link|Related: Port strike spreads to Porto",
      "related_link|Read more: Dockers vote on new contract",
      "related_link|Related article: Russian-Israeli Hostage to Be Freed in First Stage of Hamas-Israel Peace Deal",
      "related_link|More stories",
      "related_link|You might also like",
      "url_footer|Original url: https://x.example/a",
      "url_footer|This article was originally published on The Lisbon Post.",
      "photo_credit|Photo: Reuters",
      "photo_credit|Image credit: AP",
      "photo_credit|Alexander Shcherbak / TASS",
      "photo_credit|Cranes stand idle at the port. (Photo via Getty Images)",
      "newsletter|Sign up for our free daily newsletter",
      "newsletter|Get the best stories delivered straight to your inbox.",
      "cookie_notice|We use cookies to improve your experience.",
      "cookie_notice|Accept all cookies",
      "share_bar|Share this article",
      "share_bar|Share on Twitter",
      "share_bar|Copy link",
      "share_bar|WhatsApp",
      "copyright|\u00A9 2025 EuroFreight Weekly. All rights reserved.",
      "copyright|Copyright 2025 Agence France-Presse",
      "copyright|This material may not be published, broadcast, rewritten or redistributed.",
      "wire_credit|(Reporting by Tom Hale; Editing by Ana Ruiz)",
      "wire_credit|Additional reporting by Marta Pires in Lisbon",
      "appeal|Support independent journalism today.",
      "appeal|Please consider supporting us with a small donation.",
      "appeal|Become a member and help us keep reporting.",
      "appeal|Donate now",
      "appeal|Remind me later.",
      "ui_text|Advertisement",
      "ui_text|Skip to main content",
      "ui_text|Continue reading",
      "ui_text|Tags: Lisbon, strike, ports"})
  void ruleFiresOnTypicalExample(String rule, String text) {
    assertEquals(rule, BoilerplateRules.textRule(text));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "The bakery sold 4,000 cookies on Saturday, the owner said.",
      "Customers said they use the cookies as gifts for neighbours.",
      "The newsletter, founded in 1998, is read by 20,000 farmers.",
      "He said the company would use its newsletter to inform customers.",
      "Polls show support for the ceasefire has risen among voters.",
      "Support for the president fell to 35%, the poll found.",
      "The minister said she would support the bill if it reached the floor.",
      "Share prices fell 3% on Monday.",
      "Analysis of the data showed a sharp rise in arrests.",
      "Opinion polls put the party at 30%.",
      "Photos of the flood were shared widely on social media.",
      "Police said the suspect was seen leaving via Reuters Street.",
      "The minister said it was too early to comment.",
      "Sources said the talks would resume on Monday.",
      "Related companies in the group were not affected, the regulator said.",
      NEWS_1, NEWS_2, NEWS_3, NEWS_4})
  void ordinaryNewsSentencesAreKept(String text) {
    assertNull(BoilerplateRules.textRule(text));
  }

  @Test
  void cookieSentencesAreKept() {
    assertNull(BoilerplateRules.textRule("Girl Scouts said cookie sales should improve this year after a slow 2024."));
    assertNull(BoilerplateRules.textRule("The company said it would accept cookies from bakers across the region."));
  }

  @Test
  void cookieNoticeEndingInCookiesIsFound() {
    assertEquals("cookie_notice", BoilerplateRules.textRule("By continuing to browse you agree to our use of cookies."));
  }

  @Test
  void newsletterMentionsAreKept() {
    assertNull(BoilerplateRules.textRule("The union's weekly newsletter criticised the government's plan."));
    assertNull(BoilerplateRules.textRule("The senator sends a daily newsletter to constituents."));
  }

  @Test
  void supportAndDonationNewsIsKept() {
    assertNull(BoilerplateRules.textRule("The EU announced 10 million euros to support independent media in Belarus."));
    assertNull(BoilerplateRules.textRule("Fans were urged to make a donation to the hospital."));
    assertNull(BoilerplateRules.textRule(
        "The charity said your support had made a difference to thousands of families this winter."));
  }

  @Test
  void sentencesStartingWithResearchByAreKept() {
    assertNull(BoilerplateRules.textRule(
        "Research by the University of Lisbon found that port workers earn 20% less than in 2010."));
    assertNull(BoilerplateRules.textRule("Reporting by local journalists exposed the scheme, prosecutors said."));
  }

  @Test
  void sentenceAboutCopyrightIsKept() {
    assertNull(BoilerplateRules.textRule("Copyright lawyers said the ruling could reshape the music industry."));
  }

  @Test
  void sentenceStartingWithSourceIsKept() {
    assertNull(BoilerplateRules.textRule("Source code for the app was leaked online, the company said."));
  }

  @Test
  void longParagraphsAreNotTakenForShortBoilerplate() {
    String longParagraph = "We use cookies, the baker said, " + "and the shop sold many of them this week ".repeat(12);
    assertEquals(true, BoilerplateRules.wordCount(longParagraph) > 90);
    assertNull(BoilerplateRules.textRule(longParagraph));
    assertEquals(8, BoilerplateRules.wordCount("  one two\tthree\nfour  five six seven eight "));
    assertEquals(0, BoilerplateRules.wordCount(" \n "));
  }

  @Test
  void applyKeepsBodyAndCountsStrippedBlocks() {
    List<Block> blocks = List.of(
        new Block(Block.Kind.IMAGE, "", false, ""),
        new Block(Block.Kind.PARAGRAPH, "The Russian Foreign Ministry Alexander Shcherbak / TASS", false,
            "Alexander Shcherbak / TASS"),
        Block.paragraph(NEWS_1),
        Block.paragraph("Advertisement"),
        Block.paragraph(NEWS_2),
        new Block(Block.Kind.PARAGRAPH, "Related article: Another story", true, ""),
        Block.paragraph(NEWS_3),
        new Block(Block.Kind.CAPTION, "Cranes stand idle.", false, ""),
        Block.paragraph(NEWS_4),
        Block.paragraph("Share this article"));
    BoilerplateRules.Result result = BoilerplateRules.apply(blocks);
    assertEquals(List.of(NEWS_1, NEWS_2, NEWS_3, NEWS_4), texts(result.kept()));
    assertEquals(Map.of("caption", 3, "ui_text", 1, "related_link", 1, "share_bar", 1), result.stripped());
  }

  @Test
  void relatedHeadingTakesItsListWithIt() {
    List<Block> blocks = List.of(
        Block.paragraph(NEWS_1), Block.paragraph(NEWS_2),
        new Block(Block.Kind.HEADING, "More stories", false, ""),
        new Block(Block.Kind.LIST_ITEM, "Port strike spreads to Porto", false, ""),
        new Block(Block.Kind.LIST_ITEM, "Dockers vote on contract", false, ""),
        Block.paragraph(NEWS_3),
        new Block(Block.Kind.LIST_ITEM, "An ordinary list item of the story", false, ""));
    BoilerplateRules.Result result = BoilerplateRules.apply(blocks);
    assertEquals(List.of(NEWS_1, NEWS_2, NEWS_3, "An ordinary list item of the story"), texts(result.kept()));
    assertEquals(Map.of("related_link", 3), result.stripped());
  }

  @Test
  void ordinaryHeadingIsKept() {
    List<Block> blocks = List.of(new Block(Block.Kind.HEADING, "Talks to resume", false, ""), Block.paragraph(NEWS_1));
    assertEquals(2, BoilerplateRules.apply(blocks).kept().size());
  }

  @Test
  void appealHeaderCutsTheRestOfTheDocument() {
    List<Block> blocks = new ArrayList<>(List.of(Block.paragraph(NEWS_1), Block.paragraph(NEWS_2),
        Block.paragraph(NEWS_3), Block.paragraph(NEWS_4),
        Block.paragraph("A Message from The Moscow Times:"), Block.paragraph("Dear readers,"),
        Block.paragraph("We are facing unprecedented challenges and need your help to continue our work."),
        Block.paragraph("Remind me later.")));
    BoilerplateRules.Result result = BoilerplateRules.apply(blocks);
    assertEquals(List.of(NEWS_1, NEWS_2, NEWS_3, NEWS_4), texts(result.kept()));
    assertEquals(Map.of("appeal", 4), result.stripped());
  }

  @Test
  void appealHeaderAtTheTopDoesNotCutTheArticle() {
    List<Block> blocks = List.of(Block.paragraph("Before you go to the polls, read this."), Block.paragraph(NEWS_1),
        Block.paragraph(NEWS_2), Block.paragraph(NEWS_3), Block.paragraph(NEWS_4));
    BoilerplateRules.Result result = BoilerplateRules.apply(blocks);
    assertEquals(5, result.kept().size(), texts(result.kept()).toString());
  }

  @Test
  void creditThatIsNotAPhotoCreditKeepsTheParagraph() {
    Block emphasisEnding = new Block(Block.Kind.PARAGRAPH, "The vote is set for Friday, officials said, calling it final",
        false, "calling it final");
    assertEquals(List.of(emphasisEnding), BoilerplateRules.apply(List.of(emphasisEnding)).kept());
  }

  @Test
  void sectionPathsAreShortNamesBetweenSpacedSeparators() {
    for (String path : List.of("Coastline News > World > Europe", "Harbour Herald | Shipping & Logistics | Wire",
        "Home \u203a Business \u203a Markets", "News / Local Democracy", "Sport \u00bb Football",
        "Northgate Economist \u00b7 Markets \u00b7 Central banks")) {
      assertTrue(BoilerplateRules.isSectionPath(path), path);
    }
    for (String line : List.of("Wildfire forces thousands from homes in southern Greece", "Open 24/7 from Monday",
        "Strike at Lisbon leaves 14 ships waiting | EuroFreight Weekly", "Sport >", "> Sport", "Live",
        "A Film \u00b7 Its Director (1990)")) {
      assertFalse(BoilerplateRules.isSectionPath(line), line);
    }
  }

  /**
   * A rule with no keyword prefilter runs on every short paragraph, so it must fail at the first character:
   * one {@code ^} in front of all its alternatives. {@code ^a|^b} makes RE2/J try every position of the text.
   */
  @Test
  void everyUnfilteredRuleIsAnchoredAsAWhole() {
    for (String pattern : BoilerplateRules.unfilteredPatterns()) {
      String body = pattern.replaceFirst("^\\(\\?i\\)", "");
      assertTrue(body.startsWith("^"), pattern);
      assertTrue(topLevelAlternatives(body.substring(1)) == 1, "a top-level | after the anchor: " + pattern);
      String[] starts = AnchoredPrefixes.of(pattern);
      assertTrue(starts != null && java.util.Arrays.stream(starts).noneMatch(String::isEmpty),
          "every text would meet the regex: " + pattern);
    }
  }

  private static int topLevelAlternatives(String regex) {
    int depth = 0;
    int alternatives = 1;
    for (int i = 0; i < regex.length(); i++) {
      char c = regex.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '[') {
        i = endOfClass(regex, i);
      } else if (c == '(') {
        depth++;
      } else if (c == ')') {
        depth--;
      } else if (c == '|' && depth == 0) {
        alternatives++;
      }
    }
    return alternatives;
  }

  private static int endOfClass(String regex, int open) {
    for (int i = open + 1; i < regex.length(); i++) {
      if (regex.charAt(i) == '\\') {
        i++;
      } else if (regex.charAt(i) == ']') {
        return i;
      }
    }
    return regex.length();
  }
}
