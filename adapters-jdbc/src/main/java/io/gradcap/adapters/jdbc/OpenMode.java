package io.gradcap.adapters.jdbc;

/**
 * What opening a store or vault may do to the database. Give it with {@link
 * JdbcOptions#withOpenMode}.
 */
public enum OpenMode {

  /**
   * The default: create the adapter's tables if missing and bring them up to the version this
   * release expects (Flyway migrate, with the adapter's own history table).
   */
  MIGRATE,

  /**
   * Create and migrate nothing: check that the adapter's tables are there at exactly the version
   * this release expects, and refuse the open otherwise ({@link
   * io.gradcap.spi.StoreRefusedException}: {@code NOT_A_STORE} or {@code SCHEMA_MISMATCH}). Writes
   * are allowed. For hosts whose schema changes go through their own release process: run {@code
   * MIGRATE} once there, open with {@code VALIDATE} everywhere else. A URL the adapter opens itself
   * never creates a database ({@code NO_DATABASE}).
   */
  VALIDATE,

  /**
   * {@link #VALIDATE}, and every write is refused ({@code READ_ONLY}). A URL the adapter opens
   * itself never creates a database: H2 opens the file with {@code IFEXISTS=TRUE} and {@code
   * ACCESS_MODE_DATA=r}, so a missing database is refused ({@code NO_DATABASE}) and an existing
   * file stays byte for byte unchanged; PostgreSQL sessions are read-only ({@code
   * readOnlyMode=always}). For reading commands such as progress reports.
   */
  READ_ONLY;

  /** Whether the open checks the tables instead of creating or migrating them. */
  public boolean validatesOnly() {
    return this != MIGRATE;
  }
}
