package dev.newsfold.ingest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class TextDecoderTest {

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] p : parts) {
      out.writeBytes(p);
    }
    return out.toByteArray();
  }

  private static byte[] bytes(int... values) {
    byte[] b = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      b[i] = (byte) values[i];
    }
    return b;
  }

  private static DecodedText decodeText(byte[] input) {
    Optional<DecodedText> decoded = TextDecoder.decode(input);
    assertTrue(decoded.isPresent(), "text was taken for binary");
    assertLossless(input, decoded.get());
    return decoded.get();
  }

  private static void assertLossless(byte[] input, DecodedText decoded) {
    assertArrayEquals(input, decoded.text().getBytes(Charset.forName(decoded.charset())),
        "re-encoding in " + decoded.charset() + " must give the input bytes back");
  }

  @Test
  void utf8WithoutBom() {
    String text = "Caf\u00E9 \u201Cquoted\u201D \u2014 \u20AC5, \u65E5\u672C, \uD83D\uDE00";
    DecodedText d = decodeText(text.getBytes(StandardCharsets.UTF_8));
    assertEquals("UTF-8", d.charset());
    assertEquals(text, d.text());
  }

  @Test
  void utf8WithBomKeepsBomAsCharacter() {
    byte[] input = concat(bytes(0xEF, 0xBB, 0xBF), "Hello \u00E9t\u00E9".getBytes(StandardCharsets.UTF_8));
    DecodedText d = decodeText(input);
    assertEquals("UTF-8", d.charset());
    assertEquals("\uFEFFHello \u00E9t\u00E9", d.text());
  }

  @Test
  void utf16LittleEndianWithBom() {
    String text = "\uFEFFDockers\u2019 strike in Lisbon \u2013 day 2";
    byte[] input = text.getBytes(StandardCharsets.UTF_16LE);
    assertEquals((byte) 0xFF, input[0]);
    assertEquals((byte) 0xFE, input[1]);
    DecodedText d = decodeText(input);
    assertEquals("UTF-16LE", d.charset());
    assertEquals(text, d.text());
  }

  @Test
  void utf16BigEndianWithBom() {
    String text = "\uFEFFDockers\u2019 strike in Lisbon \u2013 day 2";
    byte[] input = text.getBytes(StandardCharsets.UTF_16BE);
    assertEquals((byte) 0xFE, input[0]);
    DecodedText d = decodeText(input);
    assertEquals("UTF-16BE", d.charset());
    assertEquals(text, d.text());
  }

  @Test
  void invalidUtf8FallsBackToWindows1252() {
    // 0x93/0x94 are curly quotes and 0x80 the euro sign in windows-1252; 0xE9 alone is not UTF-8.
    byte[] input = concat("caf".getBytes(StandardCharsets.US_ASCII), bytes(0xE9, ' ', 0x93),
        "hi".getBytes(StandardCharsets.US_ASCII), bytes(0x94, ' ', 0x80, '5'));
    DecodedText d = decodeText(input);
    assertEquals("windows-1252", d.charset());
    assertEquals("caf\u00E9 \u201Chi\u201D \u20AC5", d.text());
  }

  @Test
  void undefinedWindows1252BytesFallBackToLatin1() {
    for (int undefined : new int[] {0x81, 0x8D, 0x8F, 0x90, 0x9D}) {
      byte[] input = concat("caf".getBytes(StandardCharsets.US_ASCII), bytes(0xE9, ' ', undefined, ' '),
          "ok".getBytes(StandardCharsets.US_ASCII));
      DecodedText d = decodeText(input);
      assertEquals("ISO-8859-1", d.charset(), "byte " + Integer.toHexString(undefined));
      assertEquals("caf\u00E9 " + (char) undefined + " ok", d.text());
    }
  }

  @Test
  void binaryContentIsRejected() {
    byte[] png = new byte[2048];
    byte[] header = bytes(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R');
    System.arraycopy(header, 0, png, 0, header.length);
    new Random(7).nextBytes(png); // mostly random, like compressed image data
    System.arraycopy(header, 0, png, 0, header.length);
    assertTrue(TextDecoder.decode(png).isEmpty());

    byte[] nuls = concat("Some text".getBytes(StandardCharsets.US_ASCII), new byte[200]);
    assertTrue(TextDecoder.decode(nuls).isEmpty(), "NUL-padded content is binary, though valid UTF-8");
  }

  @Test
  void ordinaryTextWithTabsAndFormFeedsIsNotBinary() {
    String text = "Col1\tCol2\r\nA\tB\f\nThe end.\n";
    DecodedText d = decodeText(text.getBytes(StandardCharsets.US_ASCII));
    assertEquals(text, d.text());
  }

  @Test
  void emptyInputIsEmptyText() {
    DecodedText d = decodeText(new byte[0]);
    assertEquals("", d.text());
  }

  static Stream<byte[]> allKindsOfInput() {
    List<byte[]> inputs = new ArrayList<>();
    inputs.add("plain ascii".getBytes(StandardCharsets.US_ASCII));
    inputs.add("\u00E9\u20AC\uD83D\uDE00".getBytes(StandardCharsets.UTF_8));
    inputs.add(concat(bytes(0xEF, 0xBB, 0xBF), "bom".getBytes(StandardCharsets.UTF_8)));
    inputs.add("\uFEFFle".getBytes(StandardCharsets.UTF_16LE));
    inputs.add("\uFEFFbe".getBytes(StandardCharsets.UTF_16BE));
    inputs.add(bytes(0xFF, 0xFE, 'a')); // odd-length "UTF-16LE"
    inputs.add(bytes(0xFE, 0xFF, 0xD8, 0x00)); // BOM then a lone high surrogate
    inputs.add(bytes(0xFF, 0xFE, 0x00, 0xDC, 'a', 0)); // BOM then a lone low surrogate
    inputs.add(bytes(0xC0, 0x80)); // overlong NUL, not UTF-8
    inputs.add(bytes(0xED, 0xA0, 0x80)); // CESU surrogate, not UTF-8
    inputs.add(bytes(0xE9, 0x81)); // invalid UTF-8, undefined in windows-1252
    byte[] every = new byte[256];
    for (int i = 0; i < 256; i++) {
      every[i] = (byte) i;
    }
    inputs.add(every);
    Random random = new Random(42);
    for (int i = 0; i < 200; i++) {
      byte[] r = new byte[random.nextInt(64)];
      random.nextBytes(r);
      if (i % 4 == 0 && r.length >= 2) {
        r[0] = (byte) 0xFF; // pretend UTF-16LE BOM
        r[1] = (byte) 0xFE;
      } else if (i % 4 == 1 && r.length >= 2) {
        r[0] = (byte) 0xFE; // pretend UTF-16BE BOM
        r[1] = (byte) 0xFF;
      }
      inputs.add(r);
    }
    return inputs.stream();
  }

  @ParameterizedTest
  @MethodSource("allKindsOfInput")
  void decodingIsLosslessForEveryInput(byte[] input) {
    assertLossless(input, TextDecoder.decodeLosslessly(input));
    TextDecoder.decode(input).ifPresent(d -> assertLossless(input, d));
  }

  @Test
  void looksBinaryCountsControlCharacters() {
    assertFalse(TextDecoder.looksBinary("plain text\n\twith tabs\r\n"));
    assertTrue(TextDecoder.looksBinary("\u0000\u0001\u0002abc"));
    assertTrue(TextDecoder.looksBinary("\uFFFD\uFFFDab"));
  }
}
