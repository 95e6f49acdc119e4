package io.gradcap.core.archfixture;

/** Breaks no rule. */
public final class Clean {
  public String name() {
    return "clean";
  }
}
