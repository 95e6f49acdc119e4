package io.gradcap.core.signoff;

/** How a student's row counts in progress: the most consequential thing recorded on it. */
public enum OutcomeKind {
  /** Signed as correct, nothing wrong. */
  SIGNED,
  /** At least one directly correctable field corrected (R4), no change request. */
  CORRECTED,
  /** At least one change request opened for a critical field (R3). */
  CHANGE_REQUESTED,
  /** Nothing came back (including rows marked not returned). */
  MISSING
}
