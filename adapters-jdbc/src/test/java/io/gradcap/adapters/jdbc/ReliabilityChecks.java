package io.gradcap.adapters.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gradcap.spi.event.AppendRequest;
import io.gradcap.spi.event.AppendResult;
import io.gradcap.spi.event.NewEvent;
import io.gradcap.spi.event.StoredEvent;
import io.gradcap.spi.event.VersionConflictException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * What the adapter must survive on each database: many writers on the same streams, the database
 * refusing to rewrite history, and bad input. Subclasses name the database.
 */
abstract class ReliabilityChecks {

  static final Instant T0 = Instant.parse("2024-03-01T08:00:00Z");
  private static final AtomicInteger PREFIXES = new AtomicInteger();
  private static final Pattern PAYLOAD = Pattern.compile("\\{\"w\":(\\d+),\"i\":(\\d+)}");

  /** A JDBC URL of a database the test may use; tables are kept apart by prefix. */
  abstract String url();

  /** How many appends each of the 8 writers makes. */
  abstract int appendsPerWriter();

  static String freshPrefix() {
    return "r" + PREFIXES.incrementAndGet() + "_";
  }

  JdbcEventStore open(String prefix) {
    return JdbcEventStore.open(
        url(), new Properties(), JdbcOptions.defaults().withTablePrefix(prefix));
  }

  @Test
  void eight_writers_on_shared_streams_lose_duplicate_and_reorder_nothing() throws Exception {
    int writers = 8;
    int appends = appendsPerWriter();
    int streams = 16;
    String prefix = freshPrefix();
    AtomicInteger conflicts = new AtomicInteger();
    AtomicInteger retriedAfterSuccess = new AtomicInteger();
    try (JdbcEventStore store = open(prefix)) {
      ExecutorService pool = Executors.newFixedThreadPool(writers);
      List<Future<?>> done = new ArrayList<>();
      for (int w = 0; w < writers; w++) {
        int writer = w;
        done.add(
            pool.submit(
                () -> {
                  Map<String, Long> known = new HashMap<>();
                  for (int i = 0; i < appends; i++) {
                    String stream = "student:" + ((i * 7 + writer) % streams);
                    NewEvent event =
                        NewEvent.of(
                            "t", "{\"w\":" + writer + ",\"i\":" + i + "}", "w" + writer, T0);
                    String key = writer + "-" + i;
                    while (true) {
                      long expected = known.getOrDefault(stream, 0L);
                      AppendRequest request =
                          new AppendRequest(stream, expected, key, List.of(event));
                      try {
                        AppendResult result = store.append(request);
                        known.put(stream, result.lastVersion());
                        if (i % 50 == 0) {
                          // the answer was "lost": the same request again must land once and answer
                          // alike
                          assertThat(store.append(request)).isEqualTo(result);
                          retriedAfterSuccess.incrementAndGet();
                        }
                        break;
                      } catch (VersionConflictException e) {
                        assertThat(e.streamId()).isEqualTo(stream);
                        assertThat(e.expectedVersion()).isEqualTo(expected);
                        assertThat(e.actualVersion()).isGreaterThan(expected);
                        conflicts.incrementAndGet();
                        known.put(stream, e.actualVersion());
                      }
                    }
                  }
                  return null;
                }));
      }
      pool.shutdown();
      assertThat(pool.awaitTermination(10, TimeUnit.MINUTES)).isTrue();
      for (Future<?> f : done) {
        f.get();
      }

      List<StoredEvent> all = new ArrayList<>();
      store.replay(1, all::add);
      assertThat(all).hasSize(writers * appends);
      assertThat(all).extracting(StoredEvent::position).isSorted().doesNotHaveDuplicates();
      Set<String> payloads = new HashSet<>();
      all.forEach(e -> payloads.add(e.payloadText()));
      assertThat(payloads).as("no event lost or duplicated").hasSize(writers * appends);
      int total = 0;
      for (int s = 0; s < streams; s++) {
        List<StoredEvent> stream = store.readStream("student:" + s, 1);
        total += stream.size();
        int[] lastOfWriter = new int[writers];
        java.util.Arrays.fill(lastOfWriter, -1);
        for (int v = 0; v < stream.size(); v++) {
          StoredEvent e = stream.get(v);
          assertThat(e.version()).isEqualTo(v + 1);
          Matcher m = PAYLOAD.matcher(e.payloadText());
          assertThat(m.matches()).isTrue();
          int writer = Integer.parseInt(m.group(1));
          int i = Integer.parseInt(m.group(2));
          assertThat(i)
              .as("a writer's events keep their order")
              .isGreaterThan(lastOfWriter[writer]);
          lastOfWriter[writer] = i;
        }
      }
      assertThat(total).isEqualTo(writers * appends);
      assertThat(conflicts.get()).as("writers did collide").isPositive();
      assertThat(retriedAfterSuccess.get()).isPositive();
    }
  }

  @Test
  void the_database_itself_refuses_to_update_or_delete_events() throws SQLException {
    String prefix = freshPrefix();
    try (JdbcEventStore store = open(prefix)) {
      store.append(AppendRequest.of("s", 0, "k", NewEvent.of("t", "{\"a\":1}", "a", T0)));
      try (Connection c = Sql.connect(url());
          Statement s = c.createStatement()) {
        assertThatThrownBy(
                () -> s.executeUpdate("UPDATE " + prefix + "events SET actor = 'mallory'"))
            .isInstanceOf(SQLException.class)
            .hasMessageContaining("append-only");
        assertThatThrownBy(() -> s.executeUpdate("DELETE FROM " + prefix + "events"))
            .isInstanceOf(SQLException.class)
            .hasMessageContaining("append-only");
        assertThatThrownBy(() -> s.executeUpdate("DELETE FROM " + prefix + "appends"))
            .isInstanceOf(SQLException.class)
            .hasMessageContaining("append-only");
      }
      assertThat(store.readStream("s", 1))
          .singleElement()
          .satisfies(e -> assertThat(e.actor()).isEqualTo("a"));
    }
  }

  @Test
  void bad_input_is_refused_with_a_clear_error_and_nothing_is_stored() {
    String prefix = freshPrefix();
    try (JdbcEventStore store = open(prefix)) {
      NewEvent ok = NewEvent.of("t", "{}", "a", T0);
      NewEvent big = NewEvent.of("t", "\"" + "x".repeat(store.maxPayloadBytes()) + "\"", "a", T0);
      assertThatThrownBy(() -> store.append(new AppendRequest("s", 0, "k", List.of(ok, ok, big))))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("bytes, more than the");
      assertThatThrownBy(() -> NewEvent.of("t", "{\"name\": 张三}", "a", T0))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("not JSON");
      assertThatThrownBy(() -> new AppendRequest("s".repeat(201), 0, "k", List.of(ok)))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("stream id");
      assertThat(store.headPosition()).isZero();
      assertThat(Sql.count(url(), "SELECT COUNT(*) FROM " + prefix + "appends")).isZero();
    }
    assertThatThrownBy(
            () ->
                JdbcEventStore.open(
                    url(),
                    new Properties(),
                    JdbcOptions.defaults().withTablePrefix("x;drop table y")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("table prefix");
    assertThatThrownBy(
            () ->
                JdbcEventStore.open(
                    url(), new Properties(), JdbcOptions.defaults().withSchema("a b")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("schema");
  }
}
