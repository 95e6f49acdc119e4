package io.gradcap.examples.bench;

import io.gradcap.adapters.jdbc.JdbcEventStore;
import java.io.IOException;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * Opening a campaign of 100,000 students, about 1,000,000 events, with no snapshot: every event is
 * read back from the store, in position order, page by page. Target: 3 s or less.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(1)
public class CampaignOpenBenchmark {

  @Param({"h2", "postgresql"})
  public String db;

  private BenchDatabases databases;
  private JdbcEventStore store;

  @Setup(Level.Trial)
  public void fill() {
    databases = new BenchDatabases(db);
    store = databases.newStore();
    BenchDatabases.appendMillion(store, BenchDatabases.batches());
  }

  @TearDown(Level.Trial)
  public void stop() throws IOException {
    store.close();
    databases.close();
  }

  @Benchmark
  public long replayEveryEvent(Blackhole blackhole) {
    long[] count = {0};
    store.replay(1, e -> {
      blackhole.consume(e);
      count[0]++;
    });
    if (count[0] != BenchDatabases.EVENTS) {
      throw new IllegalStateException("read " + count[0] + " events");
    }
    return count[0];
  }
}
