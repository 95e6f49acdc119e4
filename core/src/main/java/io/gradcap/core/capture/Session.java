package io.gradcap.core.capture;

/** Which kind of capture a photograph was taken in. */
public enum Session {
  /** The graduating class's one collective session (R12). */
  COLLECTIVE,
  /** An individual make-up, booked from the absentees of the collective session. */
  MAKE_UP,
  /** A repeated photograph of a student already captured; charged again (R13). */
  RESHOOT
}
