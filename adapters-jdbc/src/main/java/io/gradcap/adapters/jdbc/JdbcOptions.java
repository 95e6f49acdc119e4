package io.gradcap.adapters.jdbc;

import java.util.Objects;

/**
 * Where in the database the adapter keeps its tables, and its size limits. Pass it as a {@link
 * io.gradcap.spi.Location} attachment or to the {@code open} methods.
 *
 * @param schema the schema (MySQL: database) for the adapter's tables; empty for the connection's
 *     default. Created if missing (when migrating). Checked with {@link SqlIdentifiers#schema}
 * @param tablePrefix put before every table name, so the tables sit beside the host's own; may be
 *     empty. Checked with {@link SqlIdentifiers#tablePrefix}
 * @param maxPayloadBytes the largest event payload accepted
 * @param maxEvidenceBytes the largest evidence file accepted
 * @param openMode what opening may do to the database: migrate (the default), only validate the
 *     tables, or validate and refuse every write; see {@link OpenMode}
 */
public record JdbcOptions(
    String schema,
    String tablePrefix,
    int maxPayloadBytes,
    int maxEvidenceBytes,
    OpenMode openMode) {

  public static final String DEFAULT_TABLE_PREFIX = "gradcap_";
  public static final int DEFAULT_MAX_PAYLOAD_BYTES = 1 << 20;
  public static final int DEFAULT_MAX_EVIDENCE_BYTES = 32 << 20;

  public JdbcOptions {
    schema = schema.isEmpty() ? "" : SqlIdentifiers.schema(schema);
    tablePrefix = SqlIdentifiers.tablePrefix(tablePrefix);
    if (maxPayloadBytes < 2 || maxEvidenceBytes < 0) {
      throw new IllegalArgumentException("size limits must be positive");
    }
    Objects.requireNonNull(openMode, "openMode");
  }

  /** Options that migrate on open, as before there was a choice. */
  public JdbcOptions(String schema, String tablePrefix, int maxPayloadBytes, int maxEvidenceBytes) {
    this(schema, tablePrefix, maxPayloadBytes, maxEvidenceBytes, OpenMode.MIGRATE);
  }

  /**
   * The connection's default schema, tables prefixed {@code gradcap_}, 1 MiB payloads, 32 MiB
   * files, tables created or migrated on open.
   */
  public static JdbcOptions defaults() {
    return new JdbcOptions(
        "", DEFAULT_TABLE_PREFIX, DEFAULT_MAX_PAYLOAD_BYTES, DEFAULT_MAX_EVIDENCE_BYTES);
  }

  public JdbcOptions withSchema(String schema) {
    return new JdbcOptions(schema, tablePrefix, maxPayloadBytes, maxEvidenceBytes, openMode);
  }

  public JdbcOptions withTablePrefix(String tablePrefix) {
    return new JdbcOptions(schema, tablePrefix, maxPayloadBytes, maxEvidenceBytes, openMode);
  }

  public JdbcOptions withMaxPayloadBytes(int maxPayloadBytes) {
    return new JdbcOptions(schema, tablePrefix, maxPayloadBytes, maxEvidenceBytes, openMode);
  }

  public JdbcOptions withMaxEvidenceBytes(int maxEvidenceBytes) {
    return new JdbcOptions(schema, tablePrefix, maxPayloadBytes, maxEvidenceBytes, openMode);
  }

  /** The same options with another {@link OpenMode}. */
  public JdbcOptions withOpenMode(OpenMode openMode) {
    return new JdbcOptions(schema, tablePrefix, maxPayloadBytes, maxEvidenceBytes, openMode);
  }

  /**
   * The same options, opening read-only: nothing created, migrated or written; see {@link
   * OpenMode#READ_ONLY}.
   */
  public JdbcOptions readOnly() {
    return withOpenMode(OpenMode.READ_ONLY);
  }
}
