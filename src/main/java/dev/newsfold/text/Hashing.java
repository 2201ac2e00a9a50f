package dev.newsfold.text;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 helpers; every id and fingerprint in the archive is derived through here. */
public final class Hashing {
  private static final HexFormat HEX = HexFormat.of();

  private Hashing() {}

  public static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM ships SHA-256", e);
    }
  }

  public static String sha256Hex(byte[] bytes) {
    return HEX.formatHex(sha256().digest(bytes));
  }

  public static String sha256Hex(String text) {
    return sha256Hex(text.getBytes(StandardCharsets.UTF_8));
  }

  /** A short id: a namespace keeps ids of different kinds apart even for the same content. */
  public static String shortId(String namespace, String content) {
    return sha256Hex(namespace + '\u0000' + content).substring(0, 16);
  }

  /** A 64-bit hash of a string, from the first 8 bytes of its SHA-256. */
  public static long sha256Long(String text) {
    byte[] d = sha256().digest(text.getBytes(StandardCharsets.UTF_8));
    long h = 0;
    for (int i = 0; i < 8; i++) {
      h = (h << 8) | (d[i] & 0xff);
    }
    return h;
  }
}
