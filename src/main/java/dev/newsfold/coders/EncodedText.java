package dev.newsfold.coders;

import java.io.IOException;
import java.io.Serializable;
import java.util.Objects;
import org.apache.avro.util.Utf8;
import org.apache.beam.sdk.coders.CoderException;

/**
 * A text that crosses the job's shuffles in its encoded form and is decoded only where it is read. A copy's
 * raw text is its largest field, and after parsing only the copies table reads it again, but every hop
 * between Flink tasks decoded it to a String and encoded it back (the UTF-8 decoder was up to 19% of a 10k
 * run's CPU samples, issue #15). Read from a coder, it keeps its bytes and writes them back as they were;
 * made from a String, it is written as any string field is. Decoding is deterministic, so decoding at most
 * once per object is safe even if two threads race to do it.
 */
public final class EncodedText implements Serializable {
  private static final long serialVersionUID = 1L;

  private final int chars;
  /** {@link FieldOutput#string}'s code: the byte count shifted left one, the low bit set for char-by-char bytes. */
  private final int code;
  private final byte[] bytes;
  private String text;

  private EncodedText(int chars, int code, byte[] bytes, String text) {
    this.chars = chars;
    this.code = code;
    this.bytes = bytes;
    this.text = text;
  }

  public static EncodedText of(String text) {
    return new EncodedText(text.length(), 0, null, Objects.requireNonNull(text));
  }

  /**
   * A text with the UTF-8 bytes it was decoded from, which must be what it encodes to (as the decoder of input files
   * checks): written as those bytes instead of being encoded again, the same bytes as {@link #of} would write. A
   * text with a surrogate, which {@link FieldOutput#string} writes char by char, is made as {@link #of} makes it.
   */
  public static EncodedText ofUtf8(String text, byte[] utf8) {
    return FieldOutput.hasSurrogate(text) ? of(text) : new EncodedText(text.length(), utf8.length << 1, utf8, text);
  }

  /** The text, decoded on first use. */
  public String text() {
    String decoded = text;
    if (decoded == null) {
      try {
        decoded = FieldInput.decode(chars, code, bytes);
      } catch (CoderException e) { // Bytes a coder read and did not check: corrupt, and the run must fail.
        throw new IllegalStateException("a text's encoded bytes do not decode", e);
      }
      text = decoded;
    }
    return decoded;
  }

  /**
   * The text as Avro's UTF-8 string without decoding it, when its bytes are standard UTF-8 (a text with no
   * surrogate); else the text as {@link #forAvro(String)} gives it.
   */
  public CharSequence forAvro() {
    if (bytes != null && (code & 1) == 0) {
      return new Utf8(bytes);
    }
    return forAvro(text());
  }

  /**
   * A string for an Avro record that Parquet writes: as Avro's UTF-8, made by the JDK's encoder, when it holds no
   * surrogate; Parquet encodes any other CharSequence through a CharsetEncoder, char by char, at several times the
   * cost. A string with a surrogate is given as it is, for Parquet to encode (or refuse) as it always has.
   */
  public static CharSequence forAvro(String text) {
    return text == null || FieldOutput.hasSurrogate(text) ? text : new Utf8(text);
  }

  /** Its bytes as they were read, or, made from a String, the String as {@link FieldOutput#string} writes it. */
  void write(FieldOutput out) throws IOException {
    if (bytes == null) {
      out.string(text);
    } else {
      out.encodedString(chars, code, bytes);
    }
  }

  static EncodedText read(FieldInput in) throws IOException {
    int chars = in.stringChars();
    if (chars <= 0) {
      return chars == 0 ? of("") : null;
    }
    int code = in.varint();
    return new EncodedText(chars, code, in.stringBytes(code), null);
  }
}
