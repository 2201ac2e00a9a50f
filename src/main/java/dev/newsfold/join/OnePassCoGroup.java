package dev.newsfold.join;

import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.GroupByKey;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.join.KeyedPCollectionTuple;
import org.apache.beam.sdk.transforms.join.RawUnionValue;
import org.apache.beam.sdk.transforms.join.UnionCoder;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;

/**
 * A CoGroupByKey whose groups are read once: every value under a key, tagged with the position of its collection
 * in the tuple (0 for the first). Beam's CoGroupByKey keeps 10,000 values of a group in memory and reads the rest
 * again for each tag, and Flink's batch groups can be read only once ("GBK result is not re-iterable"), so a key
 * with more values (a body copied 10,000 times, an article of 10,000 copies) failed the whole job there. A reader
 * of these groups makes one pass and keeps what it must itself ({@link #eachWithAnchor} for values joined to one
 * anchor). Every collection needs its own tag.
 */
public final class OnePassCoGroup<K> extends PTransform<KeyedPCollectionTuple<K>, PCollection<KV<K, Iterable<RawUnionValue>>>> {

  public static <K> OnePassCoGroup<K> create() {
    return new OnePassCoGroup<>();
  }

  private OnePassCoGroup() {}

  @Override
  public PCollection<KV<K, Iterable<RawUnionValue>>> expand(KeyedPCollectionTuple<K> input) {
    List<Coder<?>> valueCoders = new ArrayList<>();
    for (KeyedPCollectionTuple.TaggedKeyedPCollection<K, ?> tagged : input.getKeyedCollections()) {
      valueCoders.add(((KvCoder<?, ?>) (Coder<?>) tagged.getCollection().getCoder()).getValueCoder());
    }
    KvCoder<K, RawUnionValue> taggedCoder = KvCoder.of(input.getKeyCoder(), UnionCoder.of(valueCoders));
    PCollectionList<KV<K, RawUnionValue>> all = PCollectionList.empty(input.getPipeline());
    int position = 0;
    for (KeyedPCollectionTuple.TaggedKeyedPCollection<K, ?> tagged : input.getKeyedCollections()) {
      if (input.getCoGbkResultSchema().getIndex(tagged.getTupleTag()) != position) {
        throw new IllegalArgumentException("a tag is given twice: " + tagged.getTupleTag());
      }
      all = all.and(tag(tagged.getCollection(), position).setCoder(taggedCoder));
      position++;
    }
    return all.apply("Flatten", Flatten.pCollections()).apply("GroupByKey", GroupByKey.create());
  }

  /** What a reader of {@link #eachWithAnchor} does with one value and its group's anchor (null when it has none). */
  @FunctionalInterface
  public interface AnchoredValue<A, V> {
    void accept(A anchor, V value);
  }

  /**
   * Reads, in one pass, a group of two collections: at most one anchor under {@code anchorTag} (a copy's own print,
   * an article's live version) and values under {@code valueTag}, each handed over with the anchor. Only the values
   * read before the anchor are kept, in the order read; those after it go straight through. Without an anchor, every
   * value goes with null once the group is read. A second anchor or any other tag throws: the join is not what its
   * reader takes it for.
   */
  @SuppressWarnings("unchecked")
  public static <A, V> void eachWithAnchor(KV<?, Iterable<RawUnionValue>> group, int anchorTag, int valueTag,
      AnchoredValue<? super A, ? super V> each) {
    A anchor = null;
    List<V> waiting = new ArrayList<>();
    for (RawUnionValue value : group.getValue()) {
      if (value.getUnionTag() == anchorTag) {
        if (anchor != null) {
          throw new IllegalStateException(group.getKey() + " has more than one value under its anchor tag " + anchorTag);
        }
        anchor = (A) value.getValue();
        for (V before : waiting) {
          each.accept(anchor, before);
        }
        waiting.clear();
      } else if (value.getUnionTag() != valueTag) {
        throw new IllegalStateException("unknown union tag " + value.getUnionTag());
      } else if (anchor == null) {
        waiting.add((V) value.getValue());
      } else {
        each.accept(anchor, (V) value.getValue());
      }
    }
    for (V unanchored : waiting) {
      each.accept(null, unanchored);
    }
  }

  private static <K, V> PCollection<KV<K, RawUnionValue>> tag(PCollection<KV<K, V>> values, int index) {
    return values.apply("Tag" + index, ParDo.of(new TagFn<K, V>(index)));
  }

  static final class TagFn<K, V> extends DoFn<KV<K, V>, KV<K, RawUnionValue>> {
    private final int index;

    TagFn(int index) {
      this.index = index;
    }

    @ProcessElement
    public void process(@Element KV<K, V> value, OutputReceiver<KV<K, RawUnionValue>> out) {
      out.output(KV.of(value.getKey(), new RawUnionValue(index, value.getValue())));
    }
  }
}
