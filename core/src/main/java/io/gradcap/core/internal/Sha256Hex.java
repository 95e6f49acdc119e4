package io.gradcap.core.internal;

/** The one check of a SHA-256 digest's text form, shared by evidence files and image hashes. */
public final class Sha256Hex {

  private Sha256Hex() {}

  /**
   * Whether the text is 64 lower-case hex digits; a loop rather than a regex, since every event
   * decodes hashes.
   */
  public static boolean isSha256Hex(String text) {
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
}
