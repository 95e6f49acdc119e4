package io.gradcap.adapters.excel.archfixture;

/** An adapter class that reaches into core. */
public final class KnowsCore {
  public Object core() {
    return new io.gradcap.core.archfixture.Clean();
  }
}
