package dev.newsfold.boilerplate;

import com.google.re2j.Pattern;
import dev.newsfold.parse.Block;
import dev.newsfold.text.Chars;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Per-document rules for what sites put around an article. Each rule has a name, recorded in the
 * copy's stripped counts. Patterns are RE2/J: linear time on whatever text arrives.
 */
public final class BoilerplateRules {
  /** Blocks kept as body, and how many blocks each rule removed. */
  public record Result(List<Block> kept, Map<String, Integer> stripped) {}

  /**
   * A rule; a pattern that only matches at the start says so with one leading {@code ^} before its
   * alternatives ({@code ^(?:a|b)}, not {@code ^a|^b}): RE2/J stops at the first character only when the
   * whole program begins with the anchor, and otherwise runs the NFA over every position of the text.
   * An anchored rule's prefilter is {@code starts}, read off its pattern ({@link AnchoredPrefixes}).
   * An unanchored rule is a list of {@code keyed} alternatives, each run only on texts that hold one of its
   * keywords: unanchored patterns scan the whole paragraph in RE2/J's NFA, the job's hottest code, and a
   * pattern with a {@code .{0,60}} keeps some sixty threads alive at every character, so a text that holds
   * "subscribers" should not pay for the alternatives that need "newsletter". {@code pattern} is the
   * alternatives joined, what the rule means; the keyed ones must find what it finds ({@code RulePrefilterTest}).
   */
  private record Rule(String name, Pattern pattern, int maxWords, List<Keyed> keyed, String[] starts) {
    /** Whether the rule takes the text; {@code lowered} is null when the prefilters may not read it. */
    boolean matches(String text, String lowered) {
      if (lowered != null && keyed != null) {
        for (Keyed alternative : keyed) {
          if (alternative.mayMatch(lowered) && alternative.pattern().matcher(text).find()) {
            return true;
          }
        }
        return false;
      }
      boolean mayStart = lowered == null || starts == null || AnchoredPrefixes.mayStartWith(lowered, starts);
      return mayStart && pattern.matcher(text).find();
    }
  }

  /**
   * Alternatives of a rule that cannot match a text holding none of the {@code needles} (lower case); {@code regex}
   * is their source, joined with the rule's other alternatives into the rule's pattern.
   */
  private record Keyed(String[] needles, String regex, Pattern pattern) {
    boolean mayMatch(String lowered) {
      for (String needle : needles) {
        if (lowered.contains(needle)) {
          return true;
        }
      }
      return false;
    }
  }

  private static final List<Rule> RULES = List.of(
      rule("related_link", "^(related( articles?| stories| story| coverage| content| reading| news)?|read more|read also|"
          + "also read|see also|more on this( story)?|more from|recommended( for you| reading)?|you may also like|"
          + "further reading|watch|listen|explainer|analysis|opinion|live)\\s*[:|>»-]", 60),
      rule("related_link", "^(related|more stories|read more|more on this story|most read|trending( now)?|"
          + "recommended|more news|latest news|top stories|you might also like)\\s*:?$", 8),
      rule("url_footer", "^(?:(original (url|article|story)|source( url)?|url|originally published( at| on| by)?|"
          + "read the original( article)?( at| on)?)\\s*:|this (article|story) (was )?(first|originally) "
          + "(appeared|published)\\b)", 40),
      rule("photo_credit", "^(photo|photograph|image|picture|pictured|illustration|video|graphic|file photo|"
          + "credit|photos|images)( credit)?\\s*:", 40),
      rule("photo_credit", 30,
          keyed(new String[] {"/", "via", "courtesy"},
              "(/|via|courtesy( of)?)\\s*(afp|reuters|ap|getty( images)?|shutterstock|epa|efe|"
              + "anadolu|tass|sputnik|pa( images| wire)?|alamy|ria novosti|xinhua|bloomberg)( photo| images| via .*)?\\.?\\)?$")),
      rule("photo_credit", 30,
          keyed(new String[] {"photo", "picture", "image", "credit"},
              "\\b(photo|photograph|picture|image|credit)s?\\s*:\\s*[^.]{2,80}$|"
              + "\\(([\\w-]+ )?(photo|picture|file photo)s? (by|courtesy of) [^)]{2,60}\\)\\.?$")),
      rule("newsletter", 80,
          keyed(new String[] {"newsletter"},
              "\\b(sign up|signup|subscribe|register|get|receive|join)\\b.{0,60}\\bnewsletters?\\b|"
              + "\\bnewsletters?\\b.{0,80}\\b(sign up|subscribe|your inbox|delivered|register)\\b"),
          keyed(new String[] {"inbox"},
              "delivered (straight |directly )?to your inbox"),
          keyed(new String[] {"sign up", "subscribe"},
              "(sign up|subscribe)( now| today| here| for free)[.!:]")),
      rule("cookie_notice", 90,
          keyed(new String[] {"cookie", "by continuing to"},
              "\\b(we|this (site|website)|our (site|website|partners))( and our partners)? "
              + "(use|uses|store|place)s? cookies\\b|\\b(our|the) use of cookies\\b|"
              + "\\bcookies? (policy|settings|preferences|consent|notice)\\b|\\bby continuing to (browse|use)\\b")),
      rule("cookie_notice", "^(accept|manage|reject|allow)( all| necessary| essential)? cookies[.!]?$", 6),
      rule("share_bar", "^(share( this( article| story| page)?)?( on \\w+)?|share via|copy link|copy the link|"
          + "tweet( this)?|email( this)?( article)?|print( this)?( article)?|whatsapp|facebook|twitter|x|linkedin|"
          + "reddit|comments?( \\(\\d+\\))?|save( article)?|listen to (this )?article|follow us( on .*)?|"
          + "gift( this)? article|email this( story| article)?|print this( story| article)?|\\d+ min(ute)?s? read|"
          + "listen to this article.*|accept( all)?( and close)?|reject all|manage (preferences|settings))[.!:]?$", 8),
      rule("copyright", 80,
          keyed(new String[] {"\u00a9", "(c)", "copyright", "all rights reserved", "published, broadcast", "redistributed",
              "reproduction", "reprint", "republication", "syndication"},
              "^(©|\\(c\\)|copyright\\s*(©|\\(c\\)|\\d{4}))|all rights reserved|"
              + "may not be (re)?published, broadcast|rewritten,? or redistributed|"
              + "reproduction (in whole or in part )?(is )?(prohibited|forbidden)|"
              + "(reprint|republication|syndication) (rights|requests|permissions)")),
      rule("wire_credit", "^(?:\\(\\s*(reporting|writing|additional reporting|editing)( and \\w+)? by\\b[^)]*\\)\\.?$|"
          + "(reporting|writing|additional reporting)( and \\w+)? by\\b[^.]*;\\s*(editing|writing) by\\b|"
          + "(additional reporting|reporting|writing|editing) by \\p{Lu}[^.;,]*$)", 80),
      rule("appeal", 120,
          keyed(new String[] {"support", "become a ", "donation", "contribution", "gift", "donate ", "contribute ", "give "},
              "^support (independent|quality|local|public[- ]interest|free) (journalism|reporting|media)\\b|"
              + "\\bbecome a (member|supporter|subscriber|patron)\\b.{0,60}\\b(us|our)\\b|"
              + "\\bsupport (us|our (\\w+ ){0,3}(journalism|reporting|newsroom|work|mission))\\b|"
              + "\\b(one-off|monthly|recurring|annual) (donation|contribution|gift)\\b|"
              + "\\bbecome a (member|supporter|subscriber|patron)( of| today|\\.|!|$)|"
              + "\\bplease (consider )?(supporting|support) (us|our)\\b|\\b(donate|contribute|give) (now|today)\\b|"
              + "\\byour support\\b.{0,80}\\b(us|our) (journalism|work|reporting|newsroom)\\b")),
      rule("appeal", "^(donate( now| today)?|support us( today| now)?|remind me later|maybe later|not now|"
          + "(subscribe|contribute|give) (now|today|here))[.!]?$", 6),
      rule("ui_text", "^(advertisement|advertising|sponsored( content)?|skip to (main )?content|skip ad|continue reading|"
          + "click here.*|scroll to continue.*|loading.*|this content is not available.*|log ?in|sign ?in|register|"
          + "close|menu|search|back to top|top|next article|previous article|view comments|show comments|"
          + "tags?:.*|topics?:.*|filed under:?.*)[.!]?$", 8));

  /** A line that opens a site's appeal; everything from it to the end of the document is the appeal. */
  private static final Pattern APPEAL_HEADER = Pattern.compile("(?i)^(a (message|note|word) from [^.]{2,60}:?|"
      + "dear (readers?|friends|subscribers|supporters),?|before you (go|leave|continue)[.:,!]?.*|"
      + "(we|i) have a (small )?favou?r to ask.*|thank you for reading[^.]{0,60}[.:!]?)$");
  private static final String[] APPEAL_STARTS = AnchoredPrefixes.of(APPEAL_HEADER.pattern());
  /** Enough of a text to lower for the starts of APPEAL_HEADER, the longest 21 characters. */
  private static final int HEAD = 40;
  private static final Pattern RELATED_HEADING = Pattern.compile("(?i)^(related( articles?| stories| coverage| content)?|"
      + "read more|more (stories|news|on this( story)?)|most read|recommended|see also|you may also like|"
      + "trending|latest)\\s*:?$");

  /** Separators of a section path: spaced, so that "24/7" or "A>B" in a sentence is not one. */
  private static final java.util.regex.Pattern SECTION_SEPARATOR =
      java.util.regex.Pattern.compile("\\s+(?:[|>\u00bb\u203a/\u00b7]|::)\\s+");
  /**
   * A "·" also joins a work to its author in a review's heading ("The Garden · Derek Jarman (1990)"), so a path
   * that uses it needs three names ("Northgate Economist · Markets · Central banks").
   */
  private static final java.util.regex.Pattern MIDDLE_DOT = java.util.regex.Pattern.compile("\\s\u00b7\\s");
  /** The most words a section's name in a path has ("Shipping & Logistics", "Local Democracy"). */
  private static final int SECTION_WORDS = 4;

  private BoilerplateRules() {}

  /** An anchored rule: it runs only on texts that start as one of its matches must ({@link AnchoredPrefixes}). */
  private static Rule rule(String name, String regex, int maxWords) {
    return new Rule(name, Pattern.compile("(?i)" + regex), maxWords, null, AnchoredPrefixes.of(regex));
  }

  /** An unanchored rule: its alternatives, each behind its own keywords, joined into one pattern. */
  private static Rule rule(String name, int maxWords, Keyed... alternatives) {
    String joined = String.join("|", Arrays.stream(alternatives).map(Keyed::regex).toList());
    return new Rule(name, Pattern.compile("(?i)" + joined), maxWords, List.of(alternatives), null);
  }

  private static Keyed keyed(String[] needles, String regex) {
    return new Keyed(needles, regex, Pattern.compile("(?i)" + regex));
  }

  public static Result apply(List<Block> blocks) {
    Map<String, Integer> stripped = new TreeMap<>();
    List<Block> kept = new ArrayList<>();
    boolean inRelatedList = false;
    for (int i = 0; i < blocks.size(); i++) {
      Block block = blocks.get(i);
      String text = block.text();
      if (i >= blocks.size() / 3 && opensAppeal(text)) {
        stripped.merge("appeal", blocks.size() - i, Integer::sum);
        break;
      }
      if (inRelatedList && block.kind() == Block.Kind.LIST_ITEM) {
        stripped.merge("related_link", 1, Integer::sum);
        continue;
      }
      if (kept.isEmpty() && isSectionPath(text)) {
        stripped.merge("navigation", 1, Integer::sum);
        continue; // "News > World > Europe" above the story: the site's path to it, not the article.
      }
      boolean afterRelatedHeading = inRelatedList;
      inRelatedList = false;
      String structural = structuralRule(block);
      if (structural != null) {
        stripped.merge(structural, 1, Integer::sum);
        inRelatedList = structural.equals("related_link");
        continue;
      }
      String matched = textRule(text);
      if (matched != null) {
        stripped.merge(matched, 1, Integer::sum);
        inRelatedList = matched.equals("related_link") && RELATED_HEADING.matcher(text).matches();
        continue;
      }
      if (afterRelatedHeading && isHeadlineItem(text)) {
        inRelatedList = true;
        stripped.merge("related_link", 1, Integer::sum);
        continue; // A plain-text "Related:" list: its items are headlines, one a line.
      }
      kept.add(block);
    }
    return new Result(kept, stripped);
  }

  /** True when the text opens a site's appeal ({@link #APPEAL_HEADER}), the regex run only on texts that start so. */
  static boolean opensAppeal(String text) {
    String head = text.length() <= HEAD ? text : text.substring(0, HEAD);
    String lowered = loweredForPrefilter(head);
    return (lowered == null || AnchoredPrefixes.mayStartWith(lowered, APPEAL_STARTS)) && APPEAL_HEADER.matcher(text).matches();
  }

  /**
   * The text as the prefilters read it, or null when they may not: RE2/J's (?i) also matches U+017F (long s) for s,
   * and lower-casing does not turn it into s, so such a text skips the prefilters.
   */
  private static String loweredForPrefilter(String text) {
    return text.indexOf('\u017f') >= 0 ? null : text.toLowerCase(java.util.Locale.ROOT);
  }

  private static String structuralRule(Block block) {
    switch (block.kind()) {
      case IMAGE:
      case CAPTION:
        return "caption";
      case HEADING:
        return RELATED_HEADING.matcher(block.text()).matches() ? "related_link" : null;
      default:
        break;
    }
    if (!block.credit().isEmpty() && wordCount(block.text()) <= 40 && block.credit().matches(".*(/|\\b(?i:photo|credit|image|getty|afp|reuters|ap)\\b).*")) {
      return "caption"; // "The ministry **Alexander Shcherbak / TASS**": a caption ending in its credit.
    }
    return null;
  }

  /**
   * True for a path of short section names ("Coastline News > World > Europe", "Home | Business | Wire"): at the
   * head of a page it is the site's navigation. Only the head: further down, "Seats | Change" is a table's row.
   */
  public static boolean isSectionPath(String text) {
    String[] parts = SECTION_SEPARATOR.split(text.strip(), -1);
    if (parts.length < 2 || (parts.length < 3 && MIDDLE_DOT.matcher(text).find())) {
      return false;
    }
    for (String part : parts) {
      int words = wordCount(part);
      if (words == 0 || words > SECTION_WORDS) {
        return false;
      }
    }
    return true;
  }

  /** True when a per-document rule takes the text as boilerplate. */
  public static boolean isBoilerplate(String text) {
    return textRule(text) != null;
  }

  /** The name of the first rule that takes the text, or null. */
  static String textRule(String text) {
    String single = singleRule(text);
    if (single != null || text.indexOf('|') < 0) {
      return single;
    }
    // "Share on X | Copy link", "Home | News | Sport": a bar of items, each boilerplate or a menu entry.
    String[] items = text.split("\\s*\\|\\s*");
    String rule = null;
    int shortItems = 0;
    for (String item : items) {
      String itemRule = singleRule(item);
      if (itemRule != null) {
        rule = rule == null ? itemRule : rule;
      } else if (wordCount(item) <= 2) {
        shortItems++;
      } else {
        return null;
      }
    }
    if (rule != null) {
      return rule;
    }
    return items.length >= 4 && shortItems == items.length ? "navigation" : null;
  }

  static String singleRule(String text) {
    int words = wordCount(text);
    String lowered = loweredForPrefilter(text);
    for (Rule rule : RULES) {
      if (words <= rule.maxWords() && rule.matches(text, lowered)) {
        return rule.name();
      }
    }
    return null;
  }

  private static boolean isHeadlineItem(String text) {
    int words = wordCount(text);
    return words >= 2 && words <= 16 && !text.endsWith(".") && !text.endsWith("\"");
  }

  /** {@link #opensAppeal} without the prefilter: the reference it must agree with. */
  static boolean opensAppealUnfiltered(String text) {
    return APPEAL_HEADER.matcher(text).matches();
  }

  /** The patterns of the rules that have no keyword prefilter: each must be anchored as a whole. */
  static List<String> unfilteredPatterns() {
    return RULES.stream().filter(rule -> rule.keyed() == null).map(rule -> rule.pattern().pattern()).toList();
  }

  /** {@link #singleRule} without the prefilter: the reference the prefilter must agree with. */
  static String singleRuleUnfiltered(String text) {
    int words = wordCount(text);
    for (Rule rule : RULES) {
      if (words <= rule.maxWords() && rule.pattern().matcher(text).find()) {
        return rule.name();
      }
    }
    return null;
  }

  static int wordCount(String text) {
    int words = 0;
    boolean inWord = false;
    for (int i = 0; i < text.length(); i++) {
      boolean letter = !Chars.isWhitespace(text.charAt(i));
      if (letter && !inWord) {
        words++;
      }
      inWord = letter;
    }
    return words;
  }
}
