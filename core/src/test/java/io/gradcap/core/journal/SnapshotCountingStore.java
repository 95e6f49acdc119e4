package io.gradcap.core.journal;

import io.gradcap.spi.event.EventStore;
import io.gradcap.spi.event.Snapshot;
import java.util.ArrayList;
import java.util.List;

/** A store that passes everything through and keeps every snapshot saved through it, in order. */
public final class SnapshotCountingStore extends ForwardingEventStore {

  private final List<Snapshot> saved = new ArrayList<>();

  public SnapshotCountingStore(EventStore store) {
    super(store);
  }

  /** The snapshots saved through this store with the given name. */
  public synchronized List<Snapshot> saved(String name) {
    return saved.stream().filter(s -> s.name().equals(name)).toList();
  }

  @Override
  public synchronized void saveSnapshot(Snapshot snapshot) {
    saved.add(snapshot);
    store.saveSnapshot(snapshot);
  }
}
