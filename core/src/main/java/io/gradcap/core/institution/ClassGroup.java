package io.gradcap.core.institution;

import com.google.common.base.Preconditions;
import io.gradcap.core.cohort.CohortId;
import io.gradcap.core.record.StudentNumber;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A class (班级): the unit students are organised, sorted and scheduled by. Its students are held in
 * student-number order, each once.
 *
 * @param name the class's name or code, unique in the institution, such as {@code 21软件1班}
 * @param cohort the cohort the class belongs to
 * @param students the class's students, sorted by student number; no number twice
 */
public record ClassGroup(String name, CohortId cohort, List<StudentNumber> students) {

  public ClassGroup {
    name = name.strip();
    Preconditions.checkArgument(!name.isEmpty(), "class name is blank");
    students = students.stream().sorted().toList();
    Set<StudentNumber> seen = new HashSet<>();
    for (StudentNumber student : students) {
      Preconditions.checkArgument(
          seen.add(student), "student %s appears twice in class %s", student, name);
    }
  }

  /** A class whose students are not known yet. */
  public static ClassGroup of(String name, CohortId cohort) {
    return new ClassGroup(name, cohort, List.of());
  }

  public static ClassGroup of(String name, CohortId cohort, List<StudentNumber> students) {
    return new ClassGroup(name, cohort, students);
  }

  public boolean contains(StudentNumber student) {
    return java.util.Collections.binarySearch(students, student) >= 0;
  }

  public int size() {
    return students.size();
  }

  @Override
  public String toString() {
    return name + " (" + cohort + ", " + students.size() + ")";
  }
}
