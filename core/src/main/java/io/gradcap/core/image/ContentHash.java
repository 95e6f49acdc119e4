package io.gradcap.core.image;

import io.gradcap.core.ErrorCode;
import io.gradcap.core.GradcapException;
import io.gradcap.core.internal.Sha256Hex;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * The SHA-256 of a file, in lower-case hex: which image an upload or a confirmation means, which
 * evidence file a resolution cites.
 *
 * @param hex 64 lower-case hex digits
 */
public record ContentHash(String hex) {

  public ContentHash {
    if (!Sha256Hex.isSha256Hex(hex)) {
      throw new GradcapException(
          ErrorCode.UNPARSEABLE_VALUE,
          hex,
          "应为 64 位十六进制 SHA-256 / expected 64 hex digits of SHA-256");
    }
  }

  /**
   * Reads hex as {@link #toString()} writes it, in either case, with surrounding spaces ignored.
   */
  public static ContentHash parse(CharSequence text) {
    return new ContentHash(text.toString().strip().toLowerCase(Locale.ROOT));
  }

  /** The hash of a file's bytes. */
  public static ContentHash of(byte[] bytes) {
    return new ContentHash(HexFormat.of().formatHex(sha256().digest(bytes)));
  }

  static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      // Every Java platform must provide SHA-256 (MessageDigest's contract).
      throw new IllegalStateException(e);
    }
  }

  @Override
  public String toString() {
    return hex;
  }
}
