package io.gradcap.examples.demo;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import tools.jackson.databind.json.JsonMapper;
import io.gradcap.spi.event.AppendRequest;
import io.gradcap.spi.event.AppendResult;
import io.gradcap.spi.event.EventStore;
import io.gradcap.spi.event.NewEvent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Stores each feature's decisions in the event store as JSON, one append per decision batch (a
 * class's sign-off rows, a change request, ...), each with an idempotency key derived from what it
 * records. Appending again what was stored before stores nothing: the store answers as it did the
 * first time, so running the demo twice on the same database records each decision once.
 */
public final class DemoJournal {

  private static final JsonMapper JSON = JsonMapper.builder()
      .changeDefaultVisibility(v -> v.withVisibility(PropertyAccessor.ALL, JsonAutoDetect.Visibility.NONE)
          .withVisibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY))
      .build();

  private final EventStore store;
  private final Map<String, Long> versions = new HashMap<>();
  private int appends;
  private int alreadyStored;
  private int events;

  public DemoJournal(EventStore store) {
    this.store = store;
  }

  /**
   * Appends a batch of events to a stream, once.
   *
   * @param stream the stream, such as {@code signoff:21软件1班}
   * @param key names the batch; the same key with the same events is a no-op
   * @param actor who recorded the batch, for the store's actor column
   * @param at when, from the demo's fixed clock
   * @param batch the feature's events
   * @param actorOf each event's actor id
   */
  public <E> void record(String stream, String key, List<E> batch, Function<E, String> actorOf, Function<E, Instant> at) {
    if (batch.isEmpty()) {
      return;
    }
    List<NewEvent> list = new ArrayList<>(batch.size());
    for (E event : batch) {
      list.add(NewEvent.of(event.getClass().getSimpleName(), json(event), actorOf.apply(event), at.apply(event)));
    }
    long expected = versions.getOrDefault(stream, 0L);
    long before = store.headPosition();
    AppendResult result = store.append(new AppendRequest(stream, expected, key, list));
    versions.put(stream, result.lastVersion());
    events += list.size();
    appends++;
    if (store.headPosition() == before) {
      alreadyStored++;
    }
  }

  static String json(Object event) {
    return JSON.writeValueAsString(event);
  }

  /** Events handed to the store in this run (stored now or recognised as stored before). */
  public int events() {
    return events;
  }

  /** Appends made in this run. */
  public int appends() {
    return appends;
  }

  /** Appends of this run the store already held from an earlier run. */
  public int alreadyStored() {
    return alreadyStored;
  }

  /** The whole log's head position: how much the database holds. */
  public long head() {
    return store.headPosition();
  }
}
