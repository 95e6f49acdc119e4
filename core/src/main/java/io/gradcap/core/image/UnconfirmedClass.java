package io.gradcap.core.image;

import io.gradcap.core.record.StudentNumber;
import java.util.List;

/**
 * The students of one class whose image is not confirmed yet.
 *
 * @param college the class's college
 * @param classGroup the class
 * @param students who has not confirmed, sorted by student number, with where each stands
 * @param daysLeft days until the lock date; 0 once locked
 * @param officeCorrectionOnly whether the lock date has passed, so only the office's correction
 *     path remains
 */
public record UnconfirmedClass(
    String college,
    String classGroup,
    List<Student> students,
    long daysLeft,
    boolean officeCorrectionOnly) {

  public UnconfirmedClass {
    students = List.copyOf(students);
  }

  /** One student who has not confirmed, and the status of their image. */
  public record Student(StudentNumber student, ImageStatus status) {}
}
