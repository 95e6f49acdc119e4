package io.gradcap.core.capture.plan;

/** The bundle the planner's findings use, and the one rounding its minutes follow. */
final class PlanMessages {

  static final String BUNDLE = "io.gradcap.core.capture.messages";

  private PlanMessages() {}

  /** Seconds as whole minutes, rounded up: a slot that needs 61 s needs 2 minutes. */
  static long minutesUp(long seconds) {
    return Math.addExact(seconds, 59) / 60;
  }
}
