package io.gradcap.core.cohort;

/** The kinds of programme a graduating class is made of. */
public enum ProgramKind {
  /** The ordinary 3-year (or other length) vocational programme. */
  REGULAR(""),
  /** The 5-year programme entered after junior middle school (五年一贯制). */
  FIVE_YEAR(""),
  /** A 2-year top-up class run with a university (联办本科班). */
  JOINT_UNDERGRADUATE("联办本科");

  private final String suffix;

  ProgramKind(String suffix) {
    this.suffix = suffix;
  }

  /** What the cohort's Chinese label appends for this kind. */
  String suffix() {
    return suffix;
  }
}
