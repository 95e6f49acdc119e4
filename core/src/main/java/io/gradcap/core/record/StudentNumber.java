package io.gradcap.core.record;

import io.gradcap.core.ErrorCode;
import io.gradcap.core.GradcapException;

/**
 * A student number (学号): unique within the institution; sheets and queues are sorted by it.
 *
 * <p>The invariant here is only what every institution shares: 1 to 32 ASCII letters, digits or
 * hyphens. An institution's own format is a verification rule. {@link #parse} accepts what people
 * type (surrounding spaces, full-width digits); {@link #of} accepts only the canonical form.
 * Ordering puts all-digit numbers in numeric order and everything else in text order.
 *
 * @param value the canonical text
 */
public record StudentNumber(String value) implements Comparable<StudentNumber> {

  public StudentNumber {
    if (!isCanonical(value)) {
      throw new GradcapException(
          ErrorCode.UNPARSEABLE_VALUE,
          value,
          "学号只能由 1–32 位字母、数字或连字符组成 / 1-32 letters, digits or hyphens");
    }
  }

  /**
   * Whether the text is 1 to 32 ASCII letters, digits or hyphens; a loop, since every event decodes
   * numbers.
   */
  private static boolean isCanonical(String text) {
    if (text.isEmpty() || text.length() > 32) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!(c >= '0' && c <= '9' || c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c == '-')) {
        return false;
      }
    }
    return true;
  }

  /** The canonical form; use {@link #parse} for typed input. */
  public static StudentNumber of(String value) {
    return new StudentNumber(value);
  }

  /**
   * Reads typed input: trims spaces (also the ideographic space) and folds full-width characters.
   */
  public static StudentNumber parse(CharSequence text) {
    return new StudentNumber(Text.foldFullWidth(text).strip());
  }

  private boolean isNumeric() {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  private int leadingZeros() {
    int zeros = 0;
    while (zeros < value.length() - 1 && value.charAt(zeros) == '0') {
      zeros++;
    }
    return zeros;
  }

  @Override
  public int compareTo(StudentNumber other) {
    if (value.length() == other.value.length()
        && value.charAt(0) != '0'
        && other.value.charAt(0) != '0') {
      // Equal lengths without leading zeros: numeric order, where both are numbers, is text order.
      return value.compareTo(other.value);
    }
    if (!isNumeric() || !other.isNumeric()) {
      return value.compareTo(other.value);
    }
    int from = leadingZeros();
    int otherFrom = other.leadingZeros();
    int byLength = Integer.compare(value.length() - from, other.value.length() - otherFrom);
    if (byLength != 0) {
      return byLength;
    }
    for (int i = from, j = otherFrom; i < value.length(); i++, j++) {
      int byDigit = Character.compare(value.charAt(i), other.value.charAt(j));
      if (byDigit != 0) {
        return byDigit;
      }
    }
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
