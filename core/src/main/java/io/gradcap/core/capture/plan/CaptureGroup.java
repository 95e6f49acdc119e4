package io.gradcap.core.capture.plan;

import com.google.common.base.Preconditions;
import java.util.HashSet;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A capture group: a college or one of its cohorts, photographed as consecutive classes under its
 * responsible persons. A group is split only at class boundaries, and only when allowed.
 *
 * @param id a stable id, unique in a problem
 * @param name the name printed in the schedule (网络工程学院)
 * @param college the college the classes belong to
 * @param classes the classes, in the order the college wants them photographed
 * @param responsible the responsible persons (负责人), at least one; never in two places at once
 * @param splittable whether the group may be split at class boundaries across windows
 * @param pin where the group must go, if pinned
 * @param note the note printed in the schedule (五年制), may be empty
 */
public record CaptureGroup(
    String id,
    String name,
    String college,
    List<CaptureClass> classes,
    List<String> responsible,
    boolean splittable,
    @Nullable Pin pin,
    String note) {

  public CaptureGroup {
    Preconditions.checkArgument(!id.isBlank(), "group id is blank");
    classes = List.copyOf(classes);
    responsible = List.copyOf(responsible);
    Preconditions.checkArgument(!classes.isEmpty(), "group %s has no classes", id);
    Preconditions.checkArgument(!responsible.isEmpty(), "group %s has no responsible person", id);
    Preconditions.checkArgument(
        new HashSet<>(classes.stream().map(CaptureClass::name).toList()).size() == classes.size(),
        "group %s lists a class twice",
        id);
  }

  /** A group that is neither pinned nor splittable and carries no note. */
  public static CaptureGroup of(
      String id, String name, List<CaptureClass> classes, List<String> responsible) {
    return new CaptureGroup(id, name, name, classes, responsible, false, null, "");
  }

  public int headcount() {
    int sum = 0;
    for (CaptureClass c : classes) {
      sum = Math.addExact(sum, c.headcount());
    }
    return sum;
  }

  public CaptureGroup withClasses(List<CaptureClass> other) {
    return new CaptureGroup(id, name, college, other, responsible, splittable, pin, note);
  }

  public CaptureGroup withPin(@Nullable Pin other) {
    return new CaptureGroup(id, name, college, classes, responsible, splittable, other, note);
  }

  public CaptureGroup withSplittable(boolean other) {
    return new CaptureGroup(id, name, college, classes, responsible, other, pin, note);
  }

  @Override
  public String toString() {
    return id
        + classes
        + responsible
        + (splittable ? " splittable" : "")
        + (pin == null ? "" : " pin " + pin);
  }
}
