package dev.newsfold.parse;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Takes title, byline, agency, date, URL and dateline out of a parsed document. Each field has its
 * own ordered rules; the first that yields a value wins and is recorded. Blocks that carried a
 * field (the title line, the byline, the date line, the URL footer) leave the body.
 */
public final class MetadataExtractor {
  /** How far into the document a byline or date line may stand. */
  private static final int HEAD_BLOCKS = 8;
  private static final int TAIL_BLOCKS = 6;
  private static final Pattern DATELINE = Pattern.compile(
      "^(\\p{Lu}[\\p{Lu}'’.-]*(?: \\p{Lu}[\\p{Lu}'’.-]*){0,3})"
          + "(?:,\\s*(?:\\p{Lu}[\\p{Ll}.]+(?: \\p{Lu}[\\p{Ll}.]+)?,?\\s*)?(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)"
          + "[a-z]*\\.?\\s+\\d{1,2}(?:,\\s*\\d{4})?)?)?"
          + "\\s*(?:\\(([A-Za-z][A-Za-z .-]{0,30})\\))?\\s*(?:--|-|–|—|:)\\s+(\\S.*)$");
  private static final Pattern URL_FOOTER = Pattern.compile("(?i)^(?:original (?:url|article|story)|source(?: url)?|url|"
      + "originally published(?: at| on| by)?|read the original(?: article)?(?: at| on)?|"
      + "this (?:article|story) (?:was )?(?:first|originally) (?:appeared|published)(?: on| at| in)?)\\s*:?\\s*(\\S*)\\s*$");
  private static final Pattern URL = Pattern.compile("^<?(https?://[^\\s<>\"]+)>?$");
  private static final Pattern SIGNOFF = Pattern.compile("(?:\\(\\s*(AFP|Reuters|AP|PA|dpa)\\s*\\)|[-–—]\\s*(AFP|Reuters|AP|PA))\\s*$");
  private static final Pattern REUTERS_TAIL = Pattern.compile("(?i)^\\(?\\s*(?:reporting|writing|additional reporting) by\\b.*;\\s*editing by\\b");
  /** A line that is only an agency credit: "(AFP)", "— Reuters". */
  private static final Pattern CREDIT_LINE = Pattern.compile("^[(\\[—–-]*\\s*(AFP|Reuters|AP|PA|Associated Press|dpa)\\s*[)\\]]?\\.?$");
  private static final Pattern TITLE_SUFFIX = Pattern.compile("^(.{8,})\\s+(?:-|–|—)\\s+([^|–—-]{2,60})$");

  /**
   * Rules for candidates a record gives beside its text: a JSON Lines record's title, date and url
   * fields, a WARC response's target URI. Each comes after the page's own markup: the page's canonical
   * link names the article, the fetched URI may be a mobile or tracking variant of it.
   */
  public static final String RECORD_TITLE = "jsonl_title";
  public static final String RECORD_DATE = "jsonl_date";
  public static final String RECORD_URL = "jsonl_url";
  public static final String WARC_TARGET_URI = "warc_target_uri";

  private MetadataExtractor() {}

  /** The metadata and the blocks that remain for the body. */
  public record Extraction(ArticleMetadata metadata, List<Block> body) {}

  public static Extraction extract(ParsedMarkup markup) {
    List<Block> blocks = new ArrayList<>(markup.blocks());
    Map<String, String> rules = new HashMap<>();
    Map<String, List<FieldCandidate>> candidates = new HashMap<>();
    for (FieldCandidate c : markup.candidates()) {
      candidates.computeIfAbsent(c.field(), k -> new ArrayList<>()).add(c);
    }

    String title = title(markup.format(), blocks, candidates, rules);
    Bylines.Byline byline = byline(blocks, candidates, rules);
    String url = url(blocks, candidates, rules);
    LocalDate date = PublicationDates.published(blocks, candidates, url, rules);
    LocalDate modified = PublicationDates.modified(candidates, date, rules);
    String agency = byline.agency();
    return new Extraction(new ArticleMetadata(title, byline.names(), agency, date, url, null, rules, modified), blocks);
  }

  /**
   * Reads what only the clean body shows: the dateline opening the first paragraph (taken out of
   * it), and an agency from that dateline, a credit line or a sign-off. Runs after the boilerplate
   * rules so that a share bar or promo above the story is not mistaken for its first paragraph.
   */
  public static Extraction finish(ArticleMetadata metadata, List<Block> body) {
    List<Block> blocks = new ArrayList<>(body);
    Map<String, String> rules = new HashMap<>(metadata.rules());
    String agency = metadata.agency();
    String dateline = null;
    int first = firstParagraph(blocks);
    if (first >= 0) {
      Matcher m = DATELINE.matcher(blocks.get(first).text());
      if (m.matches() && m.group(1).replaceAll("[^\\p{L}]", "").length() >= 2) {
        dateline = m.group(1).replaceAll("[,]+$", "");
        rules.put("dateline", "dateline_prefix");
        blocks.set(first, blocks.get(first).withText(m.group(3)));
        if (agency == null && m.group(2) != null) {
          agency = Agencies.exactly(m.group(2)).orElse(null);
          if (agency != null) {
            rules.put("agency", "dateline_agency");
          }
        }
      }
    }
    for (int i = 0; i < blocks.size(); i++) {
      Matcher credit = CREDIT_LINE.matcher(blocks.get(i).text());
      if (credit.matches()) {
        if (agency == null) {
          agency = Agencies.exactly(credit.group(1)).orElse(null);
          rules.put("agency", "credit_line");
        }
        blocks.remove(i--);
      }
    }
    if (agency == null) {
      agency = signoffAgency(blocks, rules);
    }
    return new Extraction(new ArticleMetadata(metadata.title(), metadata.byline(), agency, metadata.publishedDate(),
        metadata.canonicalUrl(), dateline, rules, metadata.modifiedDate()), blocks);
  }

  private static String title(ArticleFormat format, List<Block> blocks, Map<String, List<FieldCandidate>> candidates,
      Map<String, String> rules) {
    String siteName = first(candidates, "site_name").map(FieldCandidate::value).orElse(null);
    for (String rule : List.of("html_h1", "og_title", "jsonld_headline", "twitter_title", "html_title", RECORD_TITLE)) {
      Optional<FieldCandidate> c = candidates.getOrDefault("title", List.of()).stream()
          .filter(f -> f.rule().equals(rule)).findFirst();
      if (c.isPresent()) {
        rules.put("title", rule);
        String title = withoutSiteSuffix(c.get().value(), siteName);
        blocks.removeIf(b -> b.kind() == Block.Kind.HEADING && b.text().equals(title));
        return title;
      }
    }
    for (int i = 0; i < Math.min(blocks.size(), HEAD_BLOCKS); i++) {
      if (blocks.get(i).kind() == Block.Kind.HEADING) {
        rules.put("title", "markdown_heading");
        return blocks.remove(i).text();
      }
    }
    int first = 0;
    while (first < Math.min(blocks.size(), HEAD_BLOCKS) && isAboveHeadline(blocks.get(first).text())) {
      first++;
    }
    if (blocks.size() - first >= 3 && looksLikeHeadline(blocks.get(first).text())) {
      String text = blocks.remove(first).text();
      rules.put("title", text.equals(text.toUpperCase(java.util.Locale.ROOT)) ? "text_caps_headline" : "text_first_line");
      return text;
    }
    return null;
  }

  /**
   * A line a text's headline may sit under: a cookie notice or share bar, the site's section path
   * ("Coastline News > World > Europe"), or a date line, which the date rules take afterwards when they can read
   * it: "Published: 12/03/2025 09:47 GMT" is a timestamp even though the day and month are ambiguous.
   */
  private static boolean isAboveHeadline(String text) {
    return dev.newsfold.boilerplate.BoilerplateRules.isBoilerplate(text)
        || dev.newsfold.boilerplate.BoilerplateRules.isSectionPath(text) || PublicationDates.isDateLine(text)
        || PublicationDates.isTimestampLine(text);
  }

  static boolean looksLikeHeadline(String text) {
    int words = Lines.tokenCount(text);
    return words >= 3 && words <= 24 && text.length() <= 200 && !text.endsWith(".") && !text.endsWith(":")
        && !Bylines.isBylineLine(text) && DateParser.find(text).isEmpty() && !text.startsWith("(")
        && Character.isUpperCase(text.codePointAt(0)) || (words >= 2 && words <= 24 && isAllCaps(text));
  }

  private static boolean isAllCaps(String text) {
    return text.chars().anyMatch(Character::isLetter) && text.equals(text.toUpperCase(java.util.Locale.ROOT));
  }

  /**
   * A page title without the site's name. Strong separators ("|", "::", "·") split off site names on
   * either side: the headline is the long part. A dash only ends a headline when what follows is
   * short or the site's name, since headlines hold dashes of their own.
   */
  static String withoutSiteSuffix(String title, String siteName) {
    String[] parts = title.strip().split("\\s+(?:\\||::|·)\\s+");
    if (parts.length > 1) {
      String longest = parts[0];
      for (String part : parts) {
        if (part.length() > longest.length()) {
          longest = part;
        }
      }
      boolean othersAreShort = true;
      for (String part : parts) {
        boolean isSite = siteName != null && part.equalsIgnoreCase(siteName.strip());
        if (part != longest && !isSite && Lines.tokenCount(part) > 5) {
          othersAreShort = false;
        }
      }
      if (othersAreShort) {
        return withoutSiteSuffix(longest, siteName);
      }
    }
    Matcher m = TITLE_SUFFIX.matcher(title.strip());
    if (m.matches()) {
      String suffix = m.group(2).strip().toLowerCase(java.util.Locale.ROOT);
      String site = siteName == null ? null : siteName.strip().toLowerCase(java.util.Locale.ROOT);
      boolean isSite = site != null && (suffix.contains(site) || site.contains(suffix));
      if (isSite || (site == null && Lines.tokenCount(suffix) <= 4)) {
        return m.group(1).strip();
      }
    }
    return title.strip();
  }

  private static Bylines.Byline byline(List<Block> blocks, Map<String, List<FieldCandidate>> candidates,
      Map<String, String> rules) {
    String names = null;
    String agency = null;
    for (int i = 0; i < Math.min(blocks.size(), HEAD_BLOCKS); i++) {
      if (Bylines.isBylineLine(blocks.get(i).text())) {
        Bylines.Byline b = Bylines.parse(blocks.get(i).text());
        blocks.remove(i);
        names = record(rules, "byline", b.names(), "byline_line");
        agency = record(rules, "agency", b.agency(), "byline_line");
        break;
      }
    }
    for (String rule : List.of("byline_element", "meta_author", "meta_article_author", "jsonld_author")) {
      for (FieldCandidate c : candidates.getOrDefault("byline", List.of())) {
        if (c.rule().equals(rule) && !c.value().startsWith("http")) {
          Bylines.Byline b = Bylines.parse(c.value());
          names = names != null ? names : record(rules, "byline", b.names(), rule);
          agency = agency != null ? agency : record(rules, "agency", b.agency(), rule);
        }
      }
    }
    return new Bylines.Byline(names, agency);
  }

  private static String url(List<Block> blocks, Map<String, List<FieldCandidate>> candidates, Map<String, String> rules) {
    String found = null;
    for (int i = Math.max(0, blocks.size() - TAIL_BLOCKS); i < blocks.size(); i++) {
      Matcher footer = URL_FOOTER.matcher(blocks.get(i).text());
      if (!footer.matches()) {
        continue;
      }
      String inline = footer.group(1);
      if (URL.matcher(inline).matches()) {
        found = stripAngles(inline);
        blocks.remove(i);
      } else if (inline.isEmpty() && i + 1 < blocks.size() && URL.matcher(blocks.get(i + 1).text()).matches()) {
        found = stripAngles(blocks.get(i + 1).text());
        blocks.remove(i + 1);
        blocks.remove(i);
      }
      break;
    }
    for (String rule : List.of("link_canonical", "og_url", "jsonld_url", RECORD_URL, WARC_TARGET_URI)) {
      if (found != null) {
        break;
      }
      Optional<FieldCandidate> c = candidates.getOrDefault("url", List.of()).stream()
          .filter(f -> f.rule().equals(rule) && f.value().startsWith("http")).findFirst();
      if (c.isPresent()) {
        rules.put("url", rule);
        return c.get().value();
      }
    }
    if (found != null) {
      rules.put("url", "footer_url");
    }
    return found;
  }

  private static String stripAngles(String url) {
    Matcher m = URL.matcher(url.strip());
    return m.matches() ? m.group(1) : url.strip();
  }

  private static String signoffAgency(List<Block> blocks, Map<String, String> rules) {
    for (int i = blocks.size() - 1; i >= Math.max(0, blocks.size() - 3); i--) {
      String text = blocks.get(i).text();
      Matcher m = SIGNOFF.matcher(text);
      if (mayEndInSignoff(text) && m.find()) {
        rules.put("agency", "signoff");
        return Agencies.exactly(m.group(1) != null ? m.group(1) : m.group(2)).orElse(null);
      }
      if (REUTERS_TAIL.matcher(text).find()) {
        rules.put("agency", "reuters_credit_tail");
        return "Reuters";
      }
    }
    return null;
  }

  /**
   * A signoff ends the text in ")" or an agency name; the check spares the unanchored SIGNOFF search,
   * which RE2/J runs from every position of the paragraph.
   */
  private static boolean mayEndInSignoff(String text) {
    String end = text.stripTrailing();
    return end.endsWith(")") || end.endsWith("AFP") || end.endsWith("Reuters") || end.endsWith("AP") || end.endsWith("PA");
  }

  private static int firstParagraph(List<Block> blocks) {
    for (int i = 0; i < Math.min(blocks.size(), HEAD_BLOCKS); i++) {
      if (blocks.get(i).kind() == Block.Kind.PARAGRAPH && Lines.tokenCount(blocks.get(i).text()) > 8) {
        return i;
      }
    }
    return -1;
  }

  private static String record(Map<String, String> rules, String field, String value, String rule) {
    if (value != null) {
      rules.putIfAbsent(field, rule);
    }
    return value;
  }

  private static Optional<FieldCandidate> first(Map<String, List<FieldCandidate>> candidates, String field) {
    return candidates.getOrDefault(field, List.of()).stream().findFirst();
  }
}
