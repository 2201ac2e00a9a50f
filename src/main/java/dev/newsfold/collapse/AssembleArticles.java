package dev.newsfold.collapse;

import dev.newsfold.fingerprint.CopyFingerprint;
import dev.newsfold.model.ParsedCopy;
import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.Filter;
import org.apache.beam.sdk.transforms.GroupByKey;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.WithKeys;
import org.apache.beam.sdk.transforms.join.CoGbkResult;
import org.apache.beam.sdk.transforms.join.CoGroupByKey;
import org.apache.beam.sdk.transforms.join.KeyedPCollectionTuple;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TypeDescriptors;

/**
 * Joins each copy with its fingerprint and assignment, and builds one {@link ArticleState} per
 * article. Copies read back from the archive take part in their articles; COPIES holds this run's
 * copies only, the rows the copies table gains.
 */
public final class AssembleArticles extends PTransform<PCollectionTuple, PCollectionTuple> {
  public static final TupleTag<ParsedCopy> PARSED = new TupleTag<>() {};
  public static final TupleTag<CopyFingerprint> FINGERPRINTS = new TupleTag<>() {};
  public static final TupleTag<CopyAssignment> ASSIGNMENTS = new TupleTag<>() {};
  public static final TupleTag<ArchivedCopy> COPIES = new TupleTag<>() {};
  public static final TupleTag<ArticleState> ARTICLES = new TupleTag<>() {};

  @Override
  public PCollectionTuple expand(PCollectionTuple input) {
    TupleTag<ParsedCopy> parsed = new TupleTag<>();
    TupleTag<CopyFingerprint> print = new TupleTag<>();
    TupleTag<CopyAssignment> assignment = new TupleTag<>();
    PCollection<ArchivedCopy> copies = KeyedPCollectionTuple
        .of(parsed, input.get(PARSED).apply("KeyParsed", WithKeys.of(ParsedCopy::copyId).withKeyType(TypeDescriptors.strings())))
        .and(print, input.get(FINGERPRINTS).apply("KeyPrints", WithKeys.of(CopyFingerprint::copyId).withKeyType(TypeDescriptors.strings())))
        .and(assignment, input.get(ASSIGNMENTS).apply("KeyAssignments", WithKeys.of(CopyAssignment::copyId).withKeyType(TypeDescriptors.strings())))
        .apply("JoinByCopyId", CoGroupByKey.create())
        .apply("ToArchivedCopy", ParDo.of(new JoinFn(parsed, print, assignment)));
    PCollection<ArticleState> articles = copies
        .apply("KeyByArticle", WithKeys.of((ArchivedCopy c) -> c.assignment().articleId()).withKeyType(TypeDescriptors.strings()))
        .apply("GroupByArticle", GroupByKey.create())
        .apply("AssembleArticle", ParDo.of(new AssembleFn()));
    PCollection<ArchivedCopy> newCopies = copies.apply("ThisRunsCopies", Filter.by(c -> !c.copy().fromArchive()));
    return PCollectionTuple.of(COPIES, newCopies).and(ARTICLES, articles);
  }

  static final class JoinFn extends DoFn<KV<String, CoGbkResult>, ArchivedCopy> {
    private final TupleTag<ParsedCopy> parsed;
    private final TupleTag<CopyFingerprint> print;
    private final TupleTag<CopyAssignment> assignment;

    JoinFn(TupleTag<ParsedCopy> parsed, TupleTag<CopyFingerprint> print, TupleTag<CopyAssignment> assignment) {
      this.parsed = parsed;
      this.print = print;
      this.assignment = assignment;
    }

    @ProcessElement
    public void process(@Element KV<String, CoGbkResult> joined, OutputReceiver<ArchivedCopy> out) {
      CoGbkResult r = joined.getValue();
      CopyFingerprint fingerprint = r.getOnly(print, null);
      if (fingerprint == null) {
        return; // Rejected by the fingerprint stage; its reject row accounts for the file.
      }
      out.output(new ArchivedCopy(r.getOnly(parsed), fingerprint, r.getOnly(assignment)));
    }
  }

  static final class AssembleFn extends DoFn<KV<String, Iterable<ArchivedCopy>>, ArticleState> {
    @ProcessElement
    public void process(@Element KV<String, Iterable<ArchivedCopy>> article, OutputReceiver<ArticleState> out) {
      List<ArchivedCopy> copies = new ArrayList<>();
      article.getValue().forEach(copies::add);
      out.output(ArticleAssembler.assemble(copies));
    }
  }
}
