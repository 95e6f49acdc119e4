package io.gradcap.core.recordcard;

import com.google.common.base.Preconditions;
import io.gradcap.core.ErrorCode;
import io.gradcap.core.GradcapException;
import java.util.Comparator;

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
    Preconditions.checkArgument(!college.isBlank() && college.indexOf('/') < 0, "college '%s'", college);
    Preconditions.checkArgument(!classGroup.isBlank() && classGroup.indexOf('/') < 0, "class '%s'", classGroup);
  }

  public static ClassRef of(String college, String classGroup) {
    return new ClassRef(college, classGroup);
  }

  /** Reads {@code college/class} as {@link #toString()} writes it. */
  public static ClassRef parse(CharSequence text) {
    String s = text.toString().strip();
    int slash = s.indexOf('/');
    if (slash <= 0) {
      throw new GradcapException(ErrorCode.UNPARSEABLE_VALUE, s, "应形如 学院/班级 / expected college/class");
    }
    return new ClassRef(s.substring(0, slash).strip(), s.substring(slash + 1).strip());
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
