package io.gradcap.adapters.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.gradcap.spi.PortException;
import io.gradcap.spi.event.AppendRequest;
import io.gradcap.spi.event.AppendResult;
import io.gradcap.spi.event.NewEvent;
import io.gradcap.spi.event.VersionConflictException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Faults only a database server can have: a connection killed mid-append, a restart. */
abstract class ServerFaultChecks extends ReliabilityChecks {

  /** Makes inserting the event with this version wait, so that its connection can be killed. */
  abstract void holdInsertOf(String prefix, long version);

  /** Kills the connection held by {@link #holdInsertOf} once it is waiting; false if none is. */
  abstract boolean killHeldConnection();

  abstract void releaseHold(String prefix);

  /** A URL of a server the test may stop and start again. */
  abstract String restartableUrl();

  abstract void restartServer() throws Exception;

  private static List<NewEvent> events(int count) {
    List<NewEvent> events = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      events.add(
          NewEvent.of(
              "record.imported",
              "{\"row\":" + i + ",\"pad\":\"" + "-".repeat(200) + "\"}",
              "a",
              T0));
    }
    return events;
  }

  @Test
  void a_connection_killed_mid_batch_leaves_nothing_and_the_retry_stores_once() throws Exception {
    String prefix = freshPrefix();
    try (JdbcEventStore store = open(prefix)) {
      store.append(new AppendRequest("class:21软件1班", 0, "first", events(10)));
      AppendRequest batch = new AppendRequest("class:21软件1班", 10, "import-2", events(1000));
      holdInsertOf(prefix, 510);
      CompletableFuture<AppendResult> append =
          CompletableFuture.supplyAsync(() -> store.append(batch));
      // The store retries once on a new connection when a reused one dies; that retry is held and
      // killed too, and then the failure reaches the caller.
      int kills = 0;
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
      while (!append.isDone() && System.nanoTime() < deadline) {
        if (killHeldConnection()) {
          kills++;
        }
        Thread.sleep(50);
      }
      assertThat(kills).isPositive();
      try {
        append.get(60, TimeUnit.SECONDS);
        throw new AssertionError("the append survived its connection");
      } catch (ExecutionException e) {
        assertThat(e.getCause())
            .isInstanceOf(PortException.class)
            .isNotInstanceOf(VersionConflictException.class);
      }
      releaseHold(prefix);
      assertThat(Sql.count(url(), "SELECT COUNT(*) FROM " + prefix + "events"))
          .as("nothing half-written")
          .isEqualTo(10);
      assertThat(store.streamVersion("class:21软件1班")).isEqualTo(10);

      AppendResult retried = store.append(batch);
      assertThat(retried).isEqualTo(new AppendResult("class:21软件1班", 11, 1010, "import-2"));
      assertThat(store.append(batch)).isEqualTo(retried);
      assertThat(Sql.count(url(), "SELECT COUNT(*) FROM " + prefix + "events")).isEqualTo(1010);
    }
  }

  @Test
  void the_store_recovers_on_the_next_call_after_a_server_restart() throws Exception {
    try (JdbcEventStore store =
        JdbcEventStore.open(
            restartableUrl(),
            new java.util.Properties(),
            JdbcOptions.defaults().withTablePrefix(freshPrefix()))) {
      store.append(AppendRequest.of("s", 0, "before", NewEvent.of("t", "[1]", "a", T0)));
      restartServer();
      AppendResult after =
          store.append(AppendRequest.of("s", 1, "after", NewEvent.of("t", "[2]", "a", T0)));
      assertThat(after.lastVersion()).isEqualTo(2);
      assertThat(store.readStream("s", 1))
          .extracting(e -> e.payloadText())
          .containsExactly("[1]", "[2]");
    }
  }
}
