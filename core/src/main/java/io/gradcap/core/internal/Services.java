package io.gradcap.core.internal;

import io.gradcap.core.ErrorCode;
import io.gradcap.core.GradcapException;
import java.util.Comparator;
import java.util.List;
import java.util.ServiceLoader;

/**
 * The only class in core that calls {@link ServiceLoader}. Discovery is opt-in: builders call it
 * only when a host asks them to discover providers instead of registering them explicitly.
 */
public final class Services {

  private Services() {}

  /**
   * Every provider of the service visible to the class loader of {@code Services}, in a stable
   * order (class name).
   */
  public static <S> List<S> discover(Class<S> service) {
    return ServiceLoader.load(service, Services.class.getClassLoader()).stream()
        .map(ServiceLoader.Provider::get)
        .sorted(Comparator.comparing(p -> p.getClass().getName()))
        .toList();
  }

  /** Like {@link #discover} but at least one provider must exist. */
  public static <S> List<S> discoverAtLeastOne(Class<S> service) {
    List<S> found = discover(service);
    if (found.isEmpty()) {
      throw new GradcapException(
          ErrorCode.NO_PROVIDER, service.getName(), "META-INF/services/" + service.getName());
    }
    return found;
  }
}
