package io.gradcap.core.institution;

import com.google.common.base.Preconditions;
import io.gradcap.core.record.StudentNumber;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The institution: its colleges, their classes and students, and the office's own contacts per task
 * (who receives change requests, who prints record cards). Class names and student numbers are
 * unique across the whole institution.
 *
 * @param name the Chinese name, such as {@code 海南软件职业技术学院}
 * @param englishName the English name, if known
 * @param colleges its colleges (and units treated like colleges), each name once
 * @param officeContacts the Academic Affairs Office staff named per task
 */
public record Institution(
    String name,
    @Nullable String englishName,
    List<College> colleges,
    Map<Task, List<ResponsiblePerson>> officeContacts) {

  /** The bundle of this package's messages. */
  public static final String MESSAGES = "io.gradcap.core.institution.messages";

  public Institution {
    name = name.strip();
    Preconditions.checkArgument(!name.isEmpty(), "institution name is blank");
    colleges = List.copyOf(colleges);
    Map<String, String> classes = new HashMap<>();
    Map<StudentNumber, String> students = new HashMap<>();
    Set<String> collegeNames = new HashSet<>();
    for (College college : colleges) {
      Preconditions.checkArgument(
          collegeNames.add(college.name()), "college %s appears twice", college.name());
      for (ClassGroup group : college.classGroups()) {
        String other = classes.put(group.name(), college.name());
        Preconditions.checkArgument(
            other == null, "class %s appears in %s and %s", group.name(), other, college.name());
        for (StudentNumber student : group.students()) {
          String otherClass = students.put(student, group.name());
          Preconditions.checkArgument(
              otherClass == null,
              "student %s is in classes %s and %s",
              student,
              otherClass,
              group.name());
        }
      }
    }
    officeContacts = Responsibilities.copy(officeContacts, name);
  }

  public static Institution of(String name, List<College> colleges) {
    return new Institution(name, null, colleges, Map.of());
  }

  public Optional<College> college(String collegeName) {
    return colleges.stream().filter(c -> c.name().equals(collegeName)).findFirst();
  }

  public Optional<ClassGroup> classGroup(String className) {
    return colleges.stream().flatMap(c -> c.classGroup(className).stream()).findFirst();
  }

  /** The college a class belongs to. */
  public Optional<College> collegeOf(String className) {
    return colleges.stream().filter(c -> c.classGroup(className).isPresent()).findFirst();
  }

  /** The class a student is in. */
  public Optional<ClassGroup> classOf(StudentNumber student) {
    return colleges.stream()
        .flatMap(c -> c.classGroups().stream())
        .filter(g -> g.contains(student))
        .findFirst();
  }

  /** The persons a college names for a task; empty if the college is unknown or names nobody. */
  public List<ResponsiblePerson> responsible(String collegeName, Task task) {
    return college(collegeName).map(c -> c.responsible(task)).orElse(List.of());
  }

  /** The office staff named for a task; empty if nobody is. */
  public List<ResponsiblePerson> officeContact(Task task) {
    return officeContacts.getOrDefault(task, List.of());
  }

  /** How many students all classes hold. */
  public int studentCount() {
    return colleges.stream().mapToInt(College::studentCount).sum();
  }

  public Optional<String> englishNameIfAny() {
    return Optional.ofNullable(englishName);
  }

  @Override
  public String toString() {
    return name + " (" + colleges.size() + " colleges)";
  }
}
