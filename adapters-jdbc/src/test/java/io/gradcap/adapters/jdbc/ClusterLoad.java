package io.gradcap.adapters.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.gradcap.spi.PortException;
import io.gradcap.spi.event.AppendRequest;
import io.gradcap.spi.event.EventPage;
import io.gradcap.spi.event.EventStore;
import io.gradcap.spi.event.IdempotencyKeyReusedException;
import io.gradcap.spi.event.NewEvent;
import io.gradcap.spi.event.StoredEvent;
import io.gradcap.spi.event.VersionConflictException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;

/**
 * Writers on every node of a cluster appending one small event at a time to shared streams, as
 * careful clients do: on a version conflict they read the stream again and append anew; on any
 * other port error they send the same request again (same idempotency key), so an append whose
 * outcome they could not learn is stored once. Followers page through the whole log on every node
 * while the writers run, as a projection would. Then the checks: every event stored exactly once,
 * versions contiguous per stream, the same log on every node, and no follower skipped an event.
 */
final class ClusterLoad implements AutoCloseable {

  static final Instant T0 = Instant.parse("2024-03-01T08:00:00Z");

  private final List<EventStore> stores;
  private final int writersPerNode;
  private final int appendsPerWriter;
  private final int streams;
  private final ExecutorService pool;
  private final List<Future<?>> writers = new ArrayList<>();
  private final List<Future<List<Long>>> followers = new ArrayList<>();
  private final AtomicBoolean writing = new AtomicBoolean(true);
  private final LongAdder appended = new LongAdder();
  private final LongAdder versionConflicts = new LongAdder();

  /** Port errors other than version conflicts, by node (1, 2, ...) and exception type. */
  final Map<String, LongAdder> errors = new ConcurrentHashMap<>();

  final List<Throwable> unexpected = Collections.synchronizedList(new ArrayList<>());

  /** One store per node, node 1 first. */
  ClusterLoad(List<EventStore> stores, int writersPerNode, int appendsPerWriter, int streams) {
    this.stores = stores;
    this.writersPerNode = writersPerNode;
    this.appendsPerWriter = appendsPerWriter;
    this.streams = streams;
    this.pool = Executors.newFixedThreadPool(stores.size() * (writersPerNode + 1));
  }

  /** Starts the writers and the followers. */
  ClusterLoad start() {
    for (int n = 0; n < stores.size(); n++) {
      EventStore store = stores.get(n);
      int node = n + 1;
      for (int w = 0; w < writersPerNode; w++) {
        int writer = n * writersPerNode + w;
        writers.add(pool.submit(() -> write(store, node, writer)));
      }
      followers.add(pool.submit(() -> follow(store)));
    }
    return this;
  }

  long appended() {
    return appended.sum();
  }

  long versionConflicts() {
    return versionConflicts.sum();
  }

  /** Port errors other than version conflicts that the writers on this node met. */
  long errors(int node) {
    return errors.entrySet().stream()
        .filter(e -> e.getKey().startsWith(node + ":"))
        .mapToLong(e -> e.getValue().sum())
        .sum();
  }

  /** Waits until at least this many appends have been stored. */
  void awaitAppended(long count, long timeoutSeconds) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(timeoutSeconds);
    while (appended() < count && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    assertThat(appended()).as("appends stored").isGreaterThanOrEqualTo(count);
  }

  private void write(EventStore store, int node, int writer) {
    for (int i = 0; i < appendsPerWriter; i++) {
      String stream = "s" + ((writer * 7 + i) % streams);
      NewEvent event = NewEvent.of("t", "{\"w\":" + writer + ",\"i\":" + i + "}", "a", T0);
      AppendRequest request = null;
      int attempt = 0;
      while (true) {
        try {
          if (request == null) {
            request =
                new AppendRequest(
                    stream,
                    store.streamVersion(stream),
                    "w" + writer + "-" + i + "-" + attempt,
                    List.of(event));
          }
          store.append(request);
          appended.increment();
          break;
        } catch (VersionConflictException e) {
          versionConflicts.increment();
          attempt++;
          request = null;
        } catch (IdempotencyKeyReusedException e) {
          unexpected.add(e);
          return;
        } catch (PortException e) {
          errors
              .computeIfAbsent(node + ":" + e.getClass().getSimpleName(), k -> new LongAdder())
              .increment();
          sleep(50);
        } catch (RuntimeException e) {
          unexpected.add(e);
          return;
        }
      }
    }
  }

  /**
   * Pages through the log until the writers are done and it has caught up; returns the positions
   * read.
   */
  private List<Long> follow(EventStore store) {
    List<Long> positions = new ArrayList<>();
    long next = 1;
    while (true) {
      boolean done = !writing.get();
      try {
        EventPage page = store.readAll(next, 500);
        page.events().forEach(e -> positions.add(e.position()));
        next = page.nextPosition();
        if (page.isEmpty()) {
          if (done) {
            return positions;
          }
          sleep(10);
        }
      } catch (PortException e) {
        sleep(50);
      }
    }
  }

  /**
   * Waits for the writers, then for the followers to catch up, and checks what every node holds.
   */
  void finishAndCheck(long timeoutSeconds) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(timeoutSeconds);
    for (Future<?> w : writers) {
      w.get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
    }
    writing.set(false);
    List<List<Long>> followed = new ArrayList<>();
    for (Future<List<Long>> f : followers) {
      followed.add(f.get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS));
    }
    assertThat(unexpected).as("unexpected errors").isEmpty();
    int total = stores.size() * writersPerNode * appendsPerWriter;
    assertThat(appended()).isEqualTo(total);

    List<StoredEvent> log = all(stores.get(0));
    assertThat(log).as("events stored").hasSize(total);
    Set<String> payloads = new HashSet<>();
    log.forEach(e -> payloads.add(e.payloadText()));
    assertThat(payloads).as("distinct events (none duplicated)").hasSize(total);
    Map<String, List<Long>> versions = new HashMap<>();
    log.forEach(
        e -> versions.computeIfAbsent(e.streamId(), k -> new ArrayList<>()).add(e.version()));
    versions.forEach(
        (stream, vs) -> {
          for (int v = 0; v < vs.size(); v++) {
            assertThat(vs.get(v)).as("version %d of %s", v + 1, stream).isEqualTo(v + 1);
          }
        });
    List<Long> positions = log.stream().map(StoredEvent::position).toList();
    for (int n = 1; n < stores.size(); n++) {
      assertThat(all(stores.get(n))).as("the log on node %d", n + 1).isEqualTo(log);
    }
    for (int n = 0; n < followed.size(); n++) {
      assertThat(followed.get(n))
          .as("positions a follower on node %d read", n + 1)
          .isEqualTo(positions);
    }
  }

  static List<StoredEvent> all(EventStore store) {
    List<StoredEvent> events = new ArrayList<>();
    store.replay(1, events::add);
    return events;
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    writing.set(false);
    pool.shutdownNow();
  }

  /** How many appends per second, and how often writers had to read again, for the test's log. */
  String summary(long nanos) {
    return appended()
        + " appends in "
        + nanos / 1_000_000
        + " ms ("
        + appended() * 1_000_000_000L / Math.max(1, nanos)
        + "/s), "
        + versionConflicts()
        + " version conflicts, errors "
        + errors;
  }
}
