package io.gradcap.adapters.jdbc.internal;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Properties;
import javax.sql.DataSource;

/**
 * Where the adapter's connections come from: the host's own {@link DataSource} (the host owns the
 * pool), or a few connections the adapter opens itself from a JDBC URL and keeps for reuse. A
 * connection found broken is dropped, so a restarted server is reached again on the next call. A
 * URL passes {@link JdbcUrls}' allow-list first; read-only connections can create and change
 * nothing (see {@link JdbcUrls#checked}) and are marked read-only.
 */
public final class Connections implements AutoCloseable {

  private static final int MAX_IDLE = 8;

  /** A connection idle for longer than this is checked before reuse: the server may have gone. */
  private static final long CHECK_AFTER_NANOS = 500_000_000L;

  private record Idle(Connection connection, long since) {}

  private final DataSource dataSource;
  private final String url;
  private final Properties properties;
  private final boolean readOnly;
  private final Deque<Idle> idle = new ArrayDeque<>();
  private boolean closed;

  private Connections(DataSource dataSource, String url, Properties properties, boolean readOnly) {
    this.dataSource = dataSource;
    this.url = url;
    this.properties = properties;
    this.readOnly = readOnly;
  }

  /** Connections from the host's pool; closing them hands them back to it. */
  public static Connections of(DataSource dataSource) {
    return of(dataSource, false);
  }

  /**
   * Connections from the host's pool. Read-only here means the adapter writes nothing; the host's
   * connections are left as the host configured them.
   */
  public static Connections of(DataSource dataSource, boolean readOnly) {
    return new Connections(dataSource, null, null, readOnly);
  }

  /** Connections the adapter opens itself. */
  public static Connections open(String url, Properties properties) {
    return open(url, properties, false);
  }

  /**
   * Connections the adapter opens itself, to a URL and with properties that passed the allow-list.
   *
   * @throws io.gradcap.spi.StoreRefusedException for a setting not on the allow-list
   */
  public static Connections open(String url, Properties properties, boolean readOnly) {
    return open(url, properties, !readOnly, readOnly);
  }

  /**
   * Connections the adapter opens itself, to a URL and with properties that passed the allow-list.
   *
   * @param mayCreate whether connecting may create a missing database
   * @throws io.gradcap.spi.StoreRefusedException for a setting not on the allow-list
   */
  public static Connections open(
      String url, Properties properties, boolean mayCreate, boolean readOnly) {
    JdbcUrls.Target target = JdbcUrls.checked(url, properties, mayCreate, readOnly);
    return new Connections(null, target.url(), target.properties(), readOnly);
  }

  /** Whether the adapter may write nothing through these connections. */
  public boolean readOnly() {
    return readOnly;
  }

  /** The host's data source, or null when the adapter opens its own connections. */
  public DataSource dataSource() {
    return dataSource;
  }

  public String url() {
    return url;
  }

  public Properties properties() {
    Properties copy = new Properties();
    copy.putAll(properties);
    return copy;
  }

  /** A connection lent out, and whether it was used before (and so may have gone stale). */
  public record Lease(Connection connection, boolean reused) {}

  /** A connection in auto-commit mode. */
  public Lease lease() throws SQLException {
    if (dataSource != null) {
      return new Lease(dataSource.getConnection(), true);
    }
    while (true) {
      Idle i;
      synchronized (this) {
        if (closed) {
          throw new SQLException("the store is closed", "08003");
        }
        i = idle.pollFirst();
      }
      if (i == null) {
        Connection c = DriverManager.getConnection(url, properties);
        if (readOnly) {
          try {
            c.setReadOnly(true);
          } catch (SQLException e) {
            closeQuietly(c);
            throw e;
          }
        }
        return new Lease(c, false);
      }
      Connection c = i.connection();
      if (System.nanoTime() - i.since() < CHECK_AFTER_NANOS || c.isValid(2)) {
        return new Lease(c, true);
      }
      closeQuietly(c);
    }
  }

  /** Gives a connection back; a broken one is closed instead of kept. */
  public void release(Connection c, boolean broken) {
    if (dataSource != null || broken) {
      closeQuietly(c);
      return;
    }
    synchronized (this) {
      if (!closed && idle.size() < MAX_IDLE) {
        idle.addFirst(new Idle(c, System.nanoTime()));
        return;
      }
    }
    closeQuietly(c);
  }

  /** Closes every idle connection: after one was found dead, the others likely are too. */
  public void evictIdle() {
    synchronized (this) {
      idle.forEach(i -> closeQuietly(i.connection()));
      idle.clear();
    }
  }

  @Override
  public void close() {
    synchronized (this) {
      closed = true;
      idle.forEach(i -> closeQuietly(i.connection()));
      idle.clear();
    }
  }

  static void closeQuietly(Connection c) {
    try {
      c.close();
    } catch (SQLException e) {
      // already broken: nothing more to release
    }
  }
}
