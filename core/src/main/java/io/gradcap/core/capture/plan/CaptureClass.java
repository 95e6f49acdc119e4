package io.gradcap.core.capture.plan;

import com.google.common.base.Preconditions;
import io.gradcap.core.record.StudentNumber;
import java.util.HashSet;
import java.util.List;

/**
 * A class as the planner sees it: its name and the students to photograph. Never split (R9, R14).
 *
 * @param name the class's name or code, as the timetable and roster spell it
 * @param students the students, in any order; the queue sorts them
 */
public record CaptureClass(String name, List<StudentNumber> students) {

  public CaptureClass {
    Preconditions.checkArgument(!name.isBlank(), "class name is blank");
    if (!(students instanceof ConsecutiveNumbers)) { // immutable, distinct and in order already
      students = List.copyOf(students);
      Preconditions.checkArgument(!students.isEmpty(), "class %s has no students", name);
      Preconditions.checkArgument(
          new HashSet<>(students).size() == students.size(),
          "class %s lists a student twice",
          name);
    }
  }

  /**
   * A class known by its headcount, its students numbered consecutively from {@code first} ({@code
   * 2021010001}, {@code 2021010002}, ...), each number made only when it is read: what a schedule
   * planned before the roster needs, at a few bytes a class.
   *
   * @throws IllegalArgumentException if {@code first} is not all digits, the headcount is below 1,
   *     or the last number would need more digits than the first
   */
  public static CaptureClass consecutive(String name, StudentNumber first, int headcount) {
    return new CaptureClass(name, new ConsecutiveNumbers(first, headcount));
  }

  public int headcount() {
    return students.size();
  }

  /** The queue (R14): the students in student-number order. */
  public List<StudentNumber> queue() {
    return students instanceof ConsecutiveNumbers ? students : students.stream().sorted().toList();
  }

  /** {@code 21软件1班(45)}: shrunk counter-examples stay readable. */
  @Override
  public String toString() {
    return name + "(" + students.size() + ")";
  }
}
