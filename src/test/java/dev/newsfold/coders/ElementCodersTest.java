package dev.newsfold.coders;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.newsfold.archive.ArticleVersion;
import dev.newsfold.archive.AssignmentVersion;
import dev.newsfold.boilerplate.PageParagraphs;
import dev.newsfold.collapse.AssignedCopy;
import dev.newsfold.collapse.ArticleRecord;
import dev.newsfold.collapse.ArticleState;
import dev.newsfold.collapse.CopyAssignment;
import dev.newsfold.collapse.CopySummary;
import dev.newsfold.collapse.MatchRule;
import dev.newsfold.collapse.Placement;
import dev.newsfold.entities.EntityMention;
import dev.newsfold.entities.EntitySummary;
import dev.newsfold.entities.EntityType;
import dev.newsfold.fingerprint.CopyFingerprint;
import dev.newsfold.fingerprint.FingerprintedCopy;
import dev.newsfold.fingerprint.StoryEvidence;
import dev.newsfold.model.ParsedCopy;
import dev.newsfold.model.RawCopy;
import dev.newsfold.model.RecordSource;
import dev.newsfold.model.Reject;
import dev.newsfold.model.RejectReason;
import dev.newsfold.parse.ArticleFormat;
import dev.newsfold.parse.ArticleMetadata;
import dev.newsfold.parse.FieldCandidate;
import dev.newsfold.parse.ParsedArticle;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.CoderException;
import org.apache.beam.sdk.coders.CoderRegistry;
import org.apache.beam.sdk.testing.CoderProperties;
import org.apache.beam.sdk.util.CoderUtils;
import org.junit.jupiter.api.Test;

/**
 * Every element coder gives back exactly what it was given, in the outer and the nested context, with every
 * nullable field set and unset; encodes equal elements to equal bytes; and is the type's default coder.
 * Elements holding arrays are compared field by field ({@code equals} of a record compares arrays by identity).
 */
class ElementCodersTest {
  /** ASCII, Latin-1, CJK, an emoji (a surrogate pair) and an unpaired surrogate, which UTF-8 would lose. */
  private static final String AWKWARD = "café 東京 \uD83D\uDCF0 \uD800 end\u0000";
  /** Non-ASCII without surrogates: written as plain UTF-8. */
  private static final String ACCENTED = "Zürich – 東京, naïve café";
  private static final LocalDate DATE = LocalDate.of(2024, 6, 1);

  static RawCopy rawFile(String text) {
    return new RawCopy("/in/a.html", "a.html", 1234L, "none", "ab12", "UTF-8", text);
  }

  static RawCopy rawRecord() {
    RecordSource record = new RecordSource(987_654_321L, "<urn:uuid:1>", "https://x.test/a", "2024-06-01T00:00:00Z",
        200, "text/html", List.of(new FieldCandidate("title", "A title", "json:title"),
            new FieldCandidate("url", null, "json:url")));
    return new RawCopy("/in/c.warc.gz", "c.warc.gz", 55L, "gzip", "cd34", "windows-1252", AWKWARD, record);
  }

  static ArticleMetadata metadata() {
    return new ArticleMetadata("Title " + AWKWARD, null, "Reuters", DATE, "https://x.test/a", null,
        Map.of("title", "og:title", "date", "meta"), LocalDate.of(1969, 12, 31));
  }

  static ParsedCopy parsedNew() {
    ParsedArticle article = new ParsedArticle(ArticleFormat.HTML, metadata(), List.of("First.", AWKWARD, "", ACCENTED),
        Map.of("nav", 3, "footer", 1), "readability", new long[] {Long.MIN_VALUE, -1, 0, Long.MAX_VALUE});
    return new ParsedCopy(rawFile("<p>First.</p>"), article);
  }

  static ParsedCopy parsedStripped() {
    ParsedArticle remaining = new ParsedArticle(ArticleFormat.TEXT, new ArticleMetadata(null, null, null, null, null,
        null, Map.of()), List.of(), Map.of());
    return new ParsedCopy(rawRecord(), remaining, new long[] {7, 8}, List.of("Subscribe now."), new int[] {0, 300},
        true);
  }

  static CopyFingerprint fingerprint(StoryEvidence evidence) {
    long[] shingles = new long[8192];
    for (int i = 0; i < shingles.length; i++) {
      shingles[i] = i * 0x9E3779B97F4A7C15L;
    }
    return new CopyFingerprint("copy-1", "exact", shingles, new long[] {1, 2, 3}, 4000, 3, 9000, evidence);
  }

  static StoryEvidence evidence() {
    return new StoryEvidence(DATE, new long[] {-5, 5}, new long[] {42}, StoryEvidence.CORRECTION + 2, new long[] {7, 9});
  }

  static CopyAssignment assignment(String copyId) {
    return new CopyAssignment(copyId, "article-1", "copy-1", MatchRule.NEAR, 0.8123456789, Double.MIN_VALUE);
  }

  static ArticleRecord article() {
    return new ArticleRecord("article-1", "copy-1", "Title", null, "AP", DATE, List.of("https://x.test/a"), null,
        "Body " + ACCENTED, 3, List.of("copy-1", "copy-2"), List.of("a.html", "b.txt"),
        Map.of("title", "copy-1", "agency", "copy-2"));
  }

  @Test
  void rawCopiesRoundTrip() throws Exception {
    for (RawCopy raw : List.of(rawFile(""), rawFile(AWKWARD), rawRecord(),
        new RawCopy("/in/d.jsonl", "d.jsonl", 0, "none", "ef", "UTF-8", "x",
            new RecordSource(1, null, null, null, null, null, null)))) {
      assertSameFields(raw, roundTrip(RawCopyCoder.of(), raw));
      CoderProperties.structuralValueDecodeEncodeEqual(RawCopyCoder.of(), raw);
    }
  }

  @Test
  void parsedCopiesRoundTrip() throws Exception {
    for (ParsedCopy copy : List.of(parsedNew(), parsedStripped())) {
      assertSameFields(copy, roundTrip(ParsedCopyCoder.of(), copy));
      CoderProperties.structuralValueDecodeEncodeEqual(ParsedCopyCoder.of(), copy);
    }
  }

  @Test
  void fingerprintsRoundTripWithTheirPackedShingles() throws Exception {
    for (CopyFingerprint fingerprint : List.of(fingerprint(evidence()), fingerprint(StoryEvidence.NONE),
        fingerprint(null))) {
      CopyFingerprint back = roundTrip(CopyFingerprintCoder.of(), fingerprint);
      assertSameFields(fingerprint, back);
      assertArrayEquals(fingerprint.shingles(), back.shingles());
      CoderProperties.structuralValueDecodeEncodeEqual(CopyFingerprintCoder.of(), fingerprint);
    }
    // 8,192 shingles: eight bytes each and a few bytes of header and fields, not Java serialization's overhead.
    int size = CoderUtils.encodeToByteArray(CopyFingerprintCoder.of(), fingerprint(evidence())).length;
    assertEquals(true, size < 8192 * 8 + 120, "encoded size " + size);
  }

  @Test
  void assemblySummariesRoundTrip() throws Exception {
    CopySummary whole = CopySummary.of(parsedNew(), fingerprint(evidence()));
    CopySummary bare = new CopySummary("copy-2", "exact", 0, 0, null, null, null, null, null, null, null);
    CopySummary bodiless = whole.withoutBodyUnlessCanonical(assignment("copy-9"));
    for (CopySummary summary : List.of(whole, bare, bodiless)) {
      CoderProperties.coderDecodeEncodeEqual(CopySummaryCoder.of(), summary);
      CoderProperties.coderDecodeEncodeEqual(AssignedCopyCoder.of(),
          new AssignedCopy(summary, assignment(summary.copyId())));
    }
  }

  @Test
  void fingerprintedCopiesOfThisRunAndOfTheArchiveRoundTrip() throws Exception {
    for (FingerprintedCopy fingerprinted : List.of(new FingerprintedCopy(parsedNew(), fingerprint(evidence())),
        new FingerprintedCopy(parsedStripped(), fingerprint(StoryEvidence.NONE)))) {
      assertSameFields(fingerprinted, roundTrip(FingerprintedCopyCoder.of(), fingerprinted));
      CoderProperties.structuralValueDecodeEncodeEqual(FingerprintedCopyCoder.of(), fingerprinted);
    }
  }

  @Test
  void recordsWithoutArraysRoundTripToEqualValues() throws Exception {
    CoderProperties.coderDecodeEncodeEqual(CopyAssignmentCoder.of(), assignment("copy-2"));
    CoderProperties.coderDecodeEncodeEqual(CopyAssignmentCoder.of(),
        new CopyAssignment("copy-3", "article-3", "copy-3", MatchRule.ALONE, Double.NaN, -0.0));
    CoderProperties.coderDecodeEncodeEqual(CopyAssignmentCoder.of(),
        new CopyAssignment("copy-4", "article-4", "copy-4", MatchRule.ALONE, 1, 1, "2025-04-06"));
    CoderProperties.coderDecodeEncodeEqual(PlacementCoder.of(), new Placement("copy-1", "copy-1", 1.0, 0.5, null));
    CoderProperties.coderDecodeEncodeEqual(PlacementCoder.of(),
        new Placement("copy-1", "copy-9", 0.25, 0.75, MatchRule.REPRINT));
    CoderProperties.coderDecodeEncodeEqual(ArticleRecordCoder.of(), article());
    CoderProperties.coderDecodeEncodeEqual(ArticleRecordCoder.of(), new ArticleRecord("a", "c", null, null, null,
        null, List.of(), null, "", 0, List.of("c"), List.of("s"), Map.of()));
    CoderProperties.coderDecodeEncodeEqual(ArticleStateCoder.of(),
        new ArticleState(article(), List.of(assignment("copy-1"), assignment("copy-2"))));
    CoderProperties.coderDecodeEncodeEqual(ArticleVersionCoder.of(), new ArticleVersion(article(), 3, 2, null));
    CoderProperties.coderDecodeEncodeEqual(ArticleVersionCoder.of(), new ArticleVersion(article(), 1, null, "x"));
    CoderProperties.coderDecodeEncodeEqual(AssignmentVersionCoder.of(),
        new AssignmentVersion(assignment("copy-2"), 4));
    CoderProperties.coderDecodeEncodeEqual(EntityMentionCoder.of(), new EntityMention("article-1", 0,
        EntityType.PERSON, ACCENTED, 5, 12, 0, "Mikhail Bogdanov", DATE, 2));
    CoderProperties.coderDecodeEncodeEqual(EntityMentionCoder.of(), new EntityMention("article-1", 7,
        EntityType.MISC, AWKWARD, 0, 3, 1, AWKWARD, null));
    CoderProperties.coderDecodeEncodeEqual(EntitySummaryCoder.of(),
        new EntitySummary("Reuters", EntityType.ORGANIZATION, 3, 10_000_000_000L, DATE, DATE.plusDays(3)));
    CoderProperties.coderDecodeEncodeEqual(EntitySummaryCoder.of(),
        new EntitySummary("x", EntityType.LOCATION, 0, 0, null, null));
  }

  @Test
  void rejectsRoundTripWithAndWithoutTheirBytes() throws Exception {
    Reject plain = new Reject("/in/x.bin", "read", RejectReason.BINARY_CONTENT, null, 99);
    CoderProperties.coderDecodeEncodeEqual(RejectCoder.of(), plain);
    CoderProperties.coderDecodeEncodeEqual(RejectCoder.of(), plain.withContent(new byte[] {0, -1, 7}, true));
    CoderProperties.coderDecodeEncodeEqual(RejectCoder.of(), plain.withContent(null, true));
    CoderProperties.coderDecodeEncodeEqual(RejectCoder.of(), plain.withContent(new byte[0], false));
  }

  @Test
  void equalElementsEncodeToEqualBytesWhateverTheirMapType() throws Exception {
    ArticleRecord sorted = article();
    ArticleRecord hashed = new ArticleRecord("article-1", "copy-1", "Title", null, "AP", DATE,
        List.of("https://x.test/a"), null, "Body " + ACCENTED, 3, List.of("copy-1", "copy-2"),
        List.of("a.html", "b.txt"), new java.util.HashMap<>(Map.of("agency", "copy-2", "title", "copy-1")));
    CoderProperties.coderDeterministic(ArticleRecordCoder.of(), sorted, hashed);
    CoderProperties.coderConsistentWithEquals(ArticleRecordCoder.of(), sorted, hashed);
    // Records holding arrays are not equal by equals(): two copies built alike must still encode alike.
    assertArrayEquals(CoderUtils.encodeToByteArray(ParsedCopyCoder.of(), parsedNew()),
        CoderUtils.encodeToByteArray(ParsedCopyCoder.of(), parsedNew()));
    assertArrayEquals(CoderUtils.encodeToByteArray(CopyFingerprintCoder.of(), fingerprint(evidence())),
        CoderUtils.encodeToByteArray(CopyFingerprintCoder.of(), fingerprint(evidence())));
  }

  @Test
  void aRawTextPassesThroughUndecodedAndComesBackExact() throws Exception {
    for (String text : List.of("", "plain ascii", "caf\u00e9 \u201cquoted\u201d \u20ac5", "emoji \uD83D\uDE00 pair",
        "lone \uD800 surrogate", "\u0000 nul")) {
      RawCopy raw = new RawCopy("/in/a.html", "a.html", 10, "none", "sha", "UTF-8", text);
      byte[] fromString = CoderUtils.encodeToByteArray(RawCopyCoder.of(), raw);
      RawCopy decoded = CoderUtils.decodeFromByteArray(RawCopyCoder.of(), fromString);
      // Encoded again without its text read: the same bytes, from the bytes it was read with.
      assertArrayEquals(fromString, CoderUtils.encodeToByteArray(RawCopyCoder.of(), decoded));
      assertEquals(text, decoded.rawText());
      assertArrayEquals(fromString, CoderUtils.encodeToByteArray(RawCopyCoder.of(), decoded));
      // The copies table gets the text: as Avro's UTF-8 from the bytes, or the decoded String when it holds surrogates.
      RawCopy unread = CoderUtils.decodeFromByteArray(RawCopyCoder.of(), fromString);
      assertEquals(text, unread.encodedRawText().forAvro().toString());
      // Made with the UTF-8 bytes it was read from: the same bytes as made from the String.
      RawCopy fromFileBytes = new RawCopy("/in/a.html", "a.html", 10, "none", "sha", "UTF-8",
          dev.newsfold.coders.EncodedText.ofUtf8(text, text.getBytes(java.nio.charset.StandardCharsets.UTF_8)), null);
      assertArrayEquals(fromString, CoderUtils.encodeToByteArray(RawCopyCoder.of(), fromFileBytes), text);
      assertEquals(text, fromFileBytes.rawText());
    }
  }

  @Test
  void aStringGoesToParquetAsItsUtf8BytesUnlessItHoldsASurrogate() {
    for (String text : List.of("", "plain ascii", "caf\u00e9 \u201cquoted\u201d \u20ac5 東京", "\u0000 nul")) {
      CharSequence forAvro = EncodedText.forAvro(text);
      assertEquals(org.apache.avro.util.Utf8.class, forAvro.getClass());
      assertArrayEquals(text.getBytes(java.nio.charset.StandardCharsets.UTF_8),
          java.util.Arrays.copyOf(((org.apache.avro.util.Utf8) forAvro).getBytes(),
              ((org.apache.avro.util.Utf8) forAvro).getByteLength()));
    }
    // A pair, or a lone surrogate that the JDK's encoder would turn into '?': the String itself, as before.
    for (String text : List.of("emoji \uD83D\uDE00 pair", "lone \uD800 surrogate")) {
      assertEquals(text, EncodedText.forAvro(text));
    }
    assertEquals(null, EncodedText.forAvro((String) null));
  }

  @Test
  void pageParagraphsRoundTripWithAndWithoutFurniture() throws Exception {
    for (PageParagraphs page : List.of(new PageParagraphs(new long[] {-3, 5, Long.MAX_VALUE}, new long[] {7}, new long[] {11},
        new long[] {5}), new PageParagraphs(new long[0], null, new long[0], new long[0]))) {
      PageParagraphs decoded = CoderUtils.decodeFromByteArray(PageParagraphsCoder.of(),
          CoderUtils.encodeToByteArray(PageParagraphsCoder.of(), page));
      assertArrayEquals(page.bodyKeys(), decoded.bodyKeys());
      assertArrayEquals(page.furnitureKeys(), decoded.furnitureKeys());
      assertArrayEquals(page.frameKeys(), decoded.frameKeys());
      assertArrayEquals(page.framedParagraphKeys(), decoded.framedParagraphKeys());
    }
  }

  @Test
  void everyCoderIsDeterministicSerializableAndTheDefaultForItsType() throws Exception {
    CoderRegistry registry = CoderRegistry.createDefault();
    Map<Class<?>, Coder<?>> defaults = Map.ofEntries(Map.entry(RawCopy.class, RawCopyCoder.of()),
        Map.entry(ParsedCopy.class, ParsedCopyCoder.of()), Map.entry(CopyFingerprint.class, CopyFingerprintCoder.of()),
        Map.entry(FingerprintedCopy.class, FingerprintedCopyCoder.of()),
        Map.entry(CopySummary.class, CopySummaryCoder.of()), Map.entry(AssignedCopy.class, AssignedCopyCoder.of()),
        Map.entry(CopyAssignment.class, CopyAssignmentCoder.of()), Map.entry(Placement.class, PlacementCoder.of()),
        Map.entry(PageParagraphs.class, PageParagraphsCoder.of()),
        Map.entry(ArticleRecord.class, ArticleRecordCoder.of()), Map.entry(ArticleState.class, ArticleStateCoder.of()),
        Map.entry(ArticleVersion.class, ArticleVersionCoder.of()),
        Map.entry(AssignmentVersion.class, AssignmentVersionCoder.of()), Map.entry(Reject.class, RejectCoder.of()),
        Map.entry(EntityMention.class, EntityMentionCoder.of()), Map.entry(EntitySummary.class,
            EntitySummaryCoder.of()));
    for (Map.Entry<Class<?>, Coder<?>> e : defaults.entrySet()) {
      assertEquals(e.getValue(), registry.getCoder(e.getKey()), e.getKey().getSimpleName());
      e.getValue().verifyDeterministic();
      CoderProperties.coderSerializable(e.getValue());
    }
  }

  @Test
  void aTruncatedEncodingFailsInsteadOfDecodingToSomethingElse() throws Exception {
    byte[] whole = CoderUtils.encodeToByteArray(ParsedCopyCoder.of(), parsedNew());
    byte[] cut = java.util.Arrays.copyOf(whole, whole.length / 2);
    assertThrows(java.io.EOFException.class,
        () -> ParsedCopyCoder.of().decode(new java.io.ByteArrayInputStream(cut)));
    assertThrows(CoderException.class, () -> CoderUtils.encodeToByteArray(RawCopyCoder.of(), null));
  }

  @Test
  void longArraysAreTheirLengthThenEightBigEndianBytesEach() throws Exception {
    long[] keys = {1L, -1L, 0x0102030405060708L};
    byte[] expected = {3, 0, 0, 0, 0, 0, 0, 0, 1, -1, -1, -1, -1, -1, -1, -1, -1, 1, 2, 3, 4, 5, 6, 7, 8};
    assertArrayEquals(expected, CoderUtils.encodeToByteArray(LongArrayCoder.of(), keys));
    long[] many = new java.util.Random(7).longs(5000).toArray();
    assertArrayEquals(many, roundTrip(LongArrayCoder.of(), many));
    assertArrayEquals(new long[0], roundTrip(LongArrayCoder.of(), new long[0]));
    byte[] cut = java.util.Arrays.copyOf(expected, expected.length - 1);
    assertThrows(java.io.EOFException.class,
        () -> LongArrayCoder.of().decode(new java.io.ByteArrayInputStream(cut)));
  }

  /** Decoded from its encoding, in both contexts (the nested one followed by other bytes). */
  private static <T> T roundTrip(Coder<T> coder, T value) throws Exception {
    T outer = CoderUtils.decodeFromByteArray(coder, CoderUtils.encodeToByteArray(coder, value));
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    coder.encode(value, bytes, Coder.Context.NESTED);
    bytes.write(new byte[] {1, 2, 3});
    java.io.ByteArrayInputStream in = new java.io.ByteArrayInputStream(bytes.toByteArray());
    T nested = coder.decode(in, Coder.Context.NESTED);
    assertEquals(3, in.available(), "the nested encoding ends where it began the next bytes");
    assertSameFields(outer, nested);
    return outer;
  }

  /** Equal field by field, arrays by their contents, down through the element model's own types. */
  static void assertSameFields(Object expected, Object actual) {
    assertSameFields(expected, actual, expected == null ? "null" : expected.getClass().getSimpleName());
  }

  private static void assertSameFields(Object expected, Object actual, String path) {
    if (expected == null || actual == null) {
      assertEquals(expected, actual, path);
      return;
    }
    assertEquals(expected.getClass().isArray(), actual.getClass().isArray(), path);
    if (expected instanceof long[] e) {
      assertArrayEquals(e, (long[]) actual, path);
    } else if (expected instanceof int[] e) {
      assertArrayEquals(e, (int[]) actual, path);
    } else if (expected instanceof byte[] e) {
      assertArrayEquals(e, (byte[]) actual, path);
    } else if (expected instanceof List<?> e) {
      List<?> a = (List<?>) actual;
      assertEquals(e.size(), a.size(), path + " size");
      Iterator<?> ai = a.iterator();
      int i = 0;
      for (Object item : e) {
        assertSameFields(item, ai.next(), path + "[" + i++ + "]");
      }
    } else if (expected instanceof Map<?, ?> e) {
      assertEquals(List.copyOf(e.keySet()).toString(), List.copyOf(((Map<?, ?>) actual).keySet()).toString(),
          path + " keys in order");
      assertEquals(e, actual, path);
    } else if (expected instanceof EncodedText e) { // A value: its text, whether decoded yet or not.
      assertEquals(e.text(), ((EncodedText) actual).text(), path);
    } else if (expected.getClass().getName().startsWith("dev.newsfold.")
        && !expected.getClass().isEnum()) {
      assertEquals(expected.getClass(), actual.getClass(), path);
      for (Field f : expected.getClass().getDeclaredFields()) {
        if (Modifier.isStatic(f.getModifiers())) {
          continue;
        }
        f.setAccessible(true);
        try {
          assertSameFields(f.get(expected), f.get(actual), path + "." + f.getName());
        } catch (IllegalAccessException ex) {
          throw new AssertionError(ex);
        }
      }
    } else {
      assertEquals(expected, actual, path);
    }
  }
}
