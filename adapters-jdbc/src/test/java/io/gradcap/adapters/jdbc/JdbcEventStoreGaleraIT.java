package io.gradcap.adapters.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.gradcap.adapters.jdbc.galera.GaleraCluster;
import io.gradcap.spi.event.EventStore;
import io.gradcap.spi.testkit.EventStoreContract;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceAccessMode;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * The event-store contract on each node of a real three-node MariaDB Galera cluster; each test gets
 * tables of its own. The tests run one at a time: tables created on two nodes at once make Flyway's
 * catalogue queries lose certification conflicts. None runs beside a test that fails a node.
 */
class JdbcEventStoreGaleraIT {

  private static final AtomicInteger PREFIXES = new AtomicInteger();
  private static GaleraCluster cluster;

  @BeforeAll
  static void cluster() {
    cluster = GaleraCluster.shared();
    cluster.createDatabase("contract");
  }

  static JdbcEventStore store(int node) {
    return JdbcEventStore.open(
        cluster.node(node).url("contract"),
        new Properties(),
        JdbcOptions.defaults()
            .withTablePrefix("c" + PREFIXES.incrementAndGet() + "_")
            .withMaxPayloadBytes(64 * 1024));
  }

  @Test
  @ResourceLock(value = GaleraFaultsIT.CLUSTER, mode = ResourceAccessMode.READ)
  void the_store_knows_it_runs_on_a_cluster_node() {
    try (JdbcEventStore store = store(1)) {
      assertThat(store.isClusterNode()).isTrue();
    }
  }

  @Nested
  @ResourceLock(value = GaleraFaultsIT.CLUSTER, mode = ResourceAccessMode.READ)
  class OnNode1 extends EventStoreContract {
    @Override
    protected EventStore newStore() {
      return store(1);
    }
  }

  @Nested
  @ResourceLock(value = GaleraFaultsIT.CLUSTER, mode = ResourceAccessMode.READ)
  class OnNode2 extends EventStoreContract {
    @Override
    protected EventStore newStore() {
      return store(2);
    }
  }

  @Nested
  @ResourceLock(value = GaleraFaultsIT.CLUSTER, mode = ResourceAccessMode.READ)
  class OnNode3 extends EventStoreContract {
    @Override
    protected EventStore newStore() {
      return store(3);
    }
  }
}
