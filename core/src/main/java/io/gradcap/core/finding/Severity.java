package io.gradcap.core.finding;

/** How much a finding matters. */
public enum Severity {
  /** Must be fixed before the step it concerns can go on (printing, approving, importing). */
  BLOCKING,
  /** Worth a look; nothing waits for it. */
  WARNING,
  /** For the record only. */
  INFO;

  /** Whether this severity stops the step it concerns. */
  public boolean isBlocking() {
    return this == BLOCKING;
  }
}
