package io.gradcap.core.decision;

/**
 * The part of the campaign a command or event belongs to; the journal dispatches on it, so a switch
 * over it is checked for completeness by the compiler.
 */
public enum Feature {
  /** R2–R5: sign-off sheets and their outcomes. */
  SIGN_OFF,
  /** R3 and R17: change requests with evidence, and records locked once confirmed. */
  CHANGE,
  /** R11–R13: capture codes, photographs, make-ups and fees. */
  CAPTURE,
  /** R16–R18: image confirmation and disputes until the lock. */
  IMAGE,
  /** R7: each college's certificate workbook, checked and handed in. */
  CERTIFICATE,
  /** R8: record cards received, given back and handed over. */
  RECORD_CARD
}
