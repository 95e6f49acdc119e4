package io.gradcap.adapters.jdbc.internal;

import io.gradcap.spi.PortException;
import io.gradcap.spi.StoreRefusedException;
import io.gradcap.spi.StoreRefusedException.Reason;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.MigrationState;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.output.ValidateResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One database the adapter works in: its connections, its dialect, the qualified names of the
 * adapter's tables, and the transaction wrapper that turns driver errors into port errors.
 */
public final class Database implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(Database.class);

  /** H2's "database not found, and IFEXISTS=true". */
  private static final int H2_DATABASE_NOT_FOUND = 90146;

  /**
   * H2's "a file path that is implicitly relative to the current working directory is not allowed".
   */
  private static final int H2_IMPLICIT_RELATIVE_PATH = 90011;

  /** Work done on a connection inside a transaction. */
  @FunctionalInterface
  public interface Work<T> {
    T run(Connection c) throws SQLException;
  }

  private final Connections connections;
  private final Dialect dialect;
  private final String prefix;
  private final String location;

  private Database(Connections connections, Dialect dialect, String prefix) {
    this.connections = connections;
    this.dialect = dialect;
    this.prefix = prefix;
    this.location =
        "jdbc:" + dialect.name().toLowerCase(java.util.Locale.ROOT) + " " + prefix + "*";
  }

  /**
   * What a failure to connect means to the host: a refusal when H2 may not create the database,
   * otherwise a {@link PortException} whose message never repeats the URL's settings.
   */
  public static RuntimeException cannotConnect(SQLException e) {
    if (e.getErrorCode() == H2_DATABASE_NOT_FOUND) {
      return new StoreRefusedException(
          "jdbc:h2",
          Reason.NO_DATABASE,
          "",
          "no such database, and this open may not create one: check the path",
          e);
    }
    if (e.getErrorCode() == H2_IMPLICIT_RELATIVE_PATH) {
      // H2's own message repeats the whole URL, settings and all.
      return new PortException(
          "jdbc:h2",
          "a path relative to the working folder must start with ./"
              + " (jdbc:h2:./name), or give an absolute path or ~/name; nothing was opened",
          e);
    }
    return new PortException("jdbc", "cannot connect: " + e.getMessage(), e);
  }

  /**
   * Connects, finds the dialect, and brings the adapter's tables up to date with Flyway, using its
   * own history table so it never touches the host's migrations.
   *
   * @param schema a validated schema name, or empty for the connection's default schema
   * @param tablePrefix a validated table prefix
   */
  public static Database open(Connections connections, String schema, String tablePrefix) {
    return open(connections, schema, tablePrefix, true);
  }

  /**
   * Connects, finds the dialect, and either brings the adapter's tables up to date with Flyway
   * (using its own history table, so it never touches the host's migrations) or, when it may not
   * migrate, checks that they are there at the version this release expects and creates nothing.
   *
   * @param schema a validated schema name, or empty for the connection's default schema
   * @param tablePrefix a validated table prefix
   * @param migrate whether to create and migrate the tables; false for read-only connections
   * @throws StoreRefusedException if there is no database ({@code NO_DATABASE}), or it may not be
   *     migrated and holds no store ({@code NOT_A_STORE}) or one at another version ({@code
   *     SCHEMA_MISMATCH})
   * @throws PortException if the database cannot be reached, or its tables cannot be brought up to
   *     date
   */
  public static Database open(
      Connections connections, String schema, String tablePrefix, boolean migrate) {
    if (migrate && connections.readOnly()) {
      throw new IllegalArgumentException("read-only connections cannot migrate");
    }
    Dialect dialect;
    try {
      Connection c = connections.lease().connection();
      try {
        dialect = Dialect.of(c.getMetaData().getDatabaseProductName());
      } finally {
        connections.release(c, false);
      }
    } catch (SQLException e) {
      connections.close();
      throw cannotConnect(e);
    }
    String prefix = (schema.isEmpty() ? "" : schema + ".") + tablePrefix;
    Database db = new Database(connections, dialect, prefix);
    try {
      FluentConfiguration config =
          Flyway.configure(Database.class.getClassLoader())
              .locations(dialect.migrations())
              .table(dialect.unquoted(tablePrefix + "schema_history"))
              .placeholders(Map.of("prefix", prefix, "bare", tablePrefix))
              .baselineOnMigrate(true)
              .baselineVersion("0")
              .validateMigrationNaming(true);
      if (!schema.isEmpty()) {
        config.schemas(dialect.unquoted(schema)).defaultSchema(dialect.unquoted(schema));
      }
      if (connections.dataSource() != null) {
        config.dataSource(connections.dataSource());
      } else {
        var p = connections.properties();
        config.dataSource(
            connections.url(), p.getProperty("user", ""), p.getProperty("password", ""));
        Map<String, String> others = new HashMap<>();
        p.stringPropertyNames().stream()
            .filter(k -> !k.equals("user") && !k.equals("password"))
            .forEach(k -> others.put(k, p.getProperty(k)));
        config.jdbcProperties(others);
      }
      if (migrate) {
        int applied = config.load().migrate().migrationsExecuted;
        LOG.info(
            "gradcap tables {} on {}: {} migration(s) applied", prefix + "*", dialect, applied);
      } else {
        db.validate(config);
      }
    } catch (FlywayException e) {
      connections.close();
      throw new PortException(
          db.location,
          (migrate ? "cannot bring the tables up to date: " : "cannot check the tables: ")
              + e.getMessage(),
          e);
    } catch (RuntimeException e) {
      connections.close();
      throw e;
    }
    return db;
  }

  /**
   * Checks, creating and changing nothing, that the adapter's tables are there with every migration
   * this release ships applied successfully and none newer, their scripts unchanged.
   */
  private void validate(FluentConfiguration config) {
    try {
      read(
          c -> {
            try (Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT COUNT(*) FROM " + table("schema_history"))) {
              return r.next();
            }
          });
    } catch (SQLException e) {
      if (isConnectionLost(e)) {
        throw failure("check the tables", e);
      }
      throw new StoreRefusedException(
          location,
          Reason.NOT_A_STORE,
          table("schema_history"),
          "the database holds no gradcap tables with this schema and prefix (no "
              + table("schema_history")
              + "): it is not a gradcap store; nothing was created");
    }
    Flyway flyway = config.load();
    MigrationInfoService info = flyway.info();
    String expected =
        Arrays.stream(info.all())
            .filter(i -> i.getState().isResolved() && i.getVersion() != null)
            .map(MigrationInfo::getVersion)
            .max(Comparator.naturalOrder())
            .map(MigrationVersion::getVersion)
            .orElse("?");
    MigrationInfo current = info.current();
    String found =
        current == null || current.getVersion() == null
            ? "none"
            : current.getVersion().getVersion();
    boolean ahead =
        Arrays.stream(info.all())
            .anyMatch(
                i ->
                    i.getState() == MigrationState.FUTURE_SUCCESS
                        || i.getState() == MigrationState.FUTURE_FAILED);
    boolean failed = Arrays.stream(info.all()).anyMatch(i -> i.getState().isFailed());
    if (ahead || failed || info.pending().length > 0) {
      String why =
          failed
              ? "a migration failed part way"
              : ahead
                  ? "a newer gradcap release made them"
                  : "they need migrating: open them once with OpenMode.MIGRATE";
      throw new StoreRefusedException(
          location,
          Reason.SCHEMA_MISMATCH,
          found,
          "the gradcap tables are at schema version "
              + found
              + ", this release expects "
              + expected
              + ": "
              + why);
    }
    ValidateResult result = flyway.validateWithResult();
    if (!result.validationSuccessful) {
      throw new StoreRefusedException(
          location,
          Reason.SCHEMA_MISMATCH,
          found,
          "the gradcap tables at schema version "
              + found
              + " differ from this release's: "
              + result.getAllErrorMessages());
    }
  }

  public Dialect dialect() {
    return dialect;
  }

  /** Where errors happened, for messages: the dialect and the tables, never the URL. */
  public String location() {
    return location;
  }

  /** The qualified name of one of the adapter's tables, such as {@code gradcap_events}. */
  public String table(String name) {
    return prefix + name;
  }

  /**
   * Runs the work in one transaction: committed if it returns, rolled back if it throws. If a
   * connection that was used before turns out to be dead (the server restarted, the connection was
   * killed), the work runs once more on a new connection. That is safe: nothing of a transaction
   * that lost its connection is committed, except when the commit itself was under way, and every
   * write here is idempotent (appends by their key, evidence by its hash).
   *
   * @throws StoreRefusedException ({@code READ_ONLY}) on read-only connections, before any work
   */
  public <T> T inTransaction(Work<T> work) throws SQLException {
    if (connections.readOnly()) {
      throw new StoreRefusedException(
          location,
          Reason.READ_ONLY,
          "write",
          "the store was opened read-only: nothing is written");
    }
    return withRetry(work, true);
  }

  /**
   * Runs read-only work in auto-commit mode, again on a new connection if a reused one was dead.
   */
  public <T> T read(Work<T> work) throws SQLException {
    return withRetry(work, false);
  }

  private <T> T withRetry(Work<T> work, boolean transaction) throws SQLException {
    Connections.Lease lease = connections.lease();
    try {
      return run(lease.connection(), work, transaction);
    } catch (SQLException e) {
      if (!lease.reused() || !isConnectionLost(e)) {
        throw e;
      }
      connections.evictIdle();
      LOG.info(
          "gradcap tables {}: a reused connection was lost; retrying once on a new one",
          prefix + "*");
      return run(connections.lease().connection(), work, transaction);
    }
  }

  private <T> T run(Connection c, Work<T> work, boolean transaction) throws SQLException {
    boolean broken = false;
    try {
      if (!transaction) {
        return work.run(c);
      }
      c.setAutoCommit(false);
      if (dialect.needsReadCommitted()) {
        c.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
      }
      T result = work.run(c);
      c.commit();
      return result;
    } catch (SQLException | RuntimeException | Error e) {
      broken =
          (e instanceof SQLException s && isConnectionLost(s)) || (transaction && !rollback(c));
      throw e;
    } finally {
      if (transaction && !broken) {
        try {
          c.setAutoCommit(true);
        } catch (SQLException e) {
          broken = true;
        }
      }
      connections.release(c, broken);
    }
  }

  private static boolean rollback(Connection c) {
    try {
      c.rollback();
      return true;
    } catch (SQLException e) {
      return false;
    }
  }

  /** Whether the error, or one chained to it, is a unique-key violation. */
  public boolean isUniqueViolation(SQLException e) {
    for (SQLException s = e; s != null; s = s.getNextException()) {
      if (dialect.isUniqueViolation(s)
          || (s.getCause() instanceof SQLException c && dialect.isUniqueViolation(c))) {
        return true;
      }
    }
    return false;
  }

  public boolean isConnectionLost(SQLException e) {
    for (SQLException s = e; s != null; s = s.getNextException()) {
      if (dialect.isConnectionLost(s)
          || (s.getCause() instanceof SQLException c && dialect.isConnectionLost(c))) {
        return true;
      }
    }
    return false;
  }

  /** The port error for a driver error: what failed, never a value or the URL. */
  public PortException failure(String what, SQLException e) {
    String why =
        isConnectionLost(e)
            ? "the connection to the database was lost; nothing was half-written, retry"
            : "the database refused it (SQLState " + e.getSQLState() + ")";
    return new PortException(location, what + ": " + why, e);
  }

  @Override
  public void close() {
    connections.close();
  }
}
