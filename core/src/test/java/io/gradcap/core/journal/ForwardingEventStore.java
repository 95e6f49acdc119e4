package io.gradcap.core.journal;

import io.gradcap.spi.event.AppendRequest;
import io.gradcap.spi.event.AppendResult;
import io.gradcap.spi.event.EventPage;
import io.gradcap.spi.event.EventStore;
import io.gradcap.spi.event.Snapshot;
import io.gradcap.spi.event.StoredEvent;
import java.util.List;
import java.util.Optional;

/** A store that passes every call to another; tests override the calls they watch or break. */
public abstract class ForwardingEventStore implements EventStore {

  protected final EventStore store;

  protected ForwardingEventStore(EventStore store) {
    this.store = store;
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
  public void saveSnapshot(Snapshot snapshot) {
    store.saveSnapshot(snapshot);
  }

  @Override
  public Optional<Snapshot> latestSnapshot(String name) {
    return store.latestSnapshot(name);
  }
}
