package io.gradcap.adapters.jdbc;

import io.gradcap.adapters.jdbc.internal.Database;
import io.gradcap.spi.evidence.EvidenceCorruptedException;
import io.gradcap.spi.evidence.EvidenceEntry;
import io.gradcap.spi.evidence.EvidenceFile;
import io.gradcap.spi.evidence.EvidenceMetadata;
import io.gradcap.spi.evidence.EvidenceVault;
import io.gradcap.spi.evidence.Sha256;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.Properties;
import javax.sql.DataSource;

/**
 * The evidence vault on H2, PostgreSQL or MariaDB/MySQL: one row per distinct content, keyed by its
 * SHA-256, checked against it on every read. It shares the event store's schema and tables prefix,
 * and its Flyway history.
 */
public final class JdbcEvidenceVault implements EvidenceVault {

  private static final String ENTRY_COLUMNS =
      "sha256, size, kind, file_name, media_type, pages, uploaded_by, uploaded_at";

  private final Database db;
  private final int maxContentBytes;
  private final String insert;
  private final String describe;
  private final String get;

  private JdbcEvidenceVault(Database db, JdbcOptions options) {
    this.db = db;
    this.maxContentBytes = options.maxEvidenceBytes();
    String table = db.table("evidence");
    insert =
        "INSERT INTO "
            + table
            + " ("
            + ENTRY_COLUMNS
            + ", content) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";
    describe = "SELECT " + ENTRY_COLUMNS + " FROM " + table + " WHERE sha256 = ?";
    get = "SELECT " + ENTRY_COLUMNS + ", content FROM " + table + " WHERE sha256 = ?";
  }

  /** Opens the vault on the host's data source, which stays the host's. */
  public static JdbcEvidenceVault open(DataSource dataSource, JdbcOptions options) {
    return new JdbcEvidenceVault(Databases.open(dataSource, options), options);
  }

  /** Opens the vault on a JDBC URL with the driver's connection properties. */
  public static JdbcEvidenceVault open(String jdbcUrl, Properties properties, JdbcOptions options) {
    return new JdbcEvidenceVault(Databases.open(jdbcUrl, properties, options), options);
  }

  @Override
  public EvidenceEntry put(byte[] content, EvidenceMetadata metadata) {
    if (content.length > maxContentBytes) {
      throw new IllegalArgumentException(
          "evidence file \""
              + metadata.fileName()
              + "\" has "
              + content.length
              + " bytes, more than the "
              + maxContentBytes
              + " this vault accepts");
    }
    Sha256 sha256 = Sha256.of(content);
    Optional<EvidenceEntry> existing = describe(sha256);
    if (existing.isPresent()) {
      return existing.get();
    }
    EvidenceEntry entry = new EvidenceEntry(sha256, content.length, metadata);
    try {
      db.inTransaction(
          c -> {
            try (PreparedStatement s = c.prepareStatement(insert)) {
              s.setString(1, sha256.hex());
              s.setLong(2, content.length);
              s.setString(3, metadata.kind());
              s.setString(4, metadata.fileName());
              s.setString(5, metadata.mediaType());
              s.setInt(6, metadata.pages());
              s.setString(7, metadata.uploadedBy());
              s.setLong(8, JdbcEventStore.micros(metadata.uploadedAt()));
              s.setBytes(9, content);
              return s.executeUpdate();
            }
          });
      return entry;
    } catch (SQLException e) {
      if (db.isUniqueViolation(e)) {
        // stored meanwhile by another writer: the first one's metadata stands
        return describe(sha256).orElseThrow(() -> db.failure("store evidence", e));
      }
      throw db.failure("store evidence", e);
    }
  }

  @Override
  public Optional<EvidenceFile> get(Sha256 sha256) {
    try {
      return db.read(
          c -> {
            try (PreparedStatement s = c.prepareStatement(get)) {
              s.setString(1, sha256.hex());
              try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                  return Optional.<EvidenceFile>empty();
                }
                EvidenceEntry entry = entry(r);
                byte[] content = r.getBytes(9);
                Sha256 actual = Sha256.of(content);
                if (!actual.equals(sha256) || content.length != entry.size()) {
                  throw new EvidenceCorruptedException(db.location(), sha256, actual);
                }
                return Optional.of(new EvidenceFile(entry, content));
              }
            }
          });
    } catch (SQLException e) {
      throw db.failure("read evidence", e);
    }
  }

  @Override
  public Optional<EvidenceEntry> describe(Sha256 sha256) {
    try {
      return db.read(c -> find(c, sha256));
    } catch (SQLException e) {
      throw db.failure("read evidence", e);
    }
  }

  private Optional<EvidenceEntry> find(Connection c, Sha256 sha256) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(describe)) {
      s.setString(1, sha256.hex());
      try (ResultSet r = s.executeQuery()) {
        return r.next() ? Optional.of(entry(r)) : Optional.empty();
      }
    }
  }

  private static EvidenceEntry entry(ResultSet r) throws SQLException {
    return new EvidenceEntry(
        Sha256.parse(r.getString(1)),
        r.getLong(2),
        new EvidenceMetadata(
            r.getString(3),
            r.getString(4),
            r.getString(5),
            r.getInt(6),
            r.getString(7),
            JdbcEventStore.instant(r.getLong(8))));
  }

  @Override
  public int maxContentBytes() {
    return maxContentBytes;
  }

  @Override
  public void close() {
    db.close();
  }

  @Override
  public String toString() {
    return "JdbcEvidenceVault[" + db.location() + "]";
  }
}
