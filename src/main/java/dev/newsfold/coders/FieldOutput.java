package dev.newsfold.coders;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.apache.beam.sdk.util.VarInt;

/**
 * Writes the fields of one element, in the order its {@link RecordCoder} reads them back with {@link FieldInput}.
 * Every reference field may be null: a string, array, list or map is written as its size plus one (varint), 0
 * standing for null, so that nullability costs nothing; a date, boxed integer or nested record takes a presence
 * byte. Maps are written in key order, so that equal maps encode to equal bytes (deterministic keys).
 */
public final class FieldOutput {
  private final OutputStream out;

  FieldOutput(OutputStream out) {
    this.out = out;
  }

  public void varint(int value) throws IOException {
    VarInt.encode(value, out);
  }

  public void varlong(long value) throws IOException {
    VarInt.encode(value, out);
  }

  public void bool(boolean value) throws IOException {
    out.write(value ? 1 : 0);
  }

  /** A double by its exact bits: the similarity read back is the one computed. */
  public void doubleBits(double value) throws IOException {
    out.write(ByteBuffer.allocate(Long.BYTES).putLong(Double.doubleToRawLongBits(value)).array());
  }

  /**
   * A string as its length in chars, then its bytes: UTF-8 (the JDK's fast encoder) when it holds no surrogate,
   * else each char by itself in one, two or three bytes, so that any string, even one with an unpaired
   * surrogate, which UTF-8 would replace, comes back exactly. The byte count (shifted left one) says which.
   */
  public void string(String value) throws IOException {
    if (value == null) {
      varint(0);
      return;
    }
    int chars = value.length();
    varint(chars + 1);
    if (chars == 0) {
      return;
    }
    boolean surrogates = hasSurrogate(value);
    byte[] bytes = surrogates ? charByChar(value) : value.getBytes(StandardCharsets.UTF_8);
    varint(bytes.length << 1 | (surrogates ? 1 : 0));
    out.write(bytes);
  }

  /** A string already encoded as {@link #string} would encode it: its char count, byte code and bytes. */
  void encodedString(int chars, int code, byte[] bytes) throws IOException {
    varint(chars + 1);
    if (chars == 0) {
      return;
    }
    varint(code);
    out.write(bytes);
  }

  static boolean hasSurrogate(String value) {
    for (int i = 0; i < value.length(); i++) {
      if (Character.isSurrogate(value.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private static byte[] charByChar(String value) {
    int size = 0;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      size += c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
    }
    byte[] bytes = new byte[size];
    int at = 0;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c < 0x80) {
        bytes[at++] = (byte) c;
      } else if (c < 0x800) {
        bytes[at++] = (byte) (0xC0 | (c >> 6));
        bytes[at++] = (byte) (0x80 | (c & 0x3F));
      } else {
        bytes[at++] = (byte) (0xE0 | (c >> 12));
        bytes[at++] = (byte) (0x80 | ((c >> 6) & 0x3F));
        bytes[at++] = (byte) (0x80 | (c & 0x3F));
      }
    }
    return bytes;
  }

  /** Eight bytes per value: hashes are uniformly spread, so a varint would not be shorter. */
  public void longs(long[] values) throws IOException {
    if (values == null) {
      varint(0);
      return;
    }
    varint(values.length + 1);
    out.write(bigEndian(values));
  }

  /** Eight big-endian bytes per value, made at once: one write instead of one per value. */
  static byte[] bigEndian(long[] values) {
    ByteBuffer buffer = ByteBuffer.allocate(values.length * Long.BYTES);
    buffer.asLongBuffer().put(values);
    return buffer.array();
  }

  /** Small non-negative ints (positions, counts) as varints. */
  public void ints(int[] values) throws IOException {
    if (values == null) {
      varint(0);
      return;
    }
    varint(values.length + 1);
    for (int v : values) {
      varint(v);
    }
  }

  public void bytes(byte[] values) throws IOException {
    if (values == null) {
      varint(0);
      return;
    }
    varint(values.length + 1);
    out.write(values);
  }

  public void strings(List<String> values) throws IOException {
    if (values == null) {
      varint(0);
      return;
    }
    varint(values.size() + 1);
    for (String v : values) {
      string(v);
    }
  }

  public void nullableInt(Integer value) throws IOException {
    bool(value != null);
    if (value != null) {
      varint(value);
    }
  }

  /** A date as its epoch day. */
  public void date(LocalDate value) throws IOException {
    bool(value != null);
    if (value != null) {
      varlong(value.toEpochDay());
    }
  }

  /** An enum constant as its ordinal plus one (0 for null): elements live within one run of one build. */
  public void enumValue(Enum<?> value) throws IOException {
    varint(value == null ? 0 : value.ordinal() + 1);
  }

  public void stringMap(Map<String, String> map) throws IOException {
    if (map == null) {
      varint(0);
      return;
    }
    varint(map.size() + 1);
    for (Map.Entry<String, String> e : sorted(map).entrySet()) {
      string(e.getKey());
      string(e.getValue());
    }
  }

  /** Values must not be null. */
  public void intMap(Map<String, Integer> map) throws IOException {
    if (map == null) {
      varint(0);
      return;
    }
    varint(map.size() + 1);
    for (Map.Entry<String, Integer> e : sorted(map).entrySet()) {
      string(e.getKey());
      varint(e.getValue());
    }
  }

  /** A nested element, or null. */
  public <T> void nullable(T value, RecordCoder<T> coder) throws IOException {
    bool(value != null);
    if (value != null) {
      coder.write(value, this);
    }
  }

  public <T> void list(List<T> values, RecordCoder<T> coder) throws IOException {
    if (values == null) {
      varint(0);
      return;
    }
    varint(values.size() + 1);
    for (T v : values) {
      nullable(v, coder);
    }
  }

  private static <V> SortedMap<String, V> sorted(Map<String, V> map) {
    return map instanceof TreeMap<String, V> tree && tree.comparator() == null ? tree : new TreeMap<>(map);
  }
}
