package dev.newsfold.parse;

import dev.newsfold.model.ParsedCopy;
import dev.newsfold.model.RawCopy;
import dev.newsfold.model.Reject;
import dev.newsfold.model.RejectReason;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.SerializableFunction;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;

/** Parses each copy's text into metadata and clean body paragraphs; a copy with no body text is rejected. */
public final class ParseArticles extends PTransform<PCollection<RawCopy>, PCollectionTuple> {
  public static final TupleTag<ParsedCopy> PARSED = new TupleTag<>() {};
  public static final TupleTag<Reject> REJECTS = new TupleTag<>() {};
  static final String STAGE = "parse";
  private final SerializableFunction<RawCopy, ParsedArticle> parser;

  /** Parses with {@link ArticleParser}. */
  public ParseArticles() {
    this(raw -> ArticleParser.parse(raw.nameForFormat(), raw.rawText(),
        raw.record() == null ? java.util.List.of() : raw.record().metadata()));
  }

  /** Parses with another parser: how tests inject a failure, and how another parser plugs in. */
  public ParseArticles(SerializableFunction<RawCopy, ParsedArticle> parser) {
    this.parser = parser;
  }

  @Override
  public PCollectionTuple expand(PCollection<RawCopy> copies) {
    return copies.apply("ParseEachCopy", ParDo.of(new ParseFn(parser)).withOutputTags(PARSED, TupleTagList.of(REJECTS)));
  }

  static final class ParseFn extends DoFn<RawCopy, ParsedCopy> {
    private final SerializableFunction<RawCopy, ParsedArticle> parser;
    private final Counter parsed = Metrics.counter(ParseArticles.class, "copies_parsed");
    private final Counter noText = Metrics.counter(ParseArticles.class, "rejected_no_article_text");
    private final Counter failed = Metrics.counter(ParseArticles.class, "rejected_stage_failure");

    ParseFn(SerializableFunction<RawCopy, ParsedArticle> parser) {
      this.parser = parser;
    }

    @ProcessElement
    public void process(@Element RawCopy raw, MultiOutputReceiver out) {
      try {
        ParsedArticle article = parser.apply(raw);
        if (article.paragraphs().isEmpty()) {
          noText.inc();
          out.get(REJECTS).output(new Reject(raw.sourcePath(), STAGE, RejectReason.NO_ARTICLE_TEXT,
              "parsed as " + article.format().code() + "; every block was markup or boilerplate "
                  + article.stripped(), raw.byteSize()).withContent(raw.bytes(), false));
          return;
        }
        parsed.inc();
        out.get(PARSED).output(new ParsedCopy(raw, article));
      } catch (RuntimeException | StackOverflowError e) {
        failed.inc();
        Exception cause = e instanceof Exception ex ? ex : new RuntimeException(e.toString());
        out.get(REJECTS).output(Reject.ofFailure(raw.sourcePath(), STAGE, cause, raw.byteSize())
            .withContent(raw.bytes(), false));
      }
    }
  }
}
