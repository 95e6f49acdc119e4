package io.gradcap.core.archfixture;

import io.gradcap.core.archfixture.internal.Hidden;

/** Exposes an internal type in its public API. */
public final class Leaky {
  public Hidden hidden() {
    return new Hidden();
  }
}
