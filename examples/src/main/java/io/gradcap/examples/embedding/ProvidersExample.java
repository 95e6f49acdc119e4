package io.gradcap.examples.embedding;

import io.gradcap.adapters.excel.CsvTableReaderProvider;
import io.gradcap.adapters.excel.XlsTableReaderProvider;
import io.gradcap.adapters.excel.XlsxTableReaderProvider;
import io.gradcap.adapters.jdbc.JdbcEventStoreProvider;
import io.gradcap.spi.Location;
import io.gradcap.spi.PortException;
import io.gradcap.spi.PortProvider;
import io.gradcap.spi.event.EventStoreProvider;
import io.gradcap.spi.table.TableReader;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.ServiceLoader;

/**
 * Choosing adapters: registered explicitly (the main path: the host names exactly the providers it
 * ships), or found on the class path through {@link ServiceLoader} (opt-in). Either way the same
 * choice rule applies: among the providers that support a location, the highest priority wins, ties
 * broken by name.
 */
public final class ProvidersExample {

  private ProvidersExample() {}

  /** The roster readers a host ships, registered explicitly. */
  public static List<PortProvider<TableReader>> explicitTableReaders() {
    return List.of(new XlsxTableReaderProvider(), new XlsTableReaderProvider(), new CsvTableReaderProvider());
  }

  /** The event stores a host ships, registered explicitly. */
  public static List<EventStoreProvider> explicitEventStores() {
    return List.of(new JdbcEventStoreProvider());
  }

  /** The roster readers listed in {@code META-INF/services/io.gradcap.spi.PortProvider} on the class path. */
  @SuppressWarnings("unchecked")
  public static List<PortProvider<TableReader>> discoveredTableReaders() {
    List<PortProvider<TableReader>> found = new ArrayList<>();
    for (PortProvider<?> p : ServiceLoader.load(PortProvider.class)) {
      if (p.portType() == TableReader.class) {
        found.add((PortProvider<TableReader>) p);
      }
    }
    return found;
  }

  /** The event stores listed in {@code META-INF/services/io.gradcap.spi.event.EventStoreProvider}. */
  public static List<EventStoreProvider> discoveredEventStores() {
    List<EventStoreProvider> found = new ArrayList<>();
    ServiceLoader.load(EventStoreProvider.class).forEach(found::add);
    return found;
  }

  /** The provider for a location: supported, highest priority, then by name. */
  public static <P, T extends PortProvider<P>> T choose(List<T> providers, Location location) {
    return providers.stream().filter(p -> p.supports(location))
        .max(Comparator.<T>comparingInt(PortProvider::priority).thenComparing(PortProvider::name, Comparator.reverseOrder()))
        .orElseThrow(() -> new PortException(location.uri(), "no provider supports this location"));
  }

  public static void main(String[] args) {
    for (String uri : List.of("名单.xlsx", "名单.xls", "名单.csv")) {
      Location location = Location.of(uri);
      System.out.println(uri + ": explicit " + choose(explicitTableReaders(), location).name()
          + ", discovered " + choose(discoveredTableReaders(), location).name());
    }
    Location db = Location.of("jdbc:h2:mem:campaign");
    System.out.println(db.uri() + ": explicit " + choose(explicitEventStores(), db).name()
        + ", discovered " + choose(discoveredEventStores(), db).name());
  }
}
