package io.gradcap.adapters.jdbc;

import io.gradcap.adapters.jdbc.internal.Connections;
import io.gradcap.adapters.jdbc.internal.Database;
import java.util.Properties;
import javax.sql.DataSource;

/** How the store and the vault open their database, as their {@link JdbcOptions} say. */
final class Databases {

  private Databases() {}

  /** On the host's data source, which stays the host's. */
  static Database open(DataSource dataSource, JdbcOptions options) {
    return open(connections(dataSource, options), options);
  }

  /** On a URL the adapter opens itself, after the allow-list of settings. */
  static Database open(String jdbcUrl, Properties properties, JdbcOptions options) {
    return open(connections(jdbcUrl, properties, options), options);
  }

  static Connections connections(DataSource dataSource, JdbcOptions options) {
    return Connections.of(dataSource, options.openMode() == OpenMode.READ_ONLY);
  }

  static Connections connections(String jdbcUrl, Properties properties, JdbcOptions options) {
    OpenMode mode = options.openMode();
    return Connections.open(jdbcUrl, properties, !mode.validatesOnly(), mode == OpenMode.READ_ONLY);
  }

  /**
   * The tables on open connections: created and migrated, or only validated, as the options say.
   */
  static Database open(Connections connections, JdbcOptions options) {
    return Database.open(
        connections, options.schema(), options.tablePrefix(), !options.openMode().validatesOnly());
  }
}
