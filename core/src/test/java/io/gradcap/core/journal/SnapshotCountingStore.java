package io.gradcap.core.journal;

import io.gradcap.spi.event.AppendRequest;
import io.gradcap.spi.event.AppendResult;
import io.gradcap.spi.event.EventPage;
import io.gradcap.spi.event.EventStore;
import io.gradcap.spi.event.Snapshot;
import io.gradcap.spi.event.StoredEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A store that passes everything through and keeps every snapshot saved through it, in order. */
public final class SnapshotCountingStore implements EventStore {

  private final EventStore store;
  private final List<Snapshot> saved = new ArrayList<>();

  public SnapshotCountingStore(EventStore store) {
    this.store = store;
  }

  /** The snapshots saved through this store with the given name. */
  public synchronized List<Snapshot> saved(String name) {
    return saved.stream().filter(s -> s.name().equals(name)).toList();
  }

  @Override
  public AppendResult append(AppendRequest request) {
    return store.append(request);
  }

  @Override
  public long streamVersion(String streamId) {
    return store.streamVersion(streamId);
  }

  @Override
  public List<StoredEvent> readStream(String streamId, long fromVersion) {
    return store.readStream(streamId, fromVersion);
  }

  @Override
  public EventPage readAll(long fromPosition, int maxCount) {
    return store.readAll(fromPosition, maxCount);
  }

  @Override
  public long headPosition() {
    return store.headPosition();
  }

  @Override
  public int maxPayloadBytes() {
    return store.maxPayloadBytes();
  }

  @Override
  public synchronized void saveSnapshot(Snapshot snapshot) {
    saved.add(snapshot);
    store.saveSnapshot(snapshot);
  }

  @Override
  public Optional<Snapshot> latestSnapshot(String name) {
    return store.latestSnapshot(name);
  }
}
