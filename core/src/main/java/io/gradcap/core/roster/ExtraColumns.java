package io.gradcap.core.roster;

/** What happens to columns whose header names no record field. */
public enum ExtraColumns {
  /** Kept on each row, by header text ({@link RosterRow#extras()}). */
  KEEP,
  /** Left out. */
  IGNORE
}
