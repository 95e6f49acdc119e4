package io.gradcap.examples.hostile;

/**
 * Why a case is in the suite: a finding of issue 14 (its "Why" point), another input that fails on
 * the code the suite was written against, or a guard for behaviour that already holds.
 *
 * @param label shown in the test's name, such as {@code why-4} or {@code guard}
 */
record Origin(String label) {

  /** A finding listed under the "Why", point {@code point}. */
  static Origin why(int point) {
    return new Origin("why-" + point);
  }

  /**
   * A hostile input beyond the list that was not answered cleanly when the suite was
   * written.
   */
  static Origin found() {
    return new Origin("found");
  }

  /** Regression guard: the behaviour held when the suite was written and must keep holding. */
  static Origin guard() {
    return new Origin("guard");
  }

  @Override
  public String toString() {
    return label;
  }
}
