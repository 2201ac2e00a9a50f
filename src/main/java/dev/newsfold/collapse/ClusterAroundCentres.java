package dev.newsfold.collapse;

import dev.newsfold.fingerprint.CopyFingerprint;
import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.metrics.Distribution;
import org.apache.beam.sdk.metrics.Metrics;
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
 * Verified edges to articles. Connected components come first ({@link ConnectedComponents}, spread over
 * the workers); each component is then split around its most complete copies by {@link CentreClustering}.
 */
public final class ClusterAroundCentres extends PTransform<PCollectionTuple, PCollection<KV<String, Placement>>> {
  public static final TupleTag<KV<String, String>> EDGES = new TupleTag<>() {};
  public static final TupleTag<CopyFingerprint> COPIES = new TupleTag<>() {};
  private final FoldRules rules;

  public ClusterAroundCentres(FoldRules rules) {
    this.rules = rules;
  }

  @Override
  public PCollection<KV<String, Placement>> expand(PCollectionTuple input) {
    PCollection<KV<String, String>> componentOf = input.get(EDGES).apply("ConnectedComponents", new ConnectedComponents());
    PCollection<KV<String, CopyFingerprint>> copiesById = input.get(COPIES)
        .apply("KeyCopiesById", WithKeys.of(CopyFingerprint::copyId).withKeyType(TypeDescriptors.strings()));
    TupleTag<String> component = new TupleTag<>();
    TupleTag<CopyFingerprint> copy = new TupleTag<>();
    return KeyedPCollectionTuple.of(component, componentOf).and(copy, copiesById)
        .apply("JoinComponents", CoGroupByKey.create())
        .apply("KeyByComponent", ParDo.of(new KeyByComponentFn(component, copy)))
        .apply("GroupComponents", GroupByKey.create())
        .apply("SplitAroundCentres", ParDo.of(new CentresFn(rules)));
  }

  static final class KeyByComponentFn extends DoFn<KV<String, CoGbkResult>, KV<String, CopyFingerprint>> {
    private final TupleTag<String> component;
    private final TupleTag<CopyFingerprint> copy;

    KeyByComponentFn(TupleTag<String> component, TupleTag<CopyFingerprint> copy) {
      this.component = component;
      this.copy = copy;
    }

    @ProcessElement
    public void process(@Element KV<String, CoGbkResult> joined, OutputReceiver<KV<String, CopyFingerprint>> out) {
      CopyFingerprint print = joined.getValue().getOnly(copy, null);
      if (print != null) {
        out.output(KV.of(joined.getValue().getOnly(component, print.copyId()), print));
      }
    }
  }

  static final class CentresFn extends DoFn<KV<String, Iterable<CopyFingerprint>>, KV<String, Placement>> {
    private final FoldRules rules;
    private final Distribution componentSize = Metrics.distribution(ClusterAroundCentres.class, "component_size");

    CentresFn(FoldRules rules) {
      this.rules = rules;
    }

    @ProcessElement
    public void process(@Element KV<String, Iterable<CopyFingerprint>> group, OutputReceiver<KV<String, Placement>> out) {
      List<CopyFingerprint> members = new ArrayList<>();
      group.getValue().forEach(members::add);
      componentSize.update(members.size());
      for (CentreClustering.Placement p : CentreClustering.cluster(members, rules)) {
        out.output(KV.of(p.copy().copyId(), new Placement(p.centre().copyId(), p.centre().copyId(),
            p.similarity().jaccard(), p.similarity().containment(), p.rule())));
      }
    }
  }
}
