package io.gradcap.core.archfixture.b;

public final class B {
  public io.gradcap.core.archfixture.a.A a() {
    return null;
  }
}
