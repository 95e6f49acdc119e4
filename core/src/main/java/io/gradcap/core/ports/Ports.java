package io.gradcap.core.ports;

import io.gradcap.core.ErrorCode;
import io.gradcap.core.GradcapException;
import io.gradcap.core.internal.Services;
import io.gradcap.spi.Location;
import io.gradcap.spi.PortProvider;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The providers a host plugs in, and the one rule that picks a provider for a location.
 *
 * <pre>{@code
 * Ports ports = Ports.builder()
 *     .register(new XlsxTableReaderProvider(), new CsvTableReaderProvider()) // the main path
 *     .discover(EventStoreProvider.class)  // opt-in: META-INF/services/io.gradcap.spi.event.EventStoreProvider
 *     .build();
 * try (TableReader reader = ports.open(TableReaderProvider.class, Location.of("2024届名单.xlsx"))) { ... }
 * }</pre>
 *
 * <p>Services are the typed provider interfaces of the SPI, such as {@code TableReaderProvider} or
 * {@code EventStoreProvider}. For a service and a location:
 *
 * <ol>
 *   <li>explicitly registered providers come first: a discovered provider is considered only when
 *       no registered one supports the location, so a jar on the class path never takes over a
 *       choice the host made;
 *   <li>among the providers of one kind (registered, or discovered), those that {@link
 *       PortProvider#supports support} the location compete; the highest {@link
 *       PortProvider#priority() priority} wins; equal priorities go to the {@link
 *       PortProvider#name() name} first in alphabetical order, then the class name, so the choice
 *       never depends on registration or class-path order.
 * </ol>
 *
 * <p>Nothing is discovered unless the host asks, service by service, with {@link Builder#discover};
 * discovery then happens once, in {@link Builder#build()}. No provider is an error ({@link
 * ErrorCode#NO_PROVIDER}, {@link ErrorCode#NO_PROVIDER_FOR_LOCATION}) naming the services file that
 * would list one, never a silent fallback. Immutable and thread-safe.
 */
public final class Ports {

  /** The selection rule within one kind of provider: highest priority, then name, then class. */
  private static final Comparator<PortProvider<?>> PREFERRED =
      Comparator.<PortProvider<?>>comparingInt(PortProvider::priority)
          .reversed()
          .thenComparing(PortProvider::name)
          .thenComparing(p -> p.getClass().getName());

  private final List<PortProvider<?>> registered;
  private final List<PortProvider<?>> discovered;

  private Ports(List<PortProvider<?>> registered, List<PortProvider<?>> discovered) {
    this.registered = List.copyOf(registered);
    this.discovered = List.copyOf(discovered);
  }

  /** A registry to fill: register providers, and opt in to discovery where the host wants it. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Opens the port of the provider {@link #select selected} for the location.
   *
   * @param service the typed provider interface, such as {@code TableReaderProvider.class}
   * @throws GradcapException if no provider of the service supports the location
   * @throws io.gradcap.spi.PortException if the chosen provider cannot open the location
   */
  public <P, S extends PortProvider<P>> P open(Class<S> service, Location location) {
    return select(service, location).open(location);
  }

  /**
   * The provider for the location: the preferred registered provider that supports it, else the
   * preferred discovered one.
   *
   * @throws GradcapException {@link ErrorCode#NO_PROVIDER} if the service has no provider at all,
   *     {@link ErrorCode#NO_PROVIDER_FOR_LOCATION} if none of them supports the location; both name
   *     the {@code META-INF/services} file that would list one
   */
  public <S extends PortProvider<?>> S select(Class<S> service, Location location) {
    return find(service, location).orElseThrow(() -> noProvider(service, location));
  }

  /**
   * The provider for the location, as {@link #select} chooses it, or empty if none supports it: for
   * a caller that reports an unsupported location in its own words.
   */
  public <S extends PortProvider<?>> Optional<S> find(Class<S> service, Location location) {
    Objects.requireNonNull(location, "location");
    Optional<S> chosen = preferred(registered, service, location);
    return chosen.isPresent() ? chosen : preferred(discovered, service, location);
  }

  /** Every provider of the service, registered ones first, each kind in the order of preference. */
  public <S extends PortProvider<?>> List<S> providers(Class<S> service) {
    List<S> all = new ArrayList<>(ofService(registered, service).sorted(PREFERRED).toList());
    all.addAll(ofService(discovered, service).sorted(PREFERRED).toList());
    return List.copyOf(all);
  }

  private static <S extends PortProvider<?>> Optional<S> preferred(
      List<PortProvider<?>> providers, Class<S> service, Location location) {
    return ofService(providers, service).filter(p -> p.supports(location)).min(PREFERRED);
  }

  private static <S extends PortProvider<?>> Stream<S> ofService(
      List<PortProvider<?>> providers, Class<S> service) {
    return providers.stream().filter(service::isInstance).map(service::cast);
  }

  private <S extends PortProvider<?>> GradcapException noProvider(
      Class<S> service, Location location) {
    String servicesFile = "META-INF/services/" + service.getName();
    List<String> names = providers(service).stream().map(PortProvider::name).distinct().toList();
    if (names.isEmpty()) {
      return new GradcapException(ErrorCode.NO_PROVIDER, service.getName(), servicesFile);
    }
    return new GradcapException(
        ErrorCode.NO_PROVIDER_FOR_LOCATION,
        service.getName(),
        String.join(", ", names),
        shown(location),
        servicesFile);
  }

  /**
   * The location as a message may show it: without parameters ({@code ;PASSWORD=...}, {@code
   * ?password=...}) or credentials ({@code //user:secret@host}).
   */
  static String shown(Location location) {
    String uri = location.uri();
    int cut = uri.length();
    for (char c : new char[] {';', '?'}) {
      int at = uri.indexOf(c);
      if (at >= 0) {
        cut = Math.min(cut, at);
      }
    }
    uri = uri.substring(0, cut);
    int authority = uri.indexOf("//");
    int at = uri.indexOf('@', Math.max(authority, 0));
    if (authority >= 0 && at > authority) {
      uri = uri.substring(0, authority + 2) + uri.substring(at + 1);
    }
    return uri;
  }

  /** The names of the registered, then the discovered providers, for logs. */
  @Override
  public String toString() {
    return "Ports[registered="
        + registered.stream().map(PortProvider::name).toList()
        + ", discovered="
        + discovered.stream().map(PortProvider::name).toList()
        + "]";
  }

  /** Collects providers; not thread-safe, build once and share the {@link Ports}. */
  public static final class Builder {

    private final List<PortProvider<?>> registered = new ArrayList<>();
    private final Set<Class<? extends PortProvider<?>>> discover = new LinkedHashSet<>();

    private Builder() {}

    /**
     * Registers providers explicitly, the main path: the host names exactly the adapters it ships.
     * A provider counts for every service it implements.
     */
    public Builder register(PortProvider<?>... providers) {
      for (PortProvider<?> provider : providers) {
        registered.add(Objects.requireNonNull(provider, "provider"));
      }
      return this;
    }

    /**
     * Opts in to discovery for one service: {@link #build()} adds every provider listed in {@code
     * META-INF/services/<service>} on the class path (or {@code provides} on the module path),
     * except those of a class already registered.
     */
    public Builder discover(Class<? extends PortProvider<?>> service) {
      discover.add(Objects.requireNonNull(service, "service"));
      return this;
    }

    /** The registry; providers of the services opted in to are discovered now, once. */
    public Ports build() {
      Set<Class<?>> registeredClasses =
          registered.stream().map(Object::getClass).collect(Collectors.toSet());
      List<PortProvider<?>> discovered = new ArrayList<>();
      for (Class<? extends PortProvider<?>> service : discover) {
        for (PortProvider<?> provider : Services.discover(service)) {
          if (!registeredClasses.contains(provider.getClass())
              && discovered.stream().noneMatch(d -> d.getClass() == provider.getClass())) {
            discovered.add(provider);
          }
        }
      }
      return new Ports(registered, discovered);
    }
  }
}
