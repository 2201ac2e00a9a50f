package dev.newsfold.collapse;

import dev.newsfold.coders.CopySummaryCoder;
import dev.newsfold.fingerprint.CopyFingerprint;
import dev.newsfold.model.ParsedCopy;
import dev.newsfold.parse.ArticleMetadata;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Comparator;

/**
 * What assembling an article needs of one copy, and no more: its id and exact fingerprint (the article
 * id), its completeness (which copy comes first), the metadata fields an article takes, and its clean
 * body. Not its raw text, paragraphs, shingles or MinHash: those go to the copies table only.
 *
 * @param bodyChars length of the clean body, as its fingerprint measured it
 * @param metadataFields how many of title, date, URL and byline/agency the copy has
 * @param bodyText the clean body; null once the copy is known not to be its article's canonical copy,
 *     whose body alone the article keeps ({@link #withoutBodyUnlessCanonical})
 */
@org.apache.beam.sdk.coders.DefaultCoder(CopySummaryCoder.class)
public record CopySummary(String copyId, String exactFingerprint, int bodyChars, int metadataFields, String title,
    String byline, String agency, LocalDate publishedDate, String canonicalUrl, String dateline, String bodyText)
    implements Serializable {

  /** Most complete first, as {@link CopyFingerprint#MOST_COMPLETE_FIRST} orders their fingerprints. */
  public static final Comparator<CopySummary> MOST_COMPLETE_FIRST =
      CopyFingerprint.mostCompleteFirst(CopySummary::bodyChars, CopySummary::metadataFields, CopySummary::copyId);

  /** The summary of a parsed copy and its fingerprint (this run's, or an archived one's). */
  public static CopySummary of(ParsedCopy copy, CopyFingerprint fingerprint) {
    ArticleMetadata m = copy.article().metadata();
    return new CopySummary(copy.copyId(), fingerprint.exactFingerprint(), fingerprint.bodyChars(),
        fingerprint.metadataFields(), m.title(), m.byline(), m.agency(), m.publishedDate(), m.canonicalUrl(),
        m.dateline(), copy.article().bodyText());
  }

  /** This summary, keeping its body only if {@code assignment} makes it the canonical copy of its article. */
  public CopySummary withoutBodyUnlessCanonical(CopyAssignment assignment) {
    if (assignment.isCanonical() || bodyText == null) {
      return this;
    }
    return new CopySummary(copyId, exactFingerprint, bodyChars, metadataFields, title, byline, agency, publishedDate,
        canonicalUrl, dateline, null);
  }
}
