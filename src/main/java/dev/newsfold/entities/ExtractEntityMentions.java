package dev.newsfold.entities;

import dev.newsfold.archive.ArticleVersion;
import dev.newsfold.collapse.ArticleRecord;
import java.util.List;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.VarIntCoder;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Distribution;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;

/**
 * Recognizes entity mentions in each article version's canonical body: once per article, not once
 * per copy, and only for versions whose body is new (or whose entities are missing). The recognizer
 * is made once per worker ({@link EntityRecognizer.Factory}). A body longer than {@code maxChars}
 * is recognized on its first {@code maxChars} characters (counted), so that one huge file cannot
 * hold a worker for minutes. Besides the mentions, it says which versions were extracted (a body
 * with no mention is extracted too), so that a version whose recognizer failed is not recorded as
 * extracted and is tried again by the next run.
 */
public final class ExtractEntityMentions extends PTransform<PCollection<ArticleVersion>, PCollectionTuple> {
  public static final TupleTag<EntityMention> MENTIONS = new TupleTag<>() {};
  /** (article_id, version) of every version whose extraction succeeded. */
  public static final TupleTag<KV<String, Integer>> EXTRACTED = new TupleTag<>() {};
  private final int maxChars;
  private final EntityRecognizer.Factory recognizers;

  public ExtractEntityMentions(int maxChars, EntityRecognizer.Factory recognizers) {
    this.maxChars = maxChars;
    this.recognizers = recognizers;
  }

  @Override
  public PCollectionTuple expand(PCollection<ArticleVersion> articles) {
    PCollectionTuple out = articles.apply("RecognizeMentions",
        ParDo.of(new RecognizeFn(maxChars, recognizers)).withOutputTags(MENTIONS, TupleTagList.of(EXTRACTED)));
    out.get(EXTRACTED).setCoder(KvCoder.of(StringUtf8Coder.of(), VarIntCoder.of()));
    return out;
  }

  static final class RecognizeFn extends DoFn<ArticleVersion, EntityMention> {
    private final int maxChars;
    private final EntityRecognizer.Factory recognizers;
    private final Counter truncated = Metrics.counter(ExtractEntityMentions.class, "bodies_truncated_for_entities");
    private final Counter failed = Metrics.counter(ExtractEntityMentions.class, "articles_failed_entities");
    private final Distribution mentions = Metrics.distribution(ExtractEntityMentions.class, "mentions_per_article");
    private transient EntityRecognizer recognizer;

    RecognizeFn(int maxChars, EntityRecognizer.Factory recognizers) {
      this.maxChars = maxChars;
      this.recognizers = recognizers;
    }

    @Setup
    public void setup() {
      recognizer = recognizers.create();
    }

    @ProcessElement
    public void process(@Element ArticleVersion version, MultiOutputReceiver out) {
      ArticleRecord article = version.article();
      String body = article.bodyText();
      if (body.length() > maxChars) {
        truncated.inc();
        body = body.substring(0, maxChars);
      }
      List<EntityMention> found;
      try {
        found = MentionResolver.resolve(article.articleId(), article.publishedDate(), body, recognizer.recognize(body));
      } catch (RuntimeException e) {
        // The article stays archived, without mentions and not marked extracted: the next run tries again.
        failed.inc();
        return;
      }
      mentions.update(found.size());
      found.forEach(m -> out.get(MENTIONS).output(m.atVersion(version.version())));
      out.get(EXTRACTED).output(KV.of(article.articleId(), version.version()));
    }
  }
}
