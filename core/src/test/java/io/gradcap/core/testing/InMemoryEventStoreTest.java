package io.gradcap.core.testing;

import io.gradcap.spi.event.EventStore;
import io.gradcap.spi.testkit.EventStoreContract;

class InMemoryEventStoreTest extends EventStoreContract {

  @Override
  protected EventStore newStore() {
    return new InMemoryEventStore(64 * 1024);
  }
}
