package io.gradcap.core.signoff;

import java.util.List;

/**
 * How far a college's sign-off has come: its classes and their totals.
 *
 * @param college the college
 * @param classes its classes, ordered by class
 */
public record CollegeProgress(String college, List<ClassProgress> classes) {

  public CollegeProgress {
    classes = List.copyOf(classes);
  }

  public int students() {
    return classes.stream().mapToInt(ClassProgress::students).sum();
  }

  public int signed() {
    return classes.stream().mapToInt(ClassProgress::signed).sum();
  }

  public int corrected() {
    return classes.stream().mapToInt(ClassProgress::corrected).sum();
  }

  public int changeRequested() {
    return classes.stream().mapToInt(ClassProgress::changeRequested).sum();
  }

  public int missing() {
    return classes.stream().mapToInt(ClassProgress::missing).sum();
  }

  /** The classes with rows still missing. */
  public List<ClassProgress> incompleteClasses() {
    return classes.stream().filter(c -> !c.isComplete()).toList();
  }
}
