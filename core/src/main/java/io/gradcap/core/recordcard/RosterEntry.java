package io.gradcap.core.recordcard;

import io.gradcap.core.access.Subject;
import io.gradcap.core.record.StudentNumber;

/**
 * A student on the roster whose record card is expected.
 *
 * @param student the student number the register is sorted by
 * @param name the student's name as printed on the register
 * @param college the student's college
 * @param classGroup the student's class
 */
public record RosterEntry(StudentNumber student, String name, String college, String classGroup) {

  public ClassRef classRef() {
    return new ClassRef(college, classGroup);
  }

  /** The student as scopes see them. */
  public Subject subject() {
    return new Subject(college, classGroup, student);
  }
}
