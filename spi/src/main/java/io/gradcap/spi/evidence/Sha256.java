package io.gradcap.spi.evidence;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;

/**
 * A SHA-256 content hash, written as 64 lower-case hex digits; {@link #parse} and {@link #toString}
 * round-trip. The one type for a content hash on both sides of the SPI: the vault stores evidence
 * under it, and the domain names an evidence file, an uploaded image or a dispute's evidence by it.
 *
 * @param hex the 64 lower-case hex digits
 */
public record Sha256(String hex) implements Comparable<Sha256> {

  public Sha256 {
    Objects.requireNonNull(hex, "hex");
    if (!isLowerHex(hex)) {
      throw new IllegalArgumentException(
          "a SHA-256 is 64 lower-case hex digits, not \"" + hex + "\"");
    }
  }

  /** Parses 64 hex digits, in either case, with surrounding spaces ignored. */
  public static Sha256 parse(String text) {
    return new Sha256(text.strip().toLowerCase(Locale.ROOT));
  }

  /** The hash of the given content. */
  public static Sha256 of(byte[] content) {
    try {
      return new Sha256(
          HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  /** Whether the content hashes to this value. */
  public boolean matches(byte[] content) {
    return equals(of(content));
  }

  /**
   * Whether the text is 64 lower-case hex digits; a loop rather than a regex, since reading a
   * campaign's journal builds a hash for every evidence file and image it names.
   */
  private static boolean isLowerHex(String text) {
    if (text.length() != 64) {
      return false;
    }
    for (int i = 0; i < 64; i++) {
      char c = text.charAt(i);
      if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f')) {
        return false;
      }
    }
    return true;
  }

  @Override
  public int compareTo(Sha256 other) {
    return hex.compareTo(other.hex);
  }

  @Override
  public String toString() {
    return hex;
  }
}
