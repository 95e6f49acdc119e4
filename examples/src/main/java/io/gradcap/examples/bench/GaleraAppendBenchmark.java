package io.gradcap.examples.bench;

import io.gradcap.adapters.jdbc.JdbcEventStore;
import io.gradcap.adapters.jdbc.JdbcOptions;
import io.gradcap.adapters.jdbc.galera.GaleraCluster;
import io.gradcap.spi.event.AppendRequest;
import io.gradcap.spi.event.NewEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Appends on a three-node MariaDB Galera cluster (the test cluster of the JDBC adapter, from the
 * distribution's packages: {@code bash .ci/test} installs them; run as root). Six writers, each on
 * a stream of its own, all on node 1 or two on each node, appending batches of 1 or 100 events.
 * Each invocation stores {@link #events()} events: events/s = events / seconds per op. After each
 * iteration it prints how many appends ran again after losing a certification conflict.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(1)
public class GaleraAppendBenchmark {

  static final int WRITERS = 6;

  /** The nodes the writers are spread over: 1 (all on node 1) or 3. */
  @Param({"1", "3"})
  public int nodes;

  /** Events per append. */
  @Param({"1", "100"})
  public int batch;

  private GaleraCluster cluster;
  private final List<JdbcEventStore> stores = new ArrayList<>();
  private ExecutorService pool;
  private int round;

  /** Events per invocation: 3,000 single appends, or 600 appends of 100. */
  int events() {
    return batch == 1 ? 3_000 : 60_000;
  }

  @Setup(Level.Trial)
  public void start() {
    cluster = GaleraCluster.start(3);
    cluster.createDatabase("bench");
    pool = Executors.newFixedThreadPool(WRITERS);
  }

  @Setup(Level.Iteration)
  public void freshTables() {
    String prefix = "b" + (++round) + "_";
    for (GaleraCluster.Node node : cluster.nodes()) {
      stores.add(
          JdbcEventStore.open(
              node.url("bench"), new Properties(), JdbcOptions.defaults().withTablePrefix(prefix)));
    }
  }

  @TearDown(Level.Iteration)
  public void closeStores() {
    long retries = stores.stream().mapToLong(JdbcEventStore::conflictRetries).sum();
    long appends = events() / batch;
    System.out.printf(
        "%n  conflict retries: %d over %d appends in the iteration (%.1f%%)%n",
        retries, appends, 100.0 * retries / appends);
    stores.forEach(JdbcEventStore::close);
    stores.clear();
  }

  @TearDown(Level.Trial)
  public void stop() {
    pool.shutdownNow();
    cluster.close();
  }

  @Benchmark
  public long append() throws Exception {
    int appendsPerWriter = events() / batch / WRITERS;
    List<Future<?>> writers = new ArrayList<>();
    for (int w = 0; w < WRITERS; w++) {
      JdbcEventStore store = stores.get(nodes == 1 ? 0 : w % 3);
      String stream = "writer:" + w;
      writers.add(
          pool.submit(
              () -> {
                for (int a = 0; a < appendsPerWriter; a++) {
                  List<NewEvent> events = new ArrayList<>(batch);
                  for (int e = 0; e < batch; e++) {
                    events.add(
                        NewEvent.of(
                            "record.field-verified",
                            "{\"student\":\"2021" + a + "\",\"field\":\"姓名\",\"step\":" + e + "}",
                            "counsellor:t-01",
                            BenchDatabases.T0));
                  }
                  store.append(
                      new AppendRequest(stream, (long) a * batch, stream + "-" + a, events));
                }
                return null;
              }));
    }
    for (Future<?> w : writers) {
      w.get();
    }
    return stores.get(0).headPosition();
  }
}
