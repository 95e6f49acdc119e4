package io.gradcap.adapters.jdbc.internal;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.Locale;

/**
 * Everything that differs between the supported databases, in one place. The SQL the adapter runs
 * is otherwise the same on all of them; column types and the append-only triggers live in the
 * per-dialect migration folders this class names.
 */
public enum Dialect {
  H2("h2", "FETCH FIRST ? ROWS ONLY"),
  POSTGRESQL("postgresql", "LIMIT ?"),
  MARIADB("mariadb", "LIMIT ?");

  private final String folder;
  private final String rowLimit;

  Dialect(String folder, String rowLimit) {
    this.folder = folder;
    this.rowLimit = rowLimit;
  }

  /**
   * The dialect of a database, from its JDBC product name; MySQL and the engines speaking its
   * protocol take the MariaDB dialect, those speaking PostgreSQL's take PostgreSQL's.
   */
  public static Dialect of(String productName) {
    String name = productName.toLowerCase(Locale.ROOT);
    if (name.contains("h2")) {
      return H2;
    }
    if (name.contains("postgres")) {
      return POSTGRESQL;
    }
    if (name.contains("mariadb") || name.contains("mysql")) {
      return MARIADB;
    }
    throw new IllegalArgumentException("unsupported database \"" + productName
        + "\": gradcap's JDBC adapter runs on H2, PostgreSQL and MariaDB/MySQL");
  }

  /** Flyway's location of this dialect's migrations (a folder name no Java package can have). */
  public String migrations() {
    return "classpath:io/gradcap/adapters/jdbc/sql-migrations/" + folder;
  }

  /**
   * An identifier as the database stores it when written unquoted, for the tools that quote
   * identifiers (Flyway): H2 folds them to upper case, PostgreSQL to lower case.
   */
  public String unquoted(String identifier) {
    return this == H2 ? identifier.toUpperCase(Locale.ROOT) : identifier.toLowerCase(Locale.ROOT);
  }

  /** The clause that limits a query's rows, with one parameter for the count. */
  public String rowLimit() {
    return rowLimit;
  }

  /**
   * Whether a transaction must ask for READ COMMITTED: an append checks the stream's version again
   * after taking the append lock, and must see what committed while it waited. H2 and PostgreSQL
   * default to it; MySQL-family servers default to REPEATABLE READ.
   */
  public boolean needsReadCommitted() {
    return this == MARIADB;
  }

  /** A second row with the same key: a unique or primary key constraint refused the insert. */
  public boolean isUniqueViolation(SQLException e) {
    String state = e.getSQLState();
    return switch (this) {
      case H2, POSTGRESQL -> "23505".equals(state);
      case MARIADB -> e.getErrorCode() == 1062;
    };
  }

  /**
   * The connection is gone (server restarted, connection killed, network cut): the statement's
   * transaction did not commit, and the connection must not be reused.
   */
  public boolean isConnectionLost(SQLException e) {
    if (e instanceof SQLNonTransientConnectionException
        || e instanceof SQLTransientConnectionException
        || e instanceof SQLRecoverableException) {
      return true;
    }
    String state = e.getSQLState();
    if (state == null) {
      return false;
    }
    if (state.startsWith("08")) {
      return true;
    }
    return switch (this) {
      // admin_shutdown, crash_shutdown, cannot_connect_now
      case POSTGRESQL -> state.startsWith("57P0");
      // 70100: query interrupted (connection killed)
      case MARIADB -> "70100".equals(state);
      // 90067: connection is broken
      case H2 -> e.getErrorCode() == 90067;
    };
  }
}
