package dev.newsfold.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * Decodes article bytes to text so that encoding the text in the reported charset gives the same
 * bytes back: UTF-8 (a BOM is kept as U+FEFF), UTF-16 with a BOM, else Windows-1252, else
 * ISO-8859-1 for the five bytes Windows-1252 leaves undefined.
 */
public final class TextDecoder {
  static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
  /** Share of control characters above which content is taken for binary. */
  private static final double MAX_CONTROL_SHARE = 0.05;

  private TextDecoder() {}

  /** The decoded text, or empty when the bytes look binary rather than text. */
  public static Optional<DecodedText> decode(byte[] bytes) {
    DecodedText decoded = decodeLosslessly(bytes);
    return looksBinary(decoded.text()) ? Optional.empty() : Optional.of(decoded);
  }

  static DecodedText decodeLosslessly(byte[] bytes) {
    if (startsWith(bytes, 0xFF, 0xFE)) {
      return strictly(bytes, StandardCharsets.UTF_16LE)
          .orElseGet(() -> new DecodedText("ISO-8859-1", new String(bytes, StandardCharsets.ISO_8859_1)));
    }
    if (startsWith(bytes, 0xFE, 0xFF)) {
      return strictly(bytes, StandardCharsets.UTF_16BE)
          .orElseGet(() -> new DecodedText("ISO-8859-1", new String(bytes, StandardCharsets.ISO_8859_1)));
    }
    return strictly(bytes, StandardCharsets.UTF_8)
        .or(() -> strictly(bytes, WINDOWS_1252))
        .orElseGet(() -> new DecodedText("ISO-8859-1", new String(bytes, StandardCharsets.ISO_8859_1)));
  }

  static Optional<DecodedText> strictly(byte[] bytes, Charset charset) {
    CharsetDecoder decoder = charset.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    try {
      CharBuffer chars = decoder.decode(ByteBuffer.wrap(bytes));
      String text = chars.toString();
      // Round-trip check: a decoder may accept bytes its encoder writes differently.
      if (!Arrays.equals(text.getBytes(charset), bytes)) {
        return Optional.empty();
      }
      return Optional.of(new DecodedText(charset.name(), text));
    } catch (CharacterCodingException e) {
      return Optional.empty();
    }
  }

  /** Binary content shows as NULs and other control characters that text does not contain. */
  static boolean looksBinary(String text) {
    if (text.isEmpty()) {
      return false;
    }
    int sample = Math.min(text.length(), 64 * 1024);
    int control = 0;
    for (int i = 0; i < sample; i++) {
      char c = text.charAt(i);
      if ((c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') || c == 0x7F || c == '\uFFFD') {
        control++;
      }
    }
    return control > sample * MAX_CONTROL_SHARE;
  }

  private static boolean startsWith(byte[] bytes, int b0, int b1) {
    return bytes.length >= 2 && (bytes[0] & 0xFF) == b0 && (bytes[1] & 0xFF) == b1;
  }
}
