package io.gradcap.core.capture;

import io.gradcap.core.record.StudentNumber;
import java.time.LocalDate;
import java.util.List;

/**
 * The students of one class who hold no capture code (R11), for their counsellor.
 *
 * @param college the class's college
 * @param classGroup the class
 * @param slotDate the class's capture day
 * @param deadline the day by which codes must be held: the slot's date minus the lead
 * @param missing the students without a code, in student-number order
 */
public record MissingCodes(
    String college,
    String classGroup,
    LocalDate slotDate,
    LocalDate deadline,
    List<StudentNumber> missing) {

  public MissingCodes {
    missing = List.copyOf(missing);
  }

  @Override
  public String toString() {
    return classGroup + " by " + deadline + ": " + missing;
  }
}
