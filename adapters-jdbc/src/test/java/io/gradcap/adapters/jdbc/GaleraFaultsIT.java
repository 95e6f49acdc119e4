package io.gradcap.adapters.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gradcap.adapters.jdbc.galera.GaleraCluster;
import io.gradcap.spi.event.AppendRequest;
import io.gradcap.spi.event.EventStore;
import io.gradcap.spi.event.NewEvent;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * The event store on a real three-node MariaDB Galera cluster under load, with nodes failing:
 * nothing is lost, nothing is stored twice, every node ends with the same log. Each test brings
 * back the nodes it stopped, paused or cut off, and none runs beside another test on the cluster.
 */
@ResourceLock(GaleraFaultsIT.CLUSTER)
class GaleraFaultsIT {

  /** The lock on the shared cluster: tests that fail nodes hold it alone. */
  static final String CLUSTER = "galera-cluster";

  private static final AtomicInteger PREFIXES = new AtomicInteger();

  /**
   * Appends per writer in the load test. The 5,000 (45,000 single appends on the cluster's
   * one position counter) take some four minutes on a 2-core machine, beyond the build's budget:
   * run them with {@code -Dgalera.appendsPerWriter=5000}.
   */
  private static final int APPENDS_PER_WRITER =
      Integer.getInteger("galera.appendsPerWriter", 1_000);

  private static GaleraCluster cluster;
  private final List<EventStore> stores = new ArrayList<>();

  @BeforeAll
  static void cluster() {
    cluster = GaleraCluster.shared();
    cluster.createDatabase("faults");
  }

  /** One store per node on tables of the test's own. */
  private List<EventStore> storesOnEveryNode() {
    String prefix = "f" + PREFIXES.incrementAndGet() + "_";
    for (GaleraCluster.Node node : cluster.nodes()) {
      stores.add(
          JdbcEventStore.open(
              node.url("faults") + "&connectTimeout=3000",
              new Properties(),
              JdbcOptions.defaults().withTablePrefix(prefix)));
    }
    return stores;
  }

  @AfterEach
  void closeStores() {
    stores.forEach(EventStore::close);
    for (GaleraCluster.Node node : cluster.nodes()) {
      if (!node.isRunning()) {
        node.start(false);
      }
      node.resume();
    }
    cluster.awaitSynced();
  }

  @Test
  void three_writers_on_each_node_on_shared_streams_lose_nothing_and_every_node_has_the_same_log()
      throws Exception {
    try (ClusterLoad load = new ClusterLoad(storesOnEveryNode(), 3, APPENDS_PER_WRITER, 30)) {
      long start = System.nanoTime();
      load.start().finishAndCheck(900);
      System.out.println("galera load: " + load.summary(System.nanoTime() - start));
      assertThat(load.errors).as("port errors on a healthy cluster").isEmpty();
    }
  }

  @Test
  void a_node_killed_mid_load_gives_its_clients_retryable_errors_then_rejoins_with_the_same_log()
      throws Exception {
    try (ClusterLoad load = new ClusterLoad(storesOnEveryNode(), 3, 300, 30)) {
      load.start().awaitAppended(600, 120);
      GaleraCluster.Node victim = cluster.node(2);
      victim.kill();
      long atKill = load.appended();
      load.awaitAppended(atKill + 300, 120);
      victim.start(false);
      cluster.awaitSynced();
      load.finishAndCheck(300);
      assertThat(load.errors(2)).as("retryable errors on the killed node's clients").isPositive();
      assertThat(load.errors(1) + load.errors(3)).as("errors on the other nodes").isZero();
    }
  }

  @Test
  void a_paused_node_is_evicted_the_others_carry_on_and_it_catches_up_when_it_resumes()
      throws Exception {
    try (ClusterLoad load = new ClusterLoad(storesOnEveryNode(), 3, 300, 30)) {
      load.start().awaitAppended(600, 120);
      GaleraCluster.Node paused = cluster.node(3);
      paused.pause();
      cluster.awaitSynced(List.of(cluster.node(1), cluster.node(2)));
      long atEviction = load.appended();
      load.awaitAppended(atEviction + 300, 120);
      paused.resume();
      cluster.awaitSynced();
      load.finishAndCheck(300);
    }
  }

  @Test
  void a_node_cut_off_from_the_cluster_refuses_appends_and_reads_with_the_typed_error_then_rejoins()
      throws Exception {
    List<EventStore> nodes = storesOnEveryNode();
    EventStore cutOff = nodes.get(2);
    cutOff.append(AppendRequest.of("s", 0, "k1", event(1)));
    isolate(cluster.node(3), true);
    try {
      awaitNotPrimary(cluster.node(3));
      assertThatThrownBy(() -> cutOff.append(AppendRequest.of("s", 1, "k2", event(2))))
          .isInstanceOf(ClusterNodeUnavailableException.class)
          .hasMessageContaining("outside the cluster's primary component");
      assertThatThrownBy(() -> cutOff.readStream("s", 1))
          .isInstanceOf(ClusterNodeUnavailableException.class);
      nodes.get(0).append(AppendRequest.of("s", 1, "k3", event(3)));
    } finally {
      isolate(cluster.node(3), false);
    }
    cluster.awaitSynced();
    assertThat(ClusterLoad.all(cutOff)).isEqualTo(ClusterLoad.all(nodes.get(0))).hasSize(2);
    assertThat(cutOff.append(AppendRequest.of("s", 2, "k2", event(2))).lastVersion()).isEqualTo(3);
  }

  private static NewEvent event(int i) {
    return NewEvent.of("t", "{\"i\":" + i + "}", "a", ClusterLoad.T0);
  }

  /** Cuts the node off from the others' group communication, or connects it again. */
  private static void isolate(GaleraCluster.Node node, boolean on) throws SQLException {
    try (Connection c = DriverManager.getConnection(node.url(""));
        Statement s = c.createStatement()) {
      s.execute("SET GLOBAL wsrep_provider_options = 'gmcast.isolate=" + (on ? 1 : 0) + "'");
    }
  }

  private static void awaitNotPrimary(GaleraCluster.Node node) throws InterruptedException {
    long deadline = System.nanoTime() + 60_000_000_000L;
    while ("Primary".equals(node.status("wsrep_cluster_status")) && System.nanoTime() < deadline) {
      Thread.sleep(100);
    }
    assertThat(node.status("wsrep_cluster_status")).isNotEqualTo("Primary");
  }
}
