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
 * of these groups makes one pass and keeps what it must itself. Every collection needs its own tag.
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
