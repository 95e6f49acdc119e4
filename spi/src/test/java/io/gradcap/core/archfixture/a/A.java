package io.gradcap.core.archfixture.a;

public final class A {
  public io.gradcap.core.archfixture.b.B b() {
    return null;
  }
}
