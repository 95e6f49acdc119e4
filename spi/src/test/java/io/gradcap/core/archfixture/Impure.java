package io.gradcap.core.archfixture;

import java.io.File;
import java.util.ServiceLoader;

/** Touches files and discovers services: neither belongs in core outside their one place. */
public final class Impure {
  public boolean exists(String name) {
    return new File(name).exists();
  }

  public Object discover() {
    return ServiceLoader.load(Runnable.class).findFirst().orElse(null);
  }

  public void fail() {
    throw new RuntimeException("generic");
  }
}
