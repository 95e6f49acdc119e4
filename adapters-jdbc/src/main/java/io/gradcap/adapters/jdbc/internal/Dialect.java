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
  H2("h2", "FETCH FIRST ? ROWS ONLY", 100),
  POSTGRESQL("postgresql", "LIMIT ?", 100),
  MARIADB("mariadb", "LIMIT ?", 100);

  /**
   * The most payload bytes one multi-row INSERT carries: MariaDB refuses a statement larger than
   * its {@code max_allowed_packet} (16 MiB by default), and its driver sends bytes escaped.
   */
  private static final int INSERT_CHUNK_BYTES = 1 << 20;

  private final String folder;
  private final String rowLimit;
  private final int insertChunkRows;

  Dialect(String folder, String rowLimit, int insertChunkRows) {
    this.folder = folder;
    this.rowLimit = rowLimit;
    this.insertChunkRows = insertChunkRows;
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
    throw new IllegalArgumentException(
        "unsupported database \""
            + productName
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
   * The most rows one INSERT statement carries. One statement of many rows costs far less than as
   * many one-row statements: H2 runs a JDBC batch row by row, and a server answers every statement.
   */
  public int insertChunkRows() {
    return insertChunkRows;
  }

  /**
   * The most payload bytes one INSERT statement carries; a larger payload goes in a statement
   * alone.
   */
  public int insertChunkBytes() {
    return INSERT_CHUNK_BYTES;
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
