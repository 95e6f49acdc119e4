package io.gradcap.core.progress;

/** What a progress view covers. */
public enum Scope {
  CLASS,
  COLLEGE,
  INSTITUTION
}
