package io.gradcap.spi.evidence;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A SHA-256 content hash, written as 64 lower-case hex digits; {@link #parse} and {@link #toString}
 * round-trip.
 *
 * @param hex the 64 lower-case hex digits
 */
public record Sha256(String hex) implements Comparable<Sha256> {

  private static final Pattern HEX = Pattern.compile("[0-9a-f]{64}");

  public Sha256 {
    Objects.requireNonNull(hex, "hex");
    if (!HEX.matcher(hex).matches()) {
      throw new IllegalArgumentException(
          "a SHA-256 is 64 lower-case hex digits, not \"" + hex + "\"");
    }
  }

  /** Parses 64 hex digits, in either case. */
  public static Sha256 parse(String text) {
    return new Sha256(text.strip().toLowerCase(java.util.Locale.ROOT));
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

  @Override
  public int compareTo(Sha256 other) {
    return hex.compareTo(other.hex);
  }

  @Override
  public String toString() {
    return hex;
  }
}
