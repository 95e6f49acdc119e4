package io.gradcap.adapters.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gradcap.spi.PortException;
import io.gradcap.spi.StoreRefusedException;
import io.gradcap.spi.StoreRefusedException.Reason;
import io.gradcap.spi.event.AppendRequest;
import io.gradcap.spi.event.EventStore;
import io.gradcap.spi.evidence.Sha256;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.h2.jdbcx.JdbcConnectionPool;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opening without migrating on H2: the checks every database passes, and a file left byte for byte
 * as it was.
 */
class ReadOnlyH2Test extends ReadOnlyChecks {

  private static final AtomicInteger DATABASES = new AtomicInteger();

  @TempDir Path dir;

  @Override
  String freshDatabase() {
    return "jdbc:h2:" + dir.resolve("db" + DATABASES.incrementAndGet()).toAbsolutePath();
  }

  /** Every file in the folder by name, with the SHA-256 of its bytes. */
  private Map<String, String> files() throws IOException {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> all = Files.list(dir)) {
      for (Path p : all.toList()) {
        files.put(p.getFileName().toString(), Sha256.of(Files.readAllBytes(p)).hex());
      }
    }
    return files;
  }

  @Test
  void a_foreign_h2_file_opened_read_only_is_left_byte_for_byte_and_no_file_appears_beside_it()
      throws SQLException, IOException {
    String url = foreign(freshDatabase());
    Map<String, String> before = files();
    assertRefused(() -> JdbcEventStore.open(url, new Properties(), readOnly()), Reason.NOT_A_STORE);
    assertThat(files()).isEqualTo(before);
  }

  @Test
  void a_gradcap_h2_file_read_read_only_is_left_byte_for_byte() throws IOException {
    String url = freshDatabase();
    try (EventStore store = JdbcEventStore.open(url, new Properties(), JdbcOptions.defaults())) {
      store.append(AppendRequest.of("student:2021010101", 0, "k-1", IMPORTED));
    }
    Map<String, String> before = files();
    try (EventStore store = JdbcEventStore.open(url, new Properties(), readOnly())) {
      assertThat(store.readAll(1, 10).events()).hasSize(1);
      assertRefused(
          () -> store.append(AppendRequest.of("student:2021010101", 1, "k-2", IMPORTED)),
          Reason.READ_ONLY);
    }
    assertThat(files()).isEqualTo(before);
  }

  @Test
  void a_missing_h2_file_in_any_url_form_is_refused_and_not_created() throws IOException {
    String name = "gradcap-missing-" + UUID.randomUUID();
    Path cwd = Path.of("").toAbsolutePath();
    Path home = Path.of(System.getProperty("user.home"));
    for (String url :
        new String[] {
          "jdbc:h2:" + dir.resolve(name),
          "jdbc:h2:file:" + dir.resolve(name),
          "jdbc:h2:./" + name,
          "jdbc:h2:~/" + name,
          "jdbc:h2:file:./" + name,
          "jdbc:h2:./" + name + ";IFEXISTS=FALSE"
        }) {
      assertThatThrownBy(() -> JdbcEventStore.open(url, new Properties(), readOnly()))
          .as(url)
          .isInstanceOfSatisfying(
              StoreRefusedException.class,
              e -> assertThat(e.reason()).isEqualTo(Reason.NO_DATABASE));
    }
    // H2 refuses a path relative to the working directory without ./ whatever the mode.
    assertThatThrownBy(() -> JdbcEventStore.open("jdbc:h2:" + name, new Properties(), readOnly()))
        .isInstanceOf(PortException.class)
        .isNotInstanceOf(StoreRefusedException.class);
    for (Path folder : new Path[] {dir, cwd, home}) {
      try (Stream<Path> all = Files.list(folder)) {
        assertThat(all.map(p -> p.getFileName().toString())).noneMatch(f -> f.startsWith(name));
      }
    }
  }

  @Test
  void a_missing_h2_file_opened_with_validate_is_refused_and_not_created() throws IOException {
    String url = "jdbc:h2:" + dir.resolve("missing").toAbsolutePath();
    assertRefused(
        () ->
            JdbcEventStore.open(
                url, new Properties(), JdbcOptions.defaults().withOpenMode(OpenMode.VALIDATE)),
        Reason.NO_DATABASE);
    assertThat(files()).isEmpty();
  }

  @Test
  void a_path_relative_without_dot_slash_is_refused_without_repeating_the_url() {
    assertThatThrownBy(
            () ->
                JdbcEventStore.open(
                    "jdbc:h2:campaign;PASSWORD=secret", new Properties(), readOnly()))
        .isInstanceOf(PortException.class)
        .hasMessageContaining("./")
        .hasMessageNotContaining("secret");
  }

  @Test
  void a_missing_in_memory_database_is_refused_read_only() {
    assertRefused(
        () -> JdbcEventStore.open("jdbc:h2:mem:never-made", new Properties(), readOnly()),
        Reason.NO_DATABASE);
  }

  @Test
  void an_init_setting_runs_nothing_whatever_the_mode() {
    Path written = dir.resolve("written.txt");
    String url =
        "jdbc:h2:mem:init;INIT=CALL FILE_WRITE('6F776E6564', '" + written.toAbsolutePath() + "')";
    for (OpenMode mode : OpenMode.values()) {
      assertThatThrownBy(
              () ->
                  JdbcEventStore.open(
                      url, new Properties(), JdbcOptions.defaults().withOpenMode(mode)))
          .isInstanceOfSatisfying(
              StoreRefusedException.class,
              e -> {
                assertThat(e.reason()).isEqualTo(Reason.UNSAFE_SETTING);
                assertThat(e.subject()).isEqualTo("INIT");
              });
    }
    assertThat(written).doesNotExist();
  }

  @Test
  void a_hosts_data_source_opened_with_validate_gets_no_tables_in_a_foreign_database()
      throws SQLException {
    String url = foreign(freshDatabase());
    JdbcConnectionPool pool = JdbcConnectionPool.create(url, "", "");
    try {
      assertRefused(
          () -> JdbcEventStore.open(pool, JdbcOptions.defaults().withOpenMode(OpenMode.VALIDATE)),
          Reason.NOT_A_STORE);
      assertThat(contents(url)).noneMatch(t -> t.contains("gradcap_"));
    } finally {
      pool.dispose();
    }
  }
}
