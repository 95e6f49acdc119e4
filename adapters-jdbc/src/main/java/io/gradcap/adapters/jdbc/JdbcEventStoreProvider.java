package io.gradcap.adapters.jdbc;

import io.gradcap.spi.Location;
import io.gradcap.spi.event.EventStore;
import io.gradcap.spi.event.EventStoreProvider;
import javax.sql.DataSource;

/**
 * Opens a {@link JdbcEventStore} for a JDBC URL ({@code jdbc:h2:./campaign}, {@code
 * jdbc:postgresql://...}, {@code jdbc:mariadb://...}) or a location carrying the host's {@link
 * DataSource}. Optional attachments: {@link JdbcOptions} (among them the {@link OpenMode}: migrate,
 * validate only, or read-only), and {@link java.util.Properties} for the driver (user, password),
 * which pass the same allow-list of settings as the URL.
 */
public final class JdbcEventStoreProvider implements EventStoreProvider {

  @Override
  public String name() {
    return "jdbc";
  }

  @Override
  public boolean supports(Location location) {
    return Locations.supports(location);
  }

  @Override
  public EventStore open(Location location) {
    if (!supports(location)) {
      throw Locations.unsupported(location);
    }
    JdbcOptions options = Locations.options(location);
    return location
        .attachment(DataSource.class)
        .map(ds -> JdbcEventStore.open(ds, options))
        .orElseGet(
            () -> JdbcEventStore.open(location.uri(), Locations.properties(location), options));
  }
}
