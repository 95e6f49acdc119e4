package io.gradcap.adapters.jdbc;

import io.gradcap.spi.event.EventStore;
import io.gradcap.spi.testkit.EventStoreContract;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;

/** The event-store contract on a real PostgreSQL server; each test gets tables of its own. */
class JdbcEventStorePostgresIT extends EventStoreContract {

  private static final AtomicInteger PREFIXES = new AtomicInteger();
  private static String url;

  @BeforeAll
  static void database() {
    url = TestServers.postgresDatabase();
  }

  @Override
  protected EventStore newStore() {
    return JdbcEventStore.open(
        url,
        new Properties(),
        JdbcOptions.defaults()
            .withTablePrefix("t" + PREFIXES.incrementAndGet() + "_")
            .withMaxPayloadBytes(64 * 1024));
  }
}
