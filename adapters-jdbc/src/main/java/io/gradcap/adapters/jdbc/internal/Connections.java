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

  private final DataSource dataSource;
  private final String url;
  private final Properties properties;
  private final Deque<Connection> idle = new ArrayDeque<>();
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

  /** A connection in auto-commit mode. */
  public Connection get() throws SQLException {
    if (dataSource != null) {
      return dataSource.getConnection();
    }
    while (true) {
      Connection c;
      synchronized (this) {
        if (closed) {
          throw new SQLException("the store is closed", "08003");
        }
        c = idle.pollFirst();
      }
      if (c == null) {
        return DriverManager.getConnection(url, properties);
      }
      if (c.isValid(2)) {
        return c;
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
        idle.addFirst(c);
        return;
      }
    }
    closeQuietly(c);
  }

  @Override
  public void close() {
    synchronized (this) {
      closed = true;
      idle.forEach(Connections::closeQuietly);
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
