package io.gradcap.core.capture.plan;

import com.google.common.base.Preconditions;
import io.gradcap.core.record.StudentNumber;
import java.util.AbstractList;
import java.util.RandomAccess;

/**
 * Student numbers counted up from a first one, each made when it is read: a class known only by its
 * headcount (a schedule planned before the roster is in) costs a few fields, not a number per
 * student. Immutable; in queue order, since the numbers keep one width.
 */
final class ConsecutiveNumbers extends AbstractList<StudentNumber> implements RandomAccess {

  /** The counted part is at most 18 digits, so that it fits a {@code long}. */
  private static final int MAX_COUNTED = 18;

  private final String head;
  private final long first;
  private final int width;
  private final int size;

  ConsecutiveNumbers(StudentNumber start, int size) {
    String digits = start.value();
    Preconditions.checkArgument(
        digits.chars().allMatch(c -> c >= '0' && c <= '9'),
        "consecutive student numbers start from digits only, not %s",
        digits);
    Preconditions.checkArgument(size >= 1, "a class has at least one student");
    this.width = Math.min(MAX_COUNTED, digits.length());
    this.head = digits.substring(0, digits.length() - width);
    this.first = Long.parseLong(digits.substring(digits.length() - width));
    this.size = size;
    Preconditions.checkArgument(
        Long.toString(first + size - 1).length() <= width,
        "%s students from %s would not keep the numbers' width",
        size,
        digits);
  }

  @Override
  public StudentNumber get(int index) {
    Preconditions.checkElementIndex(index, size);
    String counted = Long.toString(first + index);
    StringBuilder number = new StringBuilder(head.length() + width).append(head);
    for (int i = counted.length(); i < width; i++) {
      number.append('0');
    }
    return StudentNumber.of(number.append(counted).toString());
  }

  @Override
  public int size() {
    return size;
  }
}
