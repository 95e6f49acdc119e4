package io.gradcap.adapters.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gradcap.spi.StoreRefusedException;
import io.gradcap.spi.StoreRefusedException.Reason;
import io.gradcap.spi.event.AppendRequest;
import io.gradcap.spi.event.EventStore;
import io.gradcap.spi.event.NewEvent;
import io.gradcap.spi.event.Snapshot;
import io.gradcap.spi.evidence.EvidenceMetadata;
import io.gradcap.spi.evidence.EvidenceVault;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * Opening without migrating, on each database: a database that is not a gradcap store is refused
 * and left as it was, a store at another version is refused, a read-only store reads and writes
 * nothing. Subclasses name the database; each test gets a database of its own.
 */
abstract class ReadOnlyChecks {

  static final Instant T0 = Instant.parse("2024-03-01T08:00:00Z");
  static final NewEvent IMPORTED = NewEvent.of("record.imported", "{\"name\":\"李四\"}", "t-01", T0);

  /** A fresh, empty database the test may use. */
  abstract String freshDatabase();

  static JdbcOptions readOnly() {
    return JdbcOptions.defaults().withOpenMode(OpenMode.READ_ONLY);
  }

  /** The host's own table with one row, as a database the adapter has never seen holds. */
  static String foreign(String url) throws SQLException {
    try (Connection c = Sql.connect(url);
        Statement s = c.createStatement()) {
      s.execute("CREATE TABLE students (id INT PRIMARY KEY, name VARCHAR(50))");
      s.execute("INSERT INTO students VALUES (1, 'wang')");
    }
    return url;
  }

  /** The database's tables and the host's rows, to compare before and after. */
  static List<String> contents(String url) throws SQLException {
    List<String> seen = new ArrayList<>();
    try (Connection c = Sql.connect(url)) {
      try (ResultSet r = c.getMetaData().getTables(c.getCatalog(), null, "%", null)) {
        while (r.next()) {
          String schema = String.valueOf(r.getString("TABLE_SCHEM")).toLowerCase(Locale.ROOT);
          if (!schema.equals("information_schema") && !schema.equals("pg_catalog")) {
            seen.add(schema + "." + r.getString("TABLE_NAME").toLowerCase(Locale.ROOT));
          }
        }
      }
      try (Statement s = c.createStatement();
          ResultSet r = s.executeQuery("SELECT id, name FROM students")) {
        while (r.next()) {
          seen.add(r.getInt(1) + "=" + r.getString(2));
        }
      }
    }
    return seen;
  }

  /** Flyway's history columns are lower case, which H2 keeps only when quoted. */
  static String history(String url, String sql) {
    if (!url.startsWith("jdbc:h2:")) {
      return sql;
    }
    for (String column :
        List.of(
            "installed_rank",
            "version",
            "description",
            "type",
            "script",
            "checksum",
            "installed_by",
            "installed_on",
            "execution_time",
            "success")) {
      sql = sql.replaceAll("\\b" + column + "\\b", "\"" + column + "\"");
    }
    return sql;
  }

  static void assertRefused(Runnable open, Reason reason) {
    assertThatThrownBy(open::run)
        .isInstanceOfSatisfying(
            StoreRefusedException.class, e -> assertThat(e.reason()).isEqualTo(reason));
  }

  @Test
  void a_database_that_is_not_a_store_is_refused_read_only_and_left_as_it_was()
      throws SQLException {
    String url = foreign(freshDatabase());
    List<String> before = contents(url);
    assertRefused(() -> JdbcEventStore.open(url, new Properties(), readOnly()), Reason.NOT_A_STORE);
    assertRefused(
        () -> JdbcEvidenceVault.open(url, new Properties(), readOnly()), Reason.NOT_A_STORE);
    assertThat(contents(url)).isEqualTo(before);
  }

  @Test
  void a_database_that_is_not_a_store_is_refused_by_validate_and_left_as_it_was()
      throws SQLException {
    String url = foreign(freshDatabase());
    List<String> before = contents(url);
    assertRefused(
        () ->
            JdbcEventStore.open(
                url, new Properties(), JdbcOptions.defaults().withOpenMode(OpenMode.VALIDATE)),
        Reason.NOT_A_STORE);
    assertThat(contents(url)).isEqualTo(before);
  }

  @Test
  void a_store_opened_read_only_reads_and_refuses_every_write() throws SQLException {
    String url = foreign(freshDatabase());
    try (EventStore store = JdbcEventStore.open(url, new Properties(), JdbcOptions.defaults())) {
      store.append(AppendRequest.of("student:2021010101", 0, "k-1", IMPORTED));
    }
    List<String> before = contents(url);
    try (EventStore store = JdbcEventStore.open(url, new Properties(), readOnly());
        EvidenceVault vault = JdbcEvidenceVault.open(url, new Properties(), readOnly())) {
      assertThat(store.readStream("student:2021010101", 1)).hasSize(1);
      assertRefused(
          () -> store.append(AppendRequest.of("student:2021010101", 1, "k-2", IMPORTED)),
          Reason.READ_ONLY);
      assertRefused(
          () -> store.saveSnapshot(new Snapshot("s", "f/1", 1, new byte[] {1}, T0)),
          Reason.READ_ONLY);
      assertRefused(
          () ->
              vault.put(
                  "%PDF".getBytes(StandardCharsets.US_ASCII),
                  new EvidenceMetadata("card", "a.pdf", "application/pdf", 1, "t-01", T0)),
          Reason.READ_ONLY);
      assertThat(store.headPosition()).isEqualTo(1);
    }
    assertThat(contents(url)).isEqualTo(before);
    assertThat(Sql.count(url, "SELECT COUNT(*) FROM gradcap_events")).isEqualTo(1);
  }

  @Test
  void a_store_opened_with_validate_takes_writes() {
    String url = freshDatabase();
    JdbcEventStore.open(url, new Properties(), JdbcOptions.defaults()).close();
    try (EventStore store =
        JdbcEventStore.open(
            url, new Properties(), JdbcOptions.defaults().withOpenMode(OpenMode.VALIDATE))) {
      assertThat(store.append(AppendRequest.of("s", 0, "k", IMPORTED)).lastVersion()).isEqualTo(1);
    }
  }

  @Test
  void a_store_missing_its_latest_migration_is_refused_and_not_migrated() {
    String url = freshDatabase();
    JdbcEventStore.open(url, new Properties(), JdbcOptions.defaults()).close();
    String latest =
        String.valueOf(
            Sql.count(url, history(url, "SELECT MAX(installed_rank) FROM gradcap_schema_history")));
    Sql.update(
        url, history(url, "DELETE FROM gradcap_schema_history WHERE installed_rank = " + latest));
    assertRefused(
        () -> JdbcEventStore.open(url, new Properties(), readOnly()), Reason.SCHEMA_MISMATCH);
    assertRefused(
        () ->
            JdbcEventStore.open(
                url, new Properties(), JdbcOptions.defaults().withOpenMode(OpenMode.VALIDATE)),
        Reason.SCHEMA_MISMATCH);
    assertThat(
            Sql.count(
                url,
                history(
                    url,
                    "SELECT COUNT(*) FROM gradcap_schema_history WHERE installed_rank = "
                        + latest)))
        .isZero();
  }

  @Test
  void a_store_made_by_a_newer_release_is_refused() {
    String url = freshDatabase();
    JdbcEventStore.open(url, new Properties(), JdbcOptions.defaults()).close();
    Sql.update(
        url,
        history(
            url,
            "INSERT INTO gradcap_schema_history (installed_rank, version, description, type,"
                + " script, checksum, installed_by, installed_on, execution_time, success)"
                + " VALUES (99, '99', 'later', 'SQL', 'V99__later.sql', 0, 'x', CURRENT_TIMESTAMP, 0, TRUE)"));
    assertThatThrownBy(() -> JdbcEventStore.open(url, new Properties(), readOnly()))
        .isInstanceOfSatisfying(
            StoreRefusedException.class,
            e -> {
              assertThat(e.reason()).isEqualTo(Reason.SCHEMA_MISMATCH);
              assertThat(e.subject()).isEqualTo("99");
            });
  }
}
