package dev.newsfold.ingest;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Decodes a web page's bytes by the charset it declares: the HTTP header's first, then the page's
 * own meta tag, then {@link TextDecoder}'s rules. A declaration is followed only when the bytes
 * decode in it without error and re-encode to the same bytes (so the archive stays lossless); a wrong
 * one falls through to the next.
 */
public final class DeclaredCharset {
  /** How far into a page its meta charset is looked for (browsers look at the first 1024 bytes; pages overrun it). */
  private static final int META_SCAN_BYTES = 4096;
  private static final Pattern META_CHARSET =
      Pattern.compile("(?i)<meta[^>]{0,200}?charset\\s*=\\s*[\"']?\\s*([a-z0-9_.:-]{1,40})");

  private DeclaredCharset() {}

  /** The text, or empty when the bytes look binary whatever the charset. */
  public static Optional<DecodedText> decode(byte[] bytes, String headerCharset) {
    List<String> declared = new ArrayList<>();
    if (headerCharset != null) {
      declared.add(headerCharset);
    }
    metaCharset(bytes).ifPresent(declared::add);
    for (String label : declared) {
      for (Charset charset : charsets(label)) {
        Optional<DecodedText> text = TextDecoder.strictly(bytes, charset);
        if (text.isPresent() && !TextDecoder.looksBinary(text.get().text())) {
          return text;
        }
      }
    }
    return TextDecoder.decode(bytes);
  }

  /** The charset a page's meta tag names ({@code <meta charset=...>} or http-equiv's content), if any. */
  static Optional<String> metaCharset(byte[] bytes) {
    String head = new String(bytes, 0, Math.min(bytes.length, META_SCAN_BYTES), StandardCharsets.ISO_8859_1);
    Matcher m = META_CHARSET.matcher(head);
    return m.find() ? Optional.of(m.group(1)) : Optional.empty();
  }

  /**
   * The charsets to try for a label. Pages labelled Latin-1 or ASCII are in practice Windows-1252
   * (what browsers decode them as, after the WHATWG encoding standard); ISO-8859-1 stays for the five
   * bytes Windows-1252 leaves undefined.
   */
  static List<Charset> charsets(String label) {
    String name = label.strip().toLowerCase(Locale.ROOT);
    if (name.equals("iso-8859-1") || name.equals("latin1") || name.equals("iso8859-1") || name.equals("us-ascii")
        || name.equals("ascii")) {
      return List.of(TextDecoder.WINDOWS_1252, StandardCharsets.ISO_8859_1);
    }
    try {
      return List.of(Charset.forName(name));
    } catch (IllegalArgumentException unknown) { // An unknown or unsupported label declares nothing we can use.
      return List.of();
    }
  }
}
