package dev.newsfold.archive;

import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.WithKeys;
import org.apache.beam.sdk.transforms.join.CoGbkResult;
import org.apache.beam.sdk.transforms.join.CoGroupByKey;
import org.apache.beam.sdk.transforms.join.KeyedPCollectionTuple;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TypeDescriptors;

/** Keeps what the archive does not hold yet: the shared step of skipping archived files and rejects. */
final class ArchivedKeys {
  private ArchivedKeys() {}

  /**
   * The candidates whose key is not among {@code archivedKeys}; the others are dropped, each counted
   * under {@code counter} (the run summary accounts for their files with it).
   */
  static <T> PCollection<T> dropArchived(PCollection<KV<String, T>> candidates, PCollection<String> archivedKeys,
      String counter) {
    TupleTag<T> candidate = new TupleTag<>();
    TupleTag<String> archived = new TupleTag<>();
    return KeyedPCollectionTuple.of(candidate, candidates)
        .and(archived, archivedKeys.apply("KeyArchived", WithKeys.of((String k) -> k)
            .withKeyType(TypeDescriptors.strings())))
        .apply("JoinArchived", CoGroupByKey.create())
        .apply("DropArchived", ParDo.of(new DropFn<>(candidate, archived, counter)))
        .setCoder(((KvCoder<String, T>) candidates.getCoder()).getValueCoder());
  }

  static final class DropFn<T> extends DoFn<KV<String, CoGbkResult>, T> {
    private final TupleTag<T> candidate;
    private final TupleTag<String> archived;
    private final Counter alreadyThere;

    DropFn(TupleTag<T> candidate, TupleTag<String> archived, String counter) {
      this.candidate = candidate;
      this.archived = archived;
      this.alreadyThere = Metrics.counter(ArchivedKeys.class, counter);
    }

    @ProcessElement
    public void process(@Element KV<String, CoGbkResult> joined, OutputReceiver<T> out) {
      boolean isArchived = joined.getValue().getAll(archived).iterator().hasNext();
      for (T element : joined.getValue().getAll(candidate)) {
        if (isArchived) {
          alreadyThere.inc();
        } else {
          out.output(element);
        }
      }
    }
  }
}
