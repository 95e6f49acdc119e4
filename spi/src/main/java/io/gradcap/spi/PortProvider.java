package io.gradcap.spi;

/**
 * Opens a port for a location. Implementations have a public no-argument constructor so that they
 * can be listed in {@code module-info.java} and {@code META-INF/services}; registering one
 * explicitly on a builder is the main path, discovery is opt-in.
 *
 * <p>When several providers support a location, the one with the highest {@link #priority()} wins,
 * and ties are broken by {@link #name()}.
 *
 * @param <P> the port this provider opens
 */
public interface PortProvider<P> {

  /** A short stable name, such as {@code "jdbc"} or {@code "xlsx"}, used in messages and config. */
  String name();

  /** Higher wins when several providers support the same location. */
  default int priority() {
    return 0;
  }

  /** The port type this provider opens. */
  Class<P> portType();

  /** Whether this provider can open a port for the location. Must not throw. */
  boolean supports(Location location);

  /**
   * Opens the port.
   *
   * @throws PortException if the location is supported but cannot be opened
   */
  P open(Location location);
}
