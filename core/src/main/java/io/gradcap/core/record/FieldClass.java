package io.gradcap.core.record;

/** How a wrong value of a field gets fixed (R3, R4). */
public enum FieldClass {
  /**
   * R3: changes only through a change request with valid evidence; never corrected on the sheet.
   */
  CRITICAL,
  /** R4: corrected directly on the sign-off sheet, and applied at once, audited. */
  DIRECTLY_CORRECTABLE
}
