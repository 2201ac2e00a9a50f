package dev.newsfold.join;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.beam.sdk.transforms.join.RawUnionValue;
import org.apache.beam.sdk.values.KV;
import org.junit.jupiter.api.Test;

/** The anchored reader of a group, which may read it only once (Flink's batch groups are not re-iterable). */
class OnePassCoGroupTest {
  private static final int ANCHOR = 1;
  private static final int VALUE = 0;

  @Test
  void anAnchorReadFirstGoesWithEveryValue() {
    assertEquals(List.of("A:a", "A:b", "A:c"), read(anchor("A"), value("a"), value("b"), value("c")));
  }

  @Test
  void valuesReadBeforeTheAnchorWaitForItInTheOrderRead() {
    assertEquals(List.of("A:a", "A:b", "A:c"), read(value("a"), value("b"), value("c"), anchor("A")));
  }

  @Test
  void anAnchorInTheMiddleReleasesTheValuesBeforeItThenPassesTheRest() {
    assertEquals(List.of("A:a", "A:b", "A:c", "A:d"), read(value("a"), value("b"), anchor("A"), value("c"), value("d")));
  }

  @Test
  void withoutAnAnchorEveryValueGoesWithNullInTheOrderRead() {
    assertEquals(List.of("null:a", "null:b"), read(value("a"), value("b")));
  }

  @Test
  void anAnchorAloneHandsNothingOver() {
    assertEquals(List.of(), read(anchor("A")));
  }

  @Test
  void aSecondAnchorThrows() {
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> read(value("a"), anchor("A"), value("b"), anchor("B")));
    assertTrue(e.getMessage().contains("key-1"), e.getMessage());
  }

  @Test
  void anUnknownTagThrows() {
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> read(value("a"), new RawUnionValue(2, "x"), anchor("A")));
    assertEquals("unknown union tag 2", e.getMessage());
  }

  private static RawUnionValue anchor(String anchor) {
    return new RawUnionValue(ANCHOR, anchor);
  }

  private static RawUnionValue value(String value) {
    return new RawUnionValue(VALUE, value);
  }

  /** Each value handed over as "anchor:value", from a group that refuses to be read twice. */
  private static List<String> read(RawUnionValue... group) {
    List<String> handed = new ArrayList<>();
    OnePassCoGroup.<String, String>eachWithAnchor(KV.of("key-1", new ReadOnce(List.of(group))), ANCHOR, VALUE,
        (anchor, value) -> handed.add(anchor + ":" + value));
    return handed;
  }

  private static final class ReadOnce implements Iterable<RawUnionValue> {
    private final List<RawUnionValue> values;
    private boolean read;

    ReadOnce(List<RawUnionValue> values) {
      this.values = values;
    }

    @Override
    public Iterator<RawUnionValue> iterator() {
      if (read) {
        throw new IllegalStateException("GBK result is not re-iterable");
      }
      read = true;
      return values.iterator();
    }
  }
}
