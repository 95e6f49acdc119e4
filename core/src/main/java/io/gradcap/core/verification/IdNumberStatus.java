package io.gradcap.core.verification;

import io.gradcap.core.finding.Severity;

/**
 * What {@link IdNumberCheck} finds about an ID number under a policy: its kind if acceptable, else
 * what is wrong.
 */
public enum IdNumberStatus {
  /** An 18-digit mainland citizen identity number that passes every check. */
  VALID("R6.id.valid", Severity.INFO),
  /** A legacy 15-digit number, accepted and upgraded to 18 characters. */
  LEGACY_15_UPGRADED("R6.id.legacy-15", Severity.WARNING),
  /** The residence permit of a Hong Kong, Macau or Taiwan resident (81/82/83 + 0000). */
  RESIDENCE_PERMIT("R6.id.residence-permit", Severity.INFO),
  /** A foreign permanent-resident ID (first digit 9, issued since December 2023). */
  FOREIGN_PERMANENT_RESIDENT("R6.id.foreign-permanent-resident", Severity.INFO),
  /** Not 17 digits and a digit or X. */
  FORMAT("R6.id.format", Severity.BLOCKING),
  /** The check character is not the one ISO 7064 MOD 11-2 computes. */
  CHECK_CHARACTER("R6.id.check-character", Severity.BLOCKING),
  /** The first two digits are no province, and no accepted permit or foreign ID prefix. */
  REGION("R6.id.region", Severity.BLOCKING),
  /** The birth date is not a real calendar date (or before 1800). */
  BIRTH_DATE("R6.id.birth-date", Severity.BLOCKING),
  /** The birth date lies after today. */
  BIRTH_DATE_IN_FUTURE("R6.id.birth-date-future", Severity.BLOCKING),
  /** A birth year before 1900, refused by the policy. */
  BIRTH_BEFORE_1900("R6.id.birth-before-1900", Severity.BLOCKING),
  /** A legacy 15-digit number, refused by the policy. */
  LEGACY_15_REFUSED("R6.id.legacy-15-refused", Severity.BLOCKING),
  /** A residence permit, refused by the policy. */
  RESIDENCE_PERMIT_REFUSED("R6.id.residence-permit-refused", Severity.BLOCKING),
  /** A foreign permanent-resident ID, refused by the policy. */
  FOREIGN_PERMANENT_RESIDENT_REFUSED("R6.id.foreign-permanent-resident-refused", Severity.BLOCKING);

  private final String rule;
  private final Severity severity;

  IdNumberStatus(String rule, Severity severity) {
    this.rule = rule;
    this.severity = severity;
  }

  /** The rule id a finding about this status carries. */
  public String rule() {
    return rule;
  }

  /**
   * How serious it is: INFO for recognised kinds, WARNING for an accepted legacy number, else
   * BLOCKING.
   */
  public Severity severity() {
    return severity;
  }

  /** Whether the number is acceptable under the policy. */
  public boolean isAcceptable() {
    return severity != Severity.BLOCKING;
  }
}
