package io.gradcap.spi.event;

import java.util.Objects;

/** The shape checks the records of this package share. */
final class Texts {

  private Texts() {}

  /** Non-blank, at most {@code max} characters, no control characters, no outer spaces. */
  static String check(String what, String value, int max) {
    Objects.requireNonNull(value, what);
    if (value.isEmpty() || value.length() > max) {
      throw new IllegalArgumentException(
          what + " must have 1 to " + max + " characters, not " + value.length());
    }
    if (!value.strip().equals(value)) {
      throw new IllegalArgumentException(what + " must not start or end with spaces");
    }
    for (int i = 0; i < value.length(); i++) {
      if (Character.isISOControl(value.charAt(i))) {
        throw new IllegalArgumentException(what + " must not contain control characters");
      }
    }
    return value;
  }
}
