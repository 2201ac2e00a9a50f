package dev.newsfold.collapse;

import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.transforms.DoFn;
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
 * Joins each copy's summary with its assignment, and builds one {@link ArticleState} per article. Copies
 * read back from the archive take part in their articles. Only summaries cross these shuffles (ids,
 * completeness, metadata fields and the body), never a copy's raw text, paragraphs or shingles; and past
 * the join only the canonical copy keeps its body, the one the article takes.
 */
public final class AssembleArticles extends PTransform<PCollectionTuple, PCollection<ArticleState>> {
  public static final TupleTag<CopySummary> SUMMARIES = new TupleTag<>() {};
  public static final TupleTag<CopyAssignment> ASSIGNMENTS = new TupleTag<>() {};

  @Override
  public PCollection<ArticleState> expand(PCollectionTuple input) {
    TupleTag<CopySummary> summary = new TupleTag<>();
    TupleTag<CopyAssignment> assignment = new TupleTag<>();
    return KeyedPCollectionTuple
        .of(summary, input.get(SUMMARIES).apply("KeySummaries",
            WithKeys.of(CopySummary::copyId).withKeyType(TypeDescriptors.strings())))
        .and(assignment, input.get(ASSIGNMENTS).apply("KeyAssignments",
            WithKeys.of(CopyAssignment::copyId).withKeyType(TypeDescriptors.strings())))
        .apply("JoinByCopyId", CoGroupByKey.create())
        .apply("ToAssignedCopy", ParDo.of(new JoinFn(summary, assignment)))
        .apply("KeyByArticle", WithKeys.of((AssignedCopy c) -> c.assignment().articleId())
            .withKeyType(TypeDescriptors.strings()))
        .apply("GroupByArticle", GroupByKey.create())
        .apply("AssembleArticle", ParDo.of(new AssembleFn()));
  }

  static final class JoinFn extends DoFn<KV<String, CoGbkResult>, AssignedCopy> {
    private final TupleTag<CopySummary> summary;
    private final TupleTag<CopyAssignment> assignment;

    JoinFn(TupleTag<CopySummary> summary, TupleTag<CopyAssignment> assignment) {
      this.summary = summary;
      this.assignment = assignment;
    }

    @ProcessElement
    public void process(@Element KV<String, CoGbkResult> joined, OutputReceiver<AssignedCopy> out) {
      CoGbkResult r = joined.getValue();
      CopyAssignment a = r.getOnly(assignment); // Collapse assigns every copy it was given a fingerprint of.
      out.output(new AssignedCopy(r.getOnly(summary).withoutBodyUnlessCanonical(a), a));
    }
  }

  static final class AssembleFn extends DoFn<KV<String, Iterable<AssignedCopy>>, ArticleState> {
    @ProcessElement
    public void process(@Element KV<String, Iterable<AssignedCopy>> article, OutputReceiver<ArticleState> out) {
      List<AssignedCopy> copies = new ArrayList<>();
      article.getValue().forEach(copies::add);
      out.output(ArticleAssembler.assemble(copies));
    }
  }
}
