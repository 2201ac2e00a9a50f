package dev.newsfold.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class HashingTest {
  private static final String SHA256_ABC = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";

  @Test
  void sha256HexMatchesKnownVector() {
    assertEquals(SHA256_ABC, Hashing.sha256Hex("abc"));
    assertEquals(SHA256_ABC, Hashing.sha256Hex("abc".getBytes(StandardCharsets.US_ASCII)));
    assertEquals("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", Hashing.sha256Hex(""));
  }

  @Test
  void stringHashUsesUtf8() {
    assertEquals(Hashing.sha256Hex("caf\u00E9".getBytes(StandardCharsets.UTF_8)), Hashing.sha256Hex("caf\u00E9"));
  }

  @Test
  void sha256LongIsFirstEightBytes() {
    assertEquals(0xba7816bf8f01cfeaL, Hashing.sha256Long("abc"));
  }

  @Test
  void shortIdIsSixteenHexCharsAndNamespaced() {
    String copy = Hashing.shortId("copy", "x");
    assertEquals(16, copy.length());
    assertTrue(copy.matches("[0-9a-f]{16}"));
    assertEquals(copy, Hashing.shortId("copy", "x"));
    assertNotEquals(copy, Hashing.shortId("article", "x"));
    assertNotEquals(copy, Hashing.shortId("copy", "y"));
    assertEquals(Hashing.sha256Hex("copy\u0000x").substring(0, 16), copy);
    // The separator keeps namespace and content apart.
    assertNotEquals(Hashing.shortId("ab", "c"), Hashing.shortId("a", "bc"));
  }
}
