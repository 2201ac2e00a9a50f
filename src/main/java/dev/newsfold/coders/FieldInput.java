package dev.newsfold.coders;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.beam.sdk.coders.CoderException;
import org.apache.beam.sdk.util.VarInt;

/** Reads back what {@link FieldOutput} wrote, field by field in the same order. */
public final class FieldInput {
  private final InputStream in;

  FieldInput(InputStream in) {
    this.in = in;
  }

  public int varint() throws IOException {
    return VarInt.decodeInt(in);
  }

  public long varlong() throws IOException {
    return VarInt.decodeLong(in);
  }

  public boolean bool() throws IOException {
    int b = in.read();
    if (b < 0) {
      throw new EOFException("end of stream in a boolean");
    }
    return b != 0;
  }

  public double doubleBits() throws IOException {
    return Double.longBitsToDouble(ByteBuffer.wrap(fully(Long.BYTES)).getLong());
  }

  public String string() throws IOException {
    int chars = stringChars();
    if (chars <= 0) {
      return chars == 0 ? "" : null;
    }
    int code = varint();
    return decode(chars, code, stringBytes(code));
  }

  /** A string's length in chars, or -1 for a null string; then come its code and bytes (see {@link FieldOutput#string}). */
  int stringChars() throws IOException {
    return size();
  }

  byte[] stringBytes(int code) throws IOException {
    return fully(code >>> 1);
  }

  /** The string of {@code chars} chars that {@link FieldOutput#string} wrote as these bytes with this code. */
  static String decode(int chars, int code, byte[] bytes) throws CoderException {
    if ((code & 1) == 0) {
      return new String(bytes, StandardCharsets.UTF_8);
    }
    char[] out = new char[chars];
    int at = 0;
    for (int i = 0; i < chars; i++) {
      int b = bytes[at++] & 0xFF;
      if (b < 0x80) {
        out[i] = (char) b;
      } else if (b < 0xE0) {
        out[i] = (char) (((b & 0x1F) << 6) | (bytes[at++] & 0x3F));
      } else {
        out[i] = (char) (((b & 0x0F) << 12) | ((bytes[at++] & 0x3F) << 6) | (bytes[at++] & 0x3F));
      }
    }
    if (at != bytes.length) {
      throw new CoderException("string of " + chars + " chars used " + at + " of " + bytes.length + " bytes");
    }
    return new String(out);
  }

  public long[] longs() throws IOException {
    int length = size();
    if (length < 0) {
      return null;
    }
    return longs(in, length);
  }

  /** {@code length} longs of eight big-endian bytes each, read at once: a call per value costs more than the copy. */
  static long[] longs(InputStream in, int length) throws IOException {
    if (length > Integer.MAX_VALUE / Long.BYTES) {
      throw new CoderException("a long[] of " + length + " values is longer than an array of bytes can hold");
    }
    long[] values = new long[length];
    ByteBuffer.wrap(fully(in, length * Long.BYTES)).asLongBuffer().get(values);
    return values;
  }

  public int[] ints() throws IOException {
    int length = size();
    if (length < 0) {
      return null;
    }
    int[] values = new int[length];
    for (int i = 0; i < length; i++) {
      values[i] = varint();
    }
    return values;
  }

  public byte[] bytes() throws IOException {
    int length = size();
    return length < 0 ? null : fully(length);
  }

  /** A list of strings, mutable as the lists the stages build are. */
  public List<String> strings() throws IOException {
    int size = size();
    if (size < 0) {
      return null;
    }
    List<String> values = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      values.add(string());
    }
    return values;
  }

  public Integer nullableInt() throws IOException {
    return bool() ? varint() : null;
  }

  public LocalDate date() throws IOException {
    return bool() ? LocalDate.ofEpochDay(varlong()) : null;
  }

  /** {@code constants} is the enum's values(), read once by the caller. */
  public <E extends Enum<E>> E enumValue(E[] constants) throws IOException {
    int code = varint();
    if (code < 0 || code > constants.length) {
      throw new CoderException("no constant " + (code - 1) + " among " + constants.length);
    }
    return code == 0 ? null : constants[code - 1];
  }

  /** A map in key order (every map of the element model is a TreeMap). */
  public Map<String, String> stringMap() throws IOException {
    int size = size();
    if (size < 0) {
      return null;
    }
    Map<String, String> map = new TreeMap<>();
    for (int i = 0; i < size; i++) {
      map.put(string(), string());
    }
    return map;
  }

  public Map<String, Integer> intMap() throws IOException {
    int size = size();
    if (size < 0) {
      return null;
    }
    Map<String, Integer> map = new TreeMap<>();
    for (int i = 0; i < size; i++) {
      map.put(string(), varint());
    }
    return map;
  }

  public <T> T nullable(RecordCoder<T> coder) throws IOException {
    return bool() ? coder.read(this) : null;
  }

  public <T> List<T> list(RecordCoder<T> coder) throws IOException {
    int size = size();
    if (size < 0) {
      return null;
    }
    List<T> values = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      values.add(nullable(coder));
    }
    return values;
  }

  /** A size written plus one; -1 for null. */
  private int size() throws IOException {
    int code = varint();
    if (code < 0) {
      throw new CoderException("negative size " + code);
    }
    return code - 1;
  }

  private byte[] fully(int length) throws IOException {
    return fully(in, length);
  }

  private static byte[] fully(InputStream in, int length) throws IOException {
    if (length < 0) {
      throw new CoderException("negative length " + length);
    }
    byte[] bytes = new byte[length];
    int read = 0;
    while (read < length) {
      int n = in.read(bytes, read, length - read);
      if (n < 0) {
        throw new EOFException("end of stream after " + read + " of " + length + " bytes");
      }
      read += n;
    }
    return bytes;
  }
}
