package io.gradcap.core.internal;

import java.util.Comparator;
import java.util.List;
import java.util.ServiceLoader;

/**
 * The only class in core that calls {@link ServiceLoader}. Discovery is opt-in: {@code
 * Ports.Builder.discover} and {@code Verifier.Builder.discoverRules} call it only when a host asks
 * them to discover providers instead of registering them explicitly.
 */
public final class Services {

  private Services() {}

  /**
   * Every provider of the service visible to the class loader of {@code Services}, in a stable
   * order (class name). On the module path, core declares {@code uses} for the SPI's services; a
   * host's own service is added to core's uses here, as the module system requires.
   */
  public static <S> List<S> discover(Class<S> service) {
    Module core = Services.class.getModule();
    if (core.isNamed() && !core.canUse(service)) {
      core.addUses(service);
    }
    return ServiceLoader.load(service, Services.class.getClassLoader()).stream()
        .map(ServiceLoader.Provider::get)
        .sorted(Comparator.comparing(p -> p.getClass().getName()))
        .toList();
  }
}
