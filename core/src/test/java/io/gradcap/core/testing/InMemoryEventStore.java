package io.gradcap.core.testing;

import io.gradcap.spi.event.AppendRequest;
import io.gradcap.spi.event.AppendResult;
import io.gradcap.spi.event.EventPage;
import io.gradcap.spi.event.EventStore;
import io.gradcap.spi.event.IdempotencyKeyReusedException;
import io.gradcap.spi.event.NewEvent;
import io.gradcap.spi.event.Snapshot;
import io.gradcap.spi.event.StoredEvent;
import io.gradcap.spi.event.VersionConflictException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** An {@link EventStore} in memory, for tests: one lock, one list, no persistence. */
public final class InMemoryEventStore implements EventStore {

  private static final String LOCATION = "memory:";

  private final int maxPayloadBytes;
  private final List<StoredEvent> log = new ArrayList<>();
  private final Map<String, List<StoredEvent>> streams = new HashMap<>();
  private final Map<String, Append> appends = new HashMap<>();
  private final List<Snapshot> snapshots = new ArrayList<>();

  private record Append(AppendResult result, byte[] fingerprint) {}

  public InMemoryEventStore() {
    this(1 << 20);
  }

  public InMemoryEventStore(int maxPayloadBytes) {
    this.maxPayloadBytes = maxPayloadBytes;
  }

  @Override
  public synchronized AppendResult append(AppendRequest request) {
    for (NewEvent e : request.events()) {
      if (e.payloadSize() > maxPayloadBytes) {
        throw new IllegalArgumentException(
            "payload of a "
                + e.type()
                + " event has "
                + e.payloadSize()
                + " bytes, more than the "
                + maxPayloadBytes
                + " this store accepts");
      }
    }
    byte[] fingerprint = request.fingerprint();
    Append earlier = appends.get(request.idempotencyKey());
    if (earlier != null) {
      if (!Arrays.equals(earlier.fingerprint, fingerprint)) {
        throw new IdempotencyKeyReusedException(
            LOCATION, request.idempotencyKey(), earlier.result.streamId());
      }
      return earlier.result;
    }
    List<StoredEvent> stream = streams.computeIfAbsent(request.streamId(), id -> new ArrayList<>());
    if (stream.size() != request.expectedVersion()) {
      throw new VersionConflictException(
          LOCATION, request.streamId(), request.expectedVersion(), stream.size());
    }
    long version = request.expectedVersion();
    for (NewEvent e : request.events()) {
      StoredEvent stored =
          StoredEvent.of(
              log.size() + 1, request.streamId(), ++version, e, request.idempotencyKey());
      log.add(stored);
      stream.add(stored);
    }
    AppendResult result = request.result();
    appends.put(request.idempotencyKey(), new Append(result, fingerprint));
    return result;
  }

  @Override
  public synchronized long streamVersion(String streamId) {
    return streams.getOrDefault(streamId, List.of()).size();
  }

  @Override
  public synchronized List<StoredEvent> readStream(String streamId, long fromVersion) {
    List<StoredEvent> stream = streams.getOrDefault(streamId, List.of());
    int from = (int) Math.min(Math.max(fromVersion - 1, 0), stream.size());
    return List.copyOf(stream.subList(from, stream.size()));
  }

  @Override
  public synchronized EventPage readAll(long fromPosition, int maxCount) {
    int from = (int) Math.min(Math.max(fromPosition - 1, 0), log.size());
    int to = (int) Math.min((long) from + maxCount, log.size());
    return EventPage.of(List.copyOf(log.subList(from, to)), Math.max(fromPosition, 1));
  }

  @Override
  public synchronized long headPosition() {
    return log.size();
  }

  @Override
  public int maxPayloadBytes() {
    return maxPayloadBytes;
  }

  @Override
  public synchronized void saveSnapshot(Snapshot snapshot) {
    snapshots.add(snapshot);
  }

  @Override
  public synchronized Optional<Snapshot> latestSnapshot(String name) {
    return snapshots.stream()
        .filter(s -> s.name().equals(name))
        .max(Comparator.comparingLong(Snapshot::position));
  }
}
