package io.gradcap.adapters.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gradcap.adapters.jdbc.internal.Dialect;
import io.gradcap.spi.Location;
import io.gradcap.spi.PortException;
import io.gradcap.spi.event.AppendRequest;
import io.gradcap.spi.event.EventStore;
import io.gradcap.spi.event.EventStoreProvider;
import io.gradcap.spi.event.NewEvent;
import io.gradcap.spi.event.Snapshot;
import io.gradcap.spi.event.StoredEvent;
import io.gradcap.spi.evidence.EvidenceMetadata;
import io.gradcap.spi.evidence.EvidenceVault;
import io.gradcap.spi.evidence.EvidenceVaultProvider;
import io.gradcap.spi.evidence.Sha256;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import java.util.ServiceLoader;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcConnectionPool;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The adapter on the embedded default: an H2 file database. */
class JdbcH2Test {

  private static final Instant T0 = Instant.parse("2024-03-01T08:00:00Z");

  @TempDir Path dir;

  private String fileUrl() {
    return "jdbc:h2:" + dir.resolve("campaign").toAbsolutePath();
  }

  @Test
  void events_and_snapshots_survive_closing_and_reopening_the_file_database() {
    NewEvent imported = NewEvent.of("record.imported", "{\"name\":\"李四\"}", "t-01", T0);
    try (EventStore store =
        JdbcEventStore.open(fileUrl(), new Properties(), JdbcOptions.defaults())) {
      store.append(AppendRequest.of("student:2021010101", 0, "k-1", imported));
      store.saveSnapshot(
          new Snapshot("campaign:2024", "state/1", 1, "{}".getBytes(StandardCharsets.UTF_8), T0));
    }
    try (EventStore store =
        JdbcEventStore.open(fileUrl(), new Properties(), JdbcOptions.defaults())) {
      assertThat(store.readStream("student:2021010101", 1))
          .extracting(StoredEvent::toNewEvent)
          .containsExactly(imported);
      assertThat(store.latestSnapshot("campaign:2024")).map(Snapshot::position).contains(1L);
      // the same request after reopening is still recognised
      assertThat(
              store
                  .append(AppendRequest.of("student:2021010101", 0, "k-1", imported))
                  .lastVersion())
          .isEqualTo(1);
      assertThat(store.headPosition()).isEqualTo(1);
    }
  }

  @Test
  void the_tables_live_beside_the_hosts_own_in_a_schema_of_their_own_with_their_own_history()
      throws SQLException {
    String url = fileUrl();
    try (Connection c = DriverManager.getConnection(url);
        Statement s = c.createStatement()) {
      s.execute("CREATE TABLE students (id INT PRIMARY KEY, name VARCHAR(50))");
      s.execute("INSERT INTO students VALUES (1, '王五')");
      s.execute("CREATE TABLE flyway_schema_history (installed_rank INT)");
    }
    JdbcOptions options = JdbcOptions.defaults().withSchema("registry").withTablePrefix("gc_");
    try (EventStore store = JdbcEventStore.open(url, new Properties(), options)) {
      store.append(AppendRequest.of("s", 0, "k", NewEvent.of("t", "{}", "a", T0)));
    }
    try (Connection c = DriverManager.getConnection(url);
        Statement s = c.createStatement()) {
      try (ResultSet r = s.executeQuery("SELECT name FROM students")) {
        assertThat(r.next()).isTrue();
        assertThat(r.getString(1)).isEqualTo("王五");
      }
      try (ResultSet r = s.executeQuery("SELECT COUNT(*) FROM flyway_schema_history")) {
        r.next();
        assertThat(r.getInt(1)).as("the host's migration history is untouched").isZero();
      }
      try (ResultSet r = s.executeQuery("SELECT COUNT(*) FROM registry.gc_events")) {
        r.next();
        assertThat(r.getInt(1)).isEqualTo(1);
      }
      try (ResultSet r = s.executeQuery("SELECT COUNT(*) FROM registry.gc_schema_history")) {
        r.next();
        assertThat(r.getInt(1)).isPositive();
      }
    }
  }

  @Test
  void two_prefixes_in_one_database_are_two_separate_stores() {
    String url = "jdbc:h2:mem:prefixes;DB_CLOSE_DELAY=-1";
    try (EventStore a =
            JdbcEventStore.open(
                url, new Properties(), JdbcOptions.defaults().withTablePrefix("a_"));
        EventStore b =
            JdbcEventStore.open(
                url, new Properties(), JdbcOptions.defaults().withTablePrefix("b_"))) {
      a.append(AppendRequest.of("s", 0, "k", NewEvent.of("t", "{}", "a", T0)));
      assertThat(b.headPosition()).isZero();
      assertThat(
              b.append(AppendRequest.of("s", 0, "k", NewEvent.of("t", "[]", "a", T0)))
                  .lastVersion())
          .isEqualTo(1);
    }
  }

  @Test
  void the_providers_open_a_store_and_a_vault_from_a_url_or_the_hosts_data_source() {
    JdbcConnectionPool hostPool =
        JdbcConnectionPool.create("jdbc:h2:mem:host;DB_CLOSE_DELAY=-1", "sa", "");
    Location withDataSource = Location.of("host:registry", javax.sql.DataSource.class, hostPool);

    List<EventStoreProvider> stores =
        ServiceLoader.load(EventStoreProvider.class).stream()
            .map(ServiceLoader.Provider::get)
            .toList();
    assertThat(stores).singleElement().isInstanceOf(JdbcEventStoreProvider.class);
    EventStoreProvider provider = stores.get(0);
    assertThat(provider.name()).isEqualTo("jdbc");
    assertThat(provider.supports(withDataSource)).isTrue();
    assertThat(provider.supports(Location.of(fileUrl()))).isTrue();
    assertThat(provider.supports(Location.of("jdbc:postgresql://db/registry"))).isTrue();
    assertThat(provider.supports(Location.of("roster.xlsx"))).isFalse();
    assertThat(provider.supports(Location.of("jdbc:sqlserver://db"))).isFalse();

    try (EventStore store = provider.open(withDataSource)) {
      store.append(AppendRequest.of("s", 0, "k", NewEvent.of("t", "{}", "a", T0)));
    }
    try (EventStore again = provider.open(withDataSource)) {
      assertThat(again.streamVersion("s")).as("the host's pool stayed open").isEqualTo(1);
    }
    hostPool.dispose();

    EvidenceVaultProvider vaults =
        ServiceLoader.load(EvidenceVaultProvider.class).findFirst().orElseThrow();
    Location url =
        new Location(
            fileUrl(),
            java.util.Map.of(JdbcOptions.class, JdbcOptions.defaults().withTablePrefix("ev_")));
    try (EvidenceVault vault = vaults.open(url)) {
      byte[] scan = "%PDF-1.7 身份证".getBytes(StandardCharsets.UTF_8);
      Sha256 hash =
          vault
              .put(
                  scan, new EvidenceMetadata("id-card", "身份证.pdf", "application/pdf", 1, "s-1", T0))
              .sha256();
      assertThat(vault.get(hash).orElseThrow().content()).isEqualTo(scan);
    }
  }

  @Test
  void a_database_made_by_the_first_schema_version_is_brought_up_to_date_and_keeps_its_events()
      throws SQLException {
    String url = fileUrl();
    Flyway.configure(getClass().getClassLoader())
        .locations(Dialect.H2.migrations())
        .table("GRADCAP_SCHEMA_HISTORY")
        .placeholders(java.util.Map.of("prefix", "gradcap_", "bare", "gradcap_"))
        .target("1")
        .dataSource(url, "", "")
        .load()
        .migrate();
    try (Connection c = DriverManager.getConnection(url);
        Statement s = c.createStatement()) {
      s.execute(
          "INSERT INTO gradcap_events (stream_id, version, type, payload, actor, recorded_at, idempotency_key)"
              + " VALUES ('s', 1, 't', X'7b7d', 'a', 0, 'k-1'), ('s', 2, 't', X'5b5d', 'a', 0, 'k-1')");
      s.execute("INSERT INTO gradcap_appends VALUES ('k-1', 's', 1, 2, X'00')");
    }
    try (EventStore store = JdbcEventStore.open(url, new Properties(), JdbcOptions.defaults())) {
      assertThat(store.readStream("s", 1))
          .extracting(StoredEvent::payloadText)
          .containsExactly("{}", "[]");
      long before = store.headPosition();
      store.append(
          new AppendRequest(
              "s",
              2,
              "k-2",
              List.of(NewEvent.of("t", "{}", "a", T0), NewEvent.of("t", "1", "a", T0))));
      List<StoredEvent> log = store.readAll(1, 10).events();
      assertThat(log).extracting(StoredEvent::version).containsExactly(1L, 2L, 3L, 4L);
      assertThat(log).extracting(StoredEvent::position).isSorted().doesNotHaveDuplicates();
      assertThat(log.get(2).position()).isGreaterThan(before);
    }
    try (Connection c = DriverManager.getConnection(url);
        Statement s = c.createStatement();
        ResultSet r =
            s.executeQuery(
                "SELECT IDENTITY_CACHE FROM INFORMATION_SCHEMA.COLUMNS"
                    + " WHERE TABLE_NAME = 'GRADCAP_EVENTS' AND COLUMN_NAME = 'POSITION'")) {
      assertThat(r.next()).isTrue();
      assertThat(r.getLong(1)).as("positions are reserved many at a time").isEqualTo(10_000);
    }
  }

  @Test
  void batches_around_the_statement_chunk_keep_versions_positions_and_payloads() {
    int chunk = Dialect.H2.insertChunkRows();
    int[] sizes = {1, chunk - 1, chunk, chunk + 1, 2 * chunk, 2 * chunk + 7};
    try (EventStore store =
        JdbcEventStore.open("jdbc:h2:mem:chunks", new Properties(), JdbcOptions.defaults())) {
      List<NewEvent> appended = new java.util.ArrayList<>();
      long version = 0;
      for (int b = 0; b < sizes.length; b++) {
        List<NewEvent> batch = new java.util.ArrayList<>();
        for (int i = 0; i < sizes[b]; i++) {
          batch.add(NewEvent.of("t", "{\"b\":" + b + ",\"i\":" + i + "}", "a", T0.plusMillis(i)));
        }
        assertThat(store.append(new AppendRequest("s", version, "k-" + b, batch)).lastVersion())
            .isEqualTo(version + sizes[b]);
        version += sizes[b];
        appended.addAll(batch);
      }
      List<StoredEvent> log = store.readAll(1, 10_000).events();
      assertThat(log).extracting(StoredEvent::toNewEvent).containsExactlyElementsOf(appended);
      assertThat(log)
          .extracting(StoredEvent::version)
          .containsExactlyElementsOf(
              java.util.stream.LongStream.rangeClosed(1, version).boxed().toList());
      assertThat(log).extracting(StoredEvent::position).isSorted().doesNotHaveDuplicates();
    }
  }

  @Test
  void an_unsupported_location_is_a_clear_error() {
    assertThatThrownBy(() -> new JdbcEventStoreProvider().open(Location.of("roster.xlsx")))
        .isInstanceOf(PortException.class)
        .hasMessageContaining("jdbc:h2:")
        .hasMessageContaining("DataSource");
  }

  @Test
  void an_unreachable_database_is_a_port_error_that_does_not_show_the_url() {
    Properties secret = new Properties();
    assertThatThrownBy(
            () ->
                JdbcEventStore.open(
                    "jdbc:postgresql://127.0.0.1:1/registry?password=hunter2",
                    secret,
                    JdbcOptions.defaults()))
        .isInstanceOf(PortException.class)
        .hasMessageNotContaining("hunter2");
  }
}
