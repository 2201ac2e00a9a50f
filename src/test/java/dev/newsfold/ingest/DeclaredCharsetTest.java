package dev.newsfold.ingest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.Charset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DeclaredCharsetTest {
  @Test
  void aLatin1LabelIsReadAsWindows1252AsBrowsersDoAndStaysLossless() {
    byte[] bytes = "\u201cQuoted\u201d caf\u00e9".getBytes(Charset.forName("windows-1252"));
    DecodedText text = DeclaredCharset.decode(bytes, "ISO-8859-1").orElseThrow();
    assertEquals("windows-1252", text.charset());
    assertEquals("\u201cQuoted\u201d caf\u00e9", text.text());
    assertArrayEquals(bytes, text.text().getBytes(Charset.forName(text.charset())));
  }

  @Test
  void theMetaCharsetIsFoundInEitherForm() {
    assertEquals(Optional.of("shift_jis"), DeclaredCharset.metaCharset("<meta charset='shift_jis'>".getBytes()));
    assertEquals(Optional.of("koi8-r"), DeclaredCharset.metaCharset(
        "<META http-equiv=\"Content-Type\" content=\"text/html; charset=KOI8-R\">".getBytes()).map(String::toLowerCase));
    assertEquals(Optional.empty(), DeclaredCharset.metaCharset("<p>no declaration</p>".getBytes()));
  }

  @Test
  void anUnknownLabelFallsThroughToTheDecodingRules() {
    assertEquals("UTF-8", DeclaredCharset.decode("plain words".getBytes(), "x-no-such-charset").orElseThrow().charset());
  }
}
