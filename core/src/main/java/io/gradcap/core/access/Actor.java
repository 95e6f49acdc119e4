package io.gradcap.core.access;

import com.google.common.base.Preconditions;
import io.gradcap.core.ErrorCode;
import io.gradcap.core.GradcapException;
import io.gradcap.core.record.StudentNumber;
import java.util.Set;

/**
 * Someone who issues commands, with the scope they act in. Events record the actor's id and role.
 *
 * @param id a stable identifier from the host (staff number, student number)
 * @param name the display name
 * @param role the part they play
 * @param colleges the colleges a responsible person answers for (empty for other roles)
 * @param classGroups the classes a counsellor looks after (empty for other roles)
 * @param student the student's own number, for the student role only
 */
public record Actor(
    String id,
    String name,
    Role role,
    Set<String> colleges,
    Set<String> classGroups,
    @org.jspecify.annotations.Nullable StudentNumber student) {

  public Actor {
    Preconditions.checkArgument(!id.isBlank(), "actor id is blank");
    colleges = Set.copyOf(colleges);
    classGroups = Set.copyOf(classGroups);
    Preconditions.checkArgument(
        (role == Role.STUDENT) == (student != null),
        "exactly the student role carries a student number");
    Preconditions.checkArgument(
        role == Role.COLLEGE_RESPONSIBLE || colleges.isEmpty(),
        "only a college responsible person has colleges");
    Preconditions.checkArgument(
        role == Role.COUNSELLOR || classGroups.isEmpty(), "only a counsellor has classes");
  }

  public static Actor student(StudentNumber number, String name) {
    return new Actor(number.value(), name, Role.STUDENT, Set.of(), Set.of(), number);
  }

  public static Actor counsellor(String id, String name, Set<String> classGroups) {
    return new Actor(id, name, Role.COUNSELLOR, Set.of(), classGroups, null);
  }

  public static Actor collegeResponsible(String id, String name, Set<String> colleges) {
    return new Actor(id, name, Role.COLLEGE_RESPONSIBLE, colleges, Set.of(), null);
  }

  public static Actor officeStaff(String id, String name) {
    return new Actor(id, name, Role.OFFICE_STAFF, Set.of(), Set.of(), null);
  }

  public static Actor captureCentre(String id, String name) {
    return new Actor(id, name, Role.CAPTURE_CENTRE, Set.of(), Set.of(), null);
  }

  /** Whether this actor's scope covers the subject. */
  public boolean covers(Subject subject) {
    return switch (role) {
      case STUDENT -> subject.student().equals(student);
      case COUNSELLOR -> classGroups.contains(subject.classGroup());
      case COLLEGE_RESPONSIBLE -> colleges.contains(subject.college());
      case OFFICE_STAFF, CAPTURE_CENTRE -> true;
    };
  }

  /** Whether this actor's scope covers a whole college: its responsible person, or the office. */
  public boolean coversCollege(String college) {
    return switch (role) {
      case STUDENT, COUNSELLOR, CAPTURE_CENTRE -> false;
      case COLLEGE_RESPONSIBLE -> colleges.contains(college);
      case OFFICE_STAFF -> true;
    };
  }

  /** Whether this actor's scope covers a whole class of a college. */
  public boolean coversClass(String college, String classGroup) {
    return switch (role) {
      case STUDENT -> false;
      case COUNSELLOR -> classGroups.contains(classGroup);
      case COLLEGE_RESPONSIBLE -> colleges.contains(college);
      case OFFICE_STAFF, CAPTURE_CENTRE -> true;
    };
  }

  /**
   * Refuses a command whose subject lies outside this actor's scope.
   *
   * @throws GradcapException with {@link ErrorCode#OUT_OF_SCOPE}
   */
  public void requireCovers(Subject subject) {
    if (!covers(subject)) {
      throw new GradcapException(ErrorCode.OUT_OF_SCOPE, this, subject);
    }
  }

  /** {@code 李旋飞 (COLLEGE_RESPONSIBLE t-017)}: never more than the host gave as id and name. */
  @Override
  public String toString() {
    return name + " (" + role + " " + id + ")";
  }
}
