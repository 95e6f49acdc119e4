package io.gradcap.core.capture.plan;

import io.gradcap.core.record.StudentNumber;
import java.util.ArrayList;
import java.util.List;

/** Small hand-made groups for example tests. */
final class Fixtures {

  private Fixtures() {}

  /**
   * A class of {@code n} students numbered {@code prefix01…}, listed in reverse so queues must
   * sort.
   */
  static CaptureClass cls(String name, int n, String prefix) {
    List<StudentNumber> students = new ArrayList<>();
    for (int i = n; i >= 1; i--) {
      students.add(StudentNumber.of(prefix + String.format("%03d", i)));
    }
    return new CaptureClass(name, students);
  }

  /** A group of classes with the given sizes, named {@code id-1…}. */
  static CaptureGroup group(String id, String person, int... sizes) {
    List<CaptureClass> classes = new ArrayList<>();
    for (int i = 0; i < sizes.length; i++) {
      classes.add(cls(id + "-" + (i + 1), sizes[i], id.hashCode() % 1000 + 1000 + "" + (i + 10)));
    }
    return new CaptureGroup(id, id, id, classes, List.of(person), false, null, "");
  }

  /** One camera at one student a minute: a student is a minute. */
  static Station oneAMinute(String name) {
    return new Station(name, "教103", 1, Throughput.perMinute("1"));
  }
}
