package dev.newsfold.boilerplate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The prefilters never change a rule's answer: the keywords in front of each alternative of the unanchored rules,
 * and the literal starts in front of the anchored ones.
 */
class RulePrefilterTest {
  /** Words the rules look for, in several cases and spellings, and words they do not. */
  private static final String[] FRAGMENTS = {"Sign up", "SUBSCRIBE", "newsletter", "Newsletters", "inbox",
      "delivered to your inbox", "subscribers", "Get our", "for free.", "delivered straight to your inbox",
      "cookies", "COOKIE policy", "we use cookies", "by continuing to browse",
      "©", "(c) 2024", "Copyright 2025", "All Rights Reserved", "may not be published, broadcast",
      "rewritten or redistributed", "reprint rights", "Photo:", "photograph: Jane Doe", "(Photo by AFP)",
      "/ AFP", "via Reuters", "courtesy of Getty Images", "support independent journalism",
      "become a member of us", "one-off donation", "monthly contribution", "gift", "donate now", "ſubscribe",
      "ſign up for our newsletter", "Kelvin \u212a", "İnbox", "the", "strike", "port", "minister said", ".", ",",
      "Lisbon", "20 July", "\u00a0",
      // The starts of the anchored rules, which now run only on texts that start so (AnchoredPrefixes).
      "Related", "RELATED ARTICLES", "Read more", "read also", "See also:", "More on this story", "More from", "Recommended",
      "You may also like", "Further reading", "Watch", "Listen", "Explainer", "Analysis", "Opinion", "Live", "Most read",
      "Trending now", "Latest news", "Top stories", "you might also like", "Original URL:", "Source:", "url:",
      "Originally published at", "Read the original article at", "This article first appeared", "This story was",
      "Photo:", "Photograph", "Image credit:", "Pictured", "Illustration", "Video", "Graphic", "File photo", "Credit",
      "Accept all cookies", "Manage", "Reject", "Allow", "Share", "Share this article", "Share via", "Copy link",
      "Copy the link", "Tweet", "Email this", "Print", "WhatsApp", "Facebook", "Twitter", "X", "LinkedIn", "Reddit",
      "Comments (12)", "Save article", "Listen to this article", "Follow us on", "Gift this article", "5 min read",
      "12 minutes read", "(Reporting by", "Reporting by", "Writing by", "Additional reporting by", "Editing by",
      "Donate now", "Support us today", "Remind me later", "Maybe later", "Not now", "Subscribe now", "Contribute today",
      "Give here", "Advertisement", "Sponsored content", "Skip to main content", "Skip ad", "Continue reading",
      "Click here", "Scroll to continue", "Loading", "This content is not available", "Log in", "Login", "Sign in",
      "Register", "Close", "Menu", "Search", "Back to top", "Top", "Next article", "Previous article", "View comments",
      "Show comments", "Tags:", "Topics:", "Filed under:", "A message from the editor:", "a note from", "Dear readers,",
      "Dear friends", "Before you go.", "Before you leave", "We have a small favour to ask", "I have a favor to ask",
      "Thank you for reading", "thank you for reading The Herald.", ":", "|", ">", "-", "!", "\u017fhare", "\u212aelvin", "\u0130",
      "Lin\u212aedIn", "Than\u212a you for reading", "Wat\u212a", "\u212aeep reading"};

  @Test
  void everyParagraphOfTheGoldAndSampleCorporaGetsTheSameAnswer() throws IOException {
    List<String> texts = new ArrayList<>();
    for (Path root : List.of(Path.of("src/test/resources/gold"), Path.of("sample-input"))) {
      try (Stream<Path> files = Files.walk(root)) {
        for (Path f : files.filter(Files::isRegularFile).filter(p -> !p.toString().endsWith(".gz")).toList()) {
          String content = new String(Files.readAllBytes(f), java.nio.charset.StandardCharsets.UTF_8);
          for (String line : content.split("\n")) {
            texts.add(line.strip());
            texts.add(line.strip().toUpperCase(Locale.ROOT));
          }
          for (String paragraph : content.split("\n\\s*\n")) {
            texts.add(paragraph.strip().replace('\n', ' '));
          }
        }
      }
    }
    int matched = 0;
    for (String text : texts) {
      String expected = BoilerplateRules.singleRuleUnfiltered(text);
      assertEquals(expected, BoilerplateRules.singleRule(text), text);
      assertEquals(BoilerplateRules.opensAppealUnfiltered(text), BoilerplateRules.opensAppeal(text), text);
      matched += expected != null ? 1 : 0;
    }
    assertTrue(texts.size() > 5_000 && matched > 100, texts.size() + " texts, " + matched + " matched");
  }

  @Test
  void randomCompositionsOfRuleWordsGetTheSameAnswer() {
    SplittableRandom random = new SplittableRandom(20261122);
    int matched = 0;
    int appeals = 0;
    for (int i = 0; i < 20_000; i++) {
      StringBuilder text = new StringBuilder();
      for (int w = 0, n = 1 + random.nextInt(12); w < n; w++) {
        text.append(FRAGMENTS[random.nextInt(FRAGMENTS.length)]).append(random.nextInt(4) == 0 ? "" : " ");
      }
      String t = text.toString().strip();
      String expected = BoilerplateRules.singleRuleUnfiltered(t);
      assertEquals(expected, BoilerplateRules.singleRule(t), t);
      matched += expected != null ? 1 : 0;
      boolean opensAppeal = BoilerplateRules.opensAppealUnfiltered(t);
      assertEquals(opensAppeal, BoilerplateRules.opensAppeal(t), t);
      appeals += opensAppeal ? 1 : 0;
    }
    assertTrue(matched > 1_000, matched + " of 20,000 matched a rule");
    assertTrue(appeals > 50, appeals + " of 20,000 open an appeal");
  }
}
