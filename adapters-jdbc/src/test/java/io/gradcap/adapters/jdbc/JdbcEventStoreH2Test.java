package io.gradcap.adapters.jdbc;

import io.gradcap.spi.event.EventStore;
import io.gradcap.spi.testkit.EventStoreContract;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;

/** The event-store contract on embedded H2, with the store's own connections. */
class JdbcEventStoreH2Test extends EventStoreContract {

  private static final AtomicInteger DATABASES = new AtomicInteger();

  @Override
  protected EventStore newStore() {
    return JdbcEventStore.open(
        "jdbc:h2:mem:events" + DATABASES.incrementAndGet(),
        new Properties(),
        JdbcOptions.defaults().withMaxPayloadBytes(64 * 1024));
  }
}
