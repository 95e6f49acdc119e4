package io.gradcap.adapters.jdbc.internal;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Properties;
import javax.sql.DataSource;

/**
 * Where the adapter's connections come from: the host's own {@link DataSource} (the host owns
 * the pool), or a few connections the adapter opens itself from a JDBC URL and keeps for reuse.
 * A connection found broken is dropped, so a restarted server is reached again on the next call.
 */
public final class Connections implements AutoCloseable {

  private static final int MAX_IDLE = 8;

  /** A connection idle for longer than this is checked before reuse: the server may have gone. */
  private static final long CHECK_AFTER_NANOS = 500_000_000L;

  private record Idle(Connection connection, long since) {}

  private final DataSource dataSource;
  private final String url;
  private final Properties properties;
  private final Deque<Idle> idle = new ArrayDeque<>();
  private boolean closed;

  private Connections(DataSource dataSource, String url, Properties properties) {
    this.dataSource = dataSource;
    this.url = url;
    this.properties = properties;
  }

  /** Connections from the host's pool; closing them hands them back to it. */
  public static Connections of(DataSource dataSource) {
    return new Connections(dataSource, null, null);
  }

  /** Connections the adapter opens itself. */
  public static Connections open(String url, Properties properties) {
    Properties copy = new Properties();
    copy.putAll(properties);
    return new Connections(null, url, copy);
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
        return new Lease(DriverManager.getConnection(url, properties), false);
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
