package io.gradcap.core.image;

import io.gradcap.core.ErrorCode;
import io.gradcap.core.GradcapException;
import io.gradcap.spi.evidence.Sha256;

/**
 * A reference to one piece of evidence held in the evidence vault: its kind and the SHA-256 of its
 * file. Written and read as {@code ID_COPY:9f86d0…}.
 *
 * @param kind what it is
 * @param sha256 the content hash the vault stores it under
 */
public record EvidenceRef(DisputeEvidenceKind kind, Sha256 sha256) {

  public static EvidenceRef of(DisputeEvidenceKind kind, Sha256 sha256) {
    return new EvidenceRef(kind, sha256);
  }

  /** Reads {@code KIND:hex} as {@link #toString()} writes it. */
  public static EvidenceRef parse(CharSequence text) {
    String s = text.toString().strip();
    int colon = s.indexOf(':');
    if (colon < 0) {
      throw new GradcapException(
          ErrorCode.UNPARSEABLE_VALUE, s, "应形如 ID_COPY:<sha256> / expected KIND:<sha256>");
    }
    DisputeEvidenceKind kind;
    try {
      kind = DisputeEvidenceKind.valueOf(s.substring(0, colon).strip());
    } catch (IllegalArgumentException e) {
      throw new GradcapException(
          ErrorCode.UNPARSEABLE_VALUE, e, s, "未知的证明类型 / unknown evidence kind");
    }
    Sha256 sha256;
    try {
      sha256 = Sha256.parse(s.substring(colon + 1));
    } catch (IllegalArgumentException e) {
      throw new GradcapException(
          ErrorCode.UNPARSEABLE_VALUE,
          e,
          s,
          "应为 64 位十六进制 SHA-256 / expected 64 hex digits of SHA-256");
    }
    return new EvidenceRef(kind, sha256);
  }

  @Override
  public String toString() {
    return kind + ":" + sha256;
  }
}
