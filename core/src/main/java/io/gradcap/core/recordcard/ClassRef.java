package io.gradcap.core.recordcard;

import com.google.common.base.Preconditions;
import io.gradcap.core.ErrorCode;
import io.gradcap.core.GradcapException;
import io.gradcap.core.finding.Finding;
import io.gradcap.core.finding.Message;
import io.gradcap.core.finding.Severity;
import java.util.Comparator;
import java.util.Optional;

/**
 * A class of a college, as cards are collected: by college, then by class. Written and read as
 * {@code 软件工程学院/21软件1班}.
 *
 * @param college the college's name
 * @param classGroup the class's name or code
 */
public record ClassRef(String college, String classGroup) implements Comparable<ClassRef> {

  private static final Comparator<ClassRef> ORDER =
      Comparator.comparing(ClassRef::college).thenComparing(ClassRef::classGroup);

  public ClassRef {
    Preconditions.checkArgument(
        !college.isBlank() && college.indexOf('/') < 0, "college '%s'", college);
    Preconditions.checkArgument(
        !classGroup.isBlank() && classGroup.indexOf('/') < 0, "class '%s'", classGroup);
  }

  /**
   * Why a college and class cannot make a reference (a blank name, or a {@code /} that would split
   * it when read back), as a finding about the student whose row gives them; empty when they can.
   * Check input with it before {@link #of}, which refuses such names.
   *
   * @param student the student number of the row, the finding's subject
   */
  public static Optional<Finding> problem(String student, String college, String classGroup) {
    String field = college.isBlank() || college.indexOf('/') >= 0 ? "college" : "classGroup";
    String value = field.equals("college") ? college : classGroup;
    if (!value.isBlank() && value.indexOf('/') < 0) {
      return Optional.empty();
    }
    String key = value.isBlank() ? "roster." + field + ".blank" : "roster." + field + ".slash";
    return Optional.of(
        Finding.of(
            "R8.roster.class",
            Severity.BLOCKING,
            student,
            field,
            Message.of(RecordCards.BUNDLE, key, student, value)));
  }

  public static ClassRef of(String college, String classGroup) {
    return new ClassRef(college, classGroup);
  }

  /** Reads {@code college/class} as {@link #toString()} writes it. */
  public static ClassRef parse(CharSequence text) {
    String s = text.toString().strip();
    int slash = s.indexOf('/');
    String college = slash <= 0 ? "" : s.substring(0, slash).strip();
    String classGroup = slash <= 0 ? "" : s.substring(slash + 1).strip();
    // One slash between two names, as toString() writes it; anything else is unreadable input.
    if (college.isBlank() || classGroup.isBlank() || classGroup.indexOf('/') >= 0) {
      throw new GradcapException(
          ErrorCode.UNPARSEABLE_VALUE, s, "应形如 学院/班级 / expected college/class");
    }
    return new ClassRef(college, classGroup);
  }

  @Override
  public int compareTo(ClassRef other) {
    return ORDER.compare(this, other);
  }

  @Override
  public String toString() {
    return college + "/" + classGroup;
  }
}
