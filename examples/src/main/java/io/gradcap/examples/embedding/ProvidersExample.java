package io.gradcap.examples.embedding;

import io.gradcap.adapters.excel.CsvTableReaderProvider;
import io.gradcap.adapters.excel.CsvTableWriterProvider;
import io.gradcap.adapters.excel.XlsTableReaderProvider;
import io.gradcap.adapters.excel.XlsxTableReaderProvider;
import io.gradcap.adapters.excel.XlsxTableWriterProvider;
import io.gradcap.adapters.jdbc.JdbcEventStoreProvider;
import io.gradcap.core.ports.Ports;
import io.gradcap.spi.Location;
import io.gradcap.spi.event.EventStoreProvider;
import io.gradcap.spi.table.TableReaderProvider;
import java.util.ArrayList;
import java.util.List;

/**
 * Plugging adapters in: a host registers the providers it ships on {@link Ports} (the main path),
 * or opts in to discovering those listed in {@code META-INF/services}, service by service. Either
 * way the library picks the provider for a location by one rule: registered before discovered, then
 * among those that support the location the highest priority, ties broken by name.
 */
public final class ProvidersExample {

  private ProvidersExample() {}

  /** The adapters a host ships, registered explicitly. */
  public static Ports registered() {
    return Ports.builder()
        .register(
            new XlsxTableReaderProvider(),
            new XlsTableReaderProvider(),
            new CsvTableReaderProvider())
        .register(new XlsxTableWriterProvider(), new CsvTableWriterProvider())
        .register(new JdbcEventStoreProvider())
        .build();
  }

  /**
   * The roster readers and event stores listed on the class path, in {@code
   * META-INF/services/io.gradcap.spi.table.TableReaderProvider} and {@code
   * META-INF/services/io.gradcap.spi.event.EventStoreProvider}.
   */
  public static Ports discovered() {
    return Ports.builder()
        .discover(TableReaderProvider.class)
        .discover(EventStoreProvider.class)
        .build();
  }

  /** For each sample location, the provider each registry picks: {@code "名单.xlsx: xlsx / xlsx"}. */
  public static List<String> choices() {
    Ports registered = registered();
    Ports discovered = discovered();
    List<String> lines = new ArrayList<>();
    for (String uri : List.of("名单.xlsx", "名单.xls", "名单.csv")) {
      Location location = Location.of(uri);
      lines.add(
          uri
              + ": "
              + registered.select(TableReaderProvider.class, location).name()
              + " / "
              + discovered.select(TableReaderProvider.class, location).name());
    }
    Location db = Location.of("jdbc:h2:mem:campaign");
    lines.add(
        db.uri()
            + ": "
            + registered.select(EventStoreProvider.class, db).name()
            + " / "
            + discovered.select(EventStoreProvider.class, db).name());
    return lines;
  }

  public static void main(String[] args) {
    System.out.println("location: registered / discovered");
    choices().forEach(System.out::println);
  }
}
