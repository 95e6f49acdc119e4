package io.gradcap.adapters.jdbc;

import io.gradcap.spi.Location;
import io.gradcap.spi.PortException;
import java.util.Locale;
import java.util.Properties;
import javax.sql.DataSource;

/** How the providers read a location: a host's data source, or a JDBC URL the adapter knows. */
final class Locations {

  private static final String[] URL_PREFIXES = {
    "jdbc:h2:", "jdbc:postgresql:", "jdbc:mariadb:", "jdbc:mysql:"
  };

  private Locations() {}

  static boolean supports(Location location) {
    if (location.attachment(DataSource.class).isPresent()) {
      return true;
    }
    String uri = location.uri().toLowerCase(Locale.ROOT);
    for (String prefix : URL_PREFIXES) {
      if (uri.startsWith(prefix)) {
        return true;
      }
    }
    return false;
  }

  static JdbcOptions options(Location location) {
    return location.attachment(JdbcOptions.class).orElseGet(JdbcOptions::defaults);
  }

  static Properties properties(Location location) {
    return location.attachment(Properties.class).orElseGet(Properties::new);
  }

  static PortException unsupported(Location location) {
    return new PortException(
        location.uri(),
        "not a location for the JDBC adapter: give a jdbc:h2:, jdbc:postgresql:, jdbc:mariadb: or jdbc:mysql: URL,"
            + " or attach the host's javax.sql.DataSource");
  }
}
