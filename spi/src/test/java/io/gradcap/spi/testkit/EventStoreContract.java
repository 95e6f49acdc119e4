package io.gradcap.spi.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gradcap.spi.event.AppendRequest;
import io.gradcap.spi.event.AppendResult;
import io.gradcap.spi.event.EventPage;
import io.gradcap.spi.event.EventStore;
import io.gradcap.spi.event.IdempotencyKeyReusedException;
import io.gradcap.spi.event.NewEvent;
import io.gradcap.spi.event.Snapshot;
import io.gradcap.spi.event.StoredEvent;
import io.gradcap.spi.event.VersionConflictException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The behaviour every {@link EventStore} promises. An implementation's test extends this class and
 * supplies a fresh, empty store per test (SLF4J's {@code MDCAdapterTestBase} pattern).
 */
public abstract class EventStoreContract {

  protected static final Instant T0 = Instant.parse("2024-03-01T08:00:00.123456Z");

  protected EventStore store;

  /** A new, empty store; it is closed after each test. */
  protected abstract EventStore newStore();

  @BeforeEach
  void openStore() {
    store = newStore();
  }

  @AfterEach
  void closeStore() {
    store.close();
  }

  protected static NewEvent event(String type, String json) {
    return NewEvent.of(type, json, "t-01", T0);
  }

  protected static NewEvent event(int n) {
    return NewEvent.of(
        "record.corrected", "{\"n\":" + n + ",\"field\":\"姓名\"}", "t-01", T0.plusSeconds(n));
  }

  protected static List<NewEvent> events(int from, int count) {
    return IntStream.range(from, from + count).mapToObj(EventStoreContract::event).toList();
  }

  @Test
  void an_empty_store_has_no_events() {
    assertThat(store.headPosition()).isZero();
    assertThat(store.streamVersion("student:1")).isZero();
    assertThat(store.readStream("student:1", 1)).isEmpty();
    EventPage page = store.readAll(1, 100);
    assertThat(page.isEmpty()).isTrue();
    assertThat(page.nextPosition()).isEqualTo(1);
  }

  @Test
  void appended_events_read_back_exactly_with_versions_from_one() {
    NewEvent first =
        NewEvent.of(
            "record.imported",
            "{\"name\":\"张三\",\"id\":\"110105********002X\"}",
            "counsellor:t-01",
            T0);
    NewEvent second =
        NewEvent.of(
            "record.corrected",
            "[1, 2.5e3, true, null, \"\\u5f20\"]",
            "student:s-9",
            T0.plusNanos(1_000));

    AppendResult result =
        store.append(AppendRequest.of("student:2021010101", 0, "k-1", first, second));

    assertThat(result).isEqualTo(new AppendResult("student:2021010101", 1, 2, "k-1"));
    List<StoredEvent> read = store.readStream("student:2021010101", 1);
    assertThat(read).hasSize(2);
    assertThat(read).extracting(StoredEvent::version).containsExactly(1L, 2L);
    assertThat(read).extracting(StoredEvent::toNewEvent).containsExactly(first, second);
    assertThat(read).extracting(StoredEvent::idempotencyKey).containsOnly("k-1");
    assertThat(read.get(0).payloadText())
        .isEqualTo("{\"name\":\"张三\",\"id\":\"110105********002X\"}");
    assertThat(read.get(1).recordedAt()).isEqualTo(T0.plusNanos(1_000));
    assertThat(read.get(0).position()).isPositive().isLessThan(read.get(1).position());
    assertThat(store.streamVersion("student:2021010101")).isEqualTo(2);
    assertThat(store.headPosition()).isEqualTo(read.get(1).position());
  }

  @Test
  void payload_bytes_are_kept_byte_for_byte() {
    byte[] payload =
        "{ \"a\" :\t[ 1 ,2 ]\n, \"b\":\"\\\"quoted\\\" 学籍\" }".getBytes(StandardCharsets.UTF_8);
    store.append(new AppendRequest("s", 0, "k", List.of(new NewEvent("t", payload, "a", T0))));
    assertThat(store.readStream("s", 1).get(0).payload()).isEqualTo(payload);
  }

  @Test
  void a_stream_is_read_from_a_version() {
    store.append(new AppendRequest("s", 0, "k-1", events(1, 5)));
    assertThat(store.readStream("s", 3))
        .extracting(StoredEvent::version)
        .containsExactly(3L, 4L, 5L);
    assertThat(store.readStream("s", 6)).isEmpty();
  }

  @Test
  void appends_continue_the_stream_from_the_expected_version() {
    store.append(new AppendRequest("s", 0, "k-1", events(1, 2)));
    AppendResult second = store.append(new AppendRequest("s", 2, "k-2", events(3, 3)));
    assertThat(second.firstVersion()).isEqualTo(3);
    assertThat(second.lastVersion()).isEqualTo(5);
    assertThat(store.readStream("s", 1))
        .extracting(StoredEvent::payloadText)
        .containsExactlyElementsOf(events(1, 5).stream().map(NewEvent::payloadText).toList());
  }

  @Test
  void a_stale_expected_version_is_a_retryable_conflict_naming_stream_and_versions() {
    store.append(new AppendRequest("student:7", 0, "k-1", events(1, 3)));

    assertThatThrownBy(() -> store.append(new AppendRequest("student:7", 1, "k-2", events(4, 2))))
        .isInstanceOfSatisfying(
            VersionConflictException.class,
            e -> {
              assertThat(e.streamId()).isEqualTo("student:7");
              assertThat(e.expectedVersion()).isEqualTo(1);
              assertThat(e.actualVersion()).isEqualTo(3);
              assertThat(e.isRetryable()).isTrue();
              assertThat(e.getMessage()).contains("student:7").contains("1").contains("3");
            });
    assertThat(store.streamVersion("student:7")).isEqualTo(3);
    assertThat(store.readAll(1, 100).events()).hasSize(3);
  }

  @Test
  void creating_a_stream_that_exists_is_a_conflict() {
    store.append(new AppendRequest("s", 0, "k-1", events(1, 1)));
    assertThatThrownBy(() -> store.append(new AppendRequest("s", 0, "k-2", events(2, 1))))
        .isInstanceOf(VersionConflictException.class);
  }

  @Test
  void expecting_a_version_the_stream_has_not_reached_is_a_conflict() {
    assertThatThrownBy(() -> store.append(new AppendRequest("s", 4, "k-1", events(1, 1))))
        .isInstanceOfSatisfying(
            VersionConflictException.class, e -> assertThat(e.actualVersion()).isZero());
    assertThat(store.headPosition()).isZero();
  }

  @Test
  void a_large_batch_is_stored_whole_in_version_order_and_answered_alike_when_repeated() {
    store.append(new AppendRequest("other", 0, "k-0", events(0, 3)));
    // more events than a store is likely to put in one statement, and not a round multiple of it
    List<NewEvent> batch = events(1, 1_237);

    AppendResult result = store.append(new AppendRequest("s", 0, "k-1", batch));

    assertThat(result).isEqualTo(new AppendResult("s", 1, 1_237, "k-1"));
    List<StoredEvent> read = store.readStream("s", 1);
    assertThat(read).extracting(StoredEvent::toNewEvent).containsExactlyElementsOf(batch);
    assertThat(read)
        .extracting(StoredEvent::version)
        .containsExactlyElementsOf(
            IntStream.rangeClosed(1, 1_237).mapToObj(v -> (long) v).toList());
    assertThat(read).extracting(StoredEvent::position).isSorted().doesNotHaveDuplicates();
    assertThat(store.readAll(1, 10_000).events().subList(3, 1_240)).isEqualTo(read);
    assertThat(store.append(new AppendRequest("s", 0, "k-1", batch))).isEqualTo(result);
    assertThat(store.append(new AppendRequest("s", 1_237, "k-2", events(2_000, 201))).lastVersion())
        .isEqualTo(1_438);
    assertThat(store.readAll(1, 10_000).events()).hasSize(1_441);
  }

  @Test
  void a_batch_of_large_payloads_is_stored_whole_and_byte_for_byte() {
    int size = Math.min(store.maxPayloadBytes(), 256 * 1024);
    List<NewEvent> batch = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      String padding = String.valueOf((char) ('a' + i % 26)).repeat(size - 2 - (i % 3));
      batch.add(event("record.attached", "\"" + padding + "\""));
    }
    store.append(new AppendRequest("s", 0, "k-1", batch));
    List<StoredEvent> read = store.readStream("s", 1);
    assertThat(read).extracting(StoredEvent::toNewEvent).containsExactlyElementsOf(batch);
    assertThat(read).extracting(StoredEvent::position).isSorted().doesNotHaveDuplicates();
  }

  @Test
  void the_same_request_twice_is_stored_once_and_answered_alike() {
    AppendRequest request = new AppendRequest("s", 0, "k-1", events(1, 3));
    AppendResult first = store.append(request);
    store.append(new AppendRequest("s", 3, "k-2", events(4, 1)));

    AppendResult again = store.append(request);

    assertThat(again).isEqualTo(first);
    assertThat(store.readStream("s", 1)).hasSize(4);
    assertThat(store.readAll(1, 100).events()).hasSize(4);
  }

  @Test
  void a_key_reused_for_a_different_request_is_refused_and_nothing_stored() {
    store.append(new AppendRequest("s", 0, "k-1", events(1, 1)));

    assertThatThrownBy(() -> store.append(new AppendRequest("s", 1, "k-1", events(2, 1))))
        .isInstanceOfSatisfying(
            IdempotencyKeyReusedException.class,
            e -> assertThat(e.idempotencyKey()).isEqualTo("k-1"));
    assertThatThrownBy(() -> store.append(new AppendRequest("other", 0, "k-1", events(1, 1))))
        .isInstanceOf(IdempotencyKeyReusedException.class);
    assertThat(store.headPosition()).isEqualTo(store.readAll(1, 10).events().get(0).position());
    assertThat(store.streamVersion("other")).isZero();
  }

  @Test
  void an_oversized_payload_fails_the_whole_append_and_nothing_is_stored() {
    String big = "\"" + "x".repeat(store.maxPayloadBytes()) + "\"";
    List<NewEvent> batch = new ArrayList<>(events(1, 2));
    batch.add(event("record.corrected", big));

    assertThatThrownBy(() -> store.append(new AppendRequest("s", 0, "k-1", batch)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("payload")
        .hasMessageContaining(String.valueOf(store.maxPayloadBytes()));
    assertThat(store.headPosition()).isZero();
    assertThat(store.streamVersion("s")).isZero();
    // the key was not used up by the failed append
    assertThat(store.append(new AppendRequest("s", 0, "k-1", events(1, 2))).lastVersion())
        .isEqualTo(2);
  }

  @Test
  void a_payload_of_exactly_the_maximum_is_accepted() {
    String exact = "\"" + "x".repeat(store.maxPayloadBytes() - 2) + "\"";
    store.append(new AppendRequest("s", 0, "k-1", List.of(event("t", exact))));
    assertThat(store.readStream("s", 1).get(0).payloadText()).isEqualTo(exact);
  }

  @Test
  void the_whole_log_is_read_in_pages_in_position_order_across_streams() {
    for (int i = 0; i < 10; i++) {
      store.append(
          new AppendRequest("student:" + (i % 3), (i / 3) * 2L, "k-" + i, events(i * 10, 2)));
    }
    List<StoredEvent> all = new ArrayList<>();
    long next = 1;
    int pages = 0;
    while (true) {
      EventPage page = store.readAll(next, 7);
      if (page.isEmpty()) {
        assertThat(page.nextPosition()).isEqualTo(next);
        break;
      }
      assertThat(page.events()).hasSizeLessThanOrEqualTo(7);
      all.addAll(page.events());
      next = page.nextPosition();
      pages++;
    }
    assertThat(pages).isEqualTo(3);
    assertThat(all).hasSize(20);
    assertThat(all).extracting(StoredEvent::position).isSorted().doesNotHaveDuplicates();
    assertThat(all.get(19).position()).isEqualTo(store.headPosition());
    // in each stream, the log holds the stream's events in version order
    for (int s = 0; s < 3; s++) {
      String id = "student:" + s;
      assertThat(all.stream().filter(e -> e.streamId().equals(id)).toList())
          .isEqualTo(store.readStream(id, 1));
    }
    assertThat(store.readAll(all.get(5).position(), 100).events()).isEqualTo(all.subList(5, 20));
  }

  @Test
  void replay_feeds_every_event_from_a_position() {
    store.append(new AppendRequest("a", 0, "k-1", events(1, 4)));
    store.append(new AppendRequest("b", 0, "k-2", events(5, 4)));
    List<StoredEvent> all = store.readAll(1, 100).events();
    List<StoredEvent> fed = new ArrayList<>();
    long next = store.replay(all.get(2).position(), fed::add);
    assertThat(fed).isEqualTo(all.subList(2, 8));
    assertThat(next).isEqualTo(store.headPosition() + 1);
  }

  @Test
  void the_latest_snapshot_of_a_name_is_the_one_with_the_highest_position() {
    assertThat(store.latestSnapshot("campaign:2024")).isEmpty();
    Snapshot early =
        new Snapshot("campaign:2024", "state/1", 10, "early".getBytes(StandardCharsets.UTF_8), T0);
    Snapshot late =
        new Snapshot("campaign:2024", "state/1", 20, "late".getBytes(StandardCharsets.UTF_8), T0);
    Snapshot other = new Snapshot("campaign:2025", "state/1", 30, new byte[] {1, 2, 3}, T0);
    store.saveSnapshot(late);
    store.saveSnapshot(early);
    store.saveSnapshot(other);

    assertThat(store.latestSnapshot("campaign:2024")).contains(late);
    assertThat(store.latestSnapshot("campaign:2025")).contains(other);
  }

  @Test
  void snapshots_are_not_events() {
    store.saveSnapshot(new Snapshot("campaign:2024", "state/1", 0, new byte[0], T0));
    assertThat(store.headPosition()).isZero();
  }

  @Test
  void concurrent_appends_to_shared_streams_lose_nothing_and_conflict_with_the_typed_error()
      throws Exception {
    int threads = 4;
    int appendsPerThread = 50;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    List<Future<Integer>> conflicts = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      int thread = t;
      conflicts.add(
          pool.submit(
              () -> {
                int seen = 0;
                for (int i = 0; i < appendsPerThread; i++) {
                  String stream = "s" + (i % 2);
                  NewEvent e =
                      NewEvent.of("t", "{\"thread\":" + thread + ",\"i\":" + i + "}", "a", T0);
                  while (true) {
                    try {
                      store.append(
                          new AppendRequest(
                              stream,
                              store.streamVersion(stream),
                              "k-" + thread + "-" + i,
                              List.of(e)));
                      break;
                    } catch (VersionConflictException conflict) {
                      seen++;
                    }
                  }
                }
                return seen;
              }));
    }
    pool.shutdown();
    assertThat(pool.awaitTermination(2, TimeUnit.MINUTES)).isTrue();
    for (Future<Integer> f : conflicts) {
      f.get();
    }
    List<StoredEvent> all = store.readAll(1, 10_000).events();
    assertThat(all).hasSize(threads * appendsPerThread);
    Set<String> payloads = new HashSet<>();
    all.forEach(e -> payloads.add(e.payloadText()));
    assertThat(payloads).hasSize(threads * appendsPerThread);
    for (String stream : List.of("s0", "s1")) {
      List<StoredEvent> read = store.readStream(stream, 1);
      assertThat(read)
          .extracting(StoredEvent::version)
          .containsExactlyElementsOf(
              IntStream.rangeClosed(1, read.size()).mapToObj(v -> (long) v).toList());
    }
  }
}
