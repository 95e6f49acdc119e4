package io.gradcap.core.access;

import io.gradcap.core.record.StudentNumber;

/**
 * What a command touches, as far as scopes are concerned: a student in a class in a college.
 *
 * @param college the college's name
 * @param classGroup the class's name or code
 * @param student the student's number
 */
public record Subject(String college, String classGroup, StudentNumber student) {

  @Override
  public String toString() {
    return college + "/" + classGroup + "/" + student;
  }
}
