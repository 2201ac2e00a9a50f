package dev.newsfold.entities;

import dev.newsfold.archive.ArticleVersion;
import dev.newsfold.collapse.ArticleRecord;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Distribution;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.PCollection;

/**
 * Recognizes entity mentions in each article version's canonical body: once per article, not once
 * per copy, and only for versions whose body is new. The recognizer is loaded once per worker JVM. A body longer than {@code maxChars} is
 * recognized on its first {@code maxChars} characters (counted), so that one huge file cannot
 * hold a worker for minutes.
 */
public final class ExtractEntityMentions extends PTransform<PCollection<ArticleVersion>, PCollection<EntityMention>> {
  private final int maxChars;

  public ExtractEntityMentions(int maxChars) {
    this.maxChars = maxChars;
  }

  @Override
  public PCollection<EntityMention> expand(PCollection<ArticleVersion> articles) {
    return articles.apply("RecognizeMentions", ParDo.of(new RecognizeFn(maxChars)));
  }

  static final class RecognizeFn extends DoFn<ArticleVersion, EntityMention> {
    private final int maxChars;
    private final Counter truncated = Metrics.counter(ExtractEntityMentions.class, "bodies_truncated_for_entities");
    private final Counter failed = Metrics.counter(ExtractEntityMentions.class, "articles_failed_entities");
    private final Distribution mentions = Metrics.distribution(ExtractEntityMentions.class, "mentions_per_article");
    private transient EntityRecognizer recognizer;

    RecognizeFn(int maxChars) {
      this.maxChars = maxChars;
    }

    @Setup
    public void setup() {
      recognizer = Recognizers.coreNlp();
    }

    @ProcessElement
    public void process(@Element ArticleVersion version, OutputReceiver<EntityMention> out) {
      ArticleRecord article = version.article();
      String body = article.bodyText();
      if (body.length() > maxChars) {
        truncated.inc();
        body = body.substring(0, maxChars);
      }
      try {
        java.util.List<EntityMention> found = MentionResolver.resolve(article.articleId(), article.publishedDate(),
            body, recognizer.recognize(body));
        mentions.update(found.size());
        found.forEach(m -> out.output(m.atVersion(version.version())));
      } catch (RuntimeException e) {
        failed.inc(); // The article stays archived; only its mentions are missing, and counted.
      }
    }
  }
}
