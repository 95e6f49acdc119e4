package io.gradcap.examples.bench;

import io.gradcap.adapters.jdbc.JdbcEventStore;
import io.gradcap.spi.event.NewEvent;
import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.List;
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
import org.postgresql.PGConnection;

/**
 * Appending 1,000,000 events in batches of 1,000 through the event store, against a plain bulk load
 * of the same rows into a table without constraints in the same run: PostgreSQL's COPY, H2's
 * batched INSERT. Each invocation is one million events: events/s = 1,000,000 / seconds per op.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(1)
public class EventAppendBenchmark {

  @Param({"h2", "postgresql"})
  public String db;

  private BenchDatabases databases;
  private List<List<NewEvent>> batches;
  private JdbcEventStore store;
  private String plainTable;
  private int plainTables;

  @Setup(Level.Trial)
  public void start() {
    databases = new BenchDatabases(db);
    batches = BenchDatabases.batches();
  }

  @Setup(Level.Iteration)
  public void freshTables() throws SQLException {
    store = databases.newStore();
    plainTable = "plain_events_" + (++plainTables);
    try (Connection c = connect();
        Statement s = c.createStatement()) {
      s.execute(
          "CREATE TABLE "
              + plainTable
              + " (stream_id VARCHAR(200), version BIGINT, type VARCHAR(100), payload "
              + (db.equals("postgresql") ? "BYTEA" : "VARBINARY")
              + ", actor VARCHAR(100), recorded_at BIGINT,"
              + " idempotency_key VARCHAR(100))");
    }
  }

  @TearDown(Level.Iteration)
  public void closeStore() {
    store.close();
  }

  @TearDown(Level.Trial)
  public void stop() throws IOException {
    databases.close();
  }

  private Connection connect() throws SQLException {
    return DriverManager.getConnection(databases.url());
  }

  @Benchmark
  public long appendThroughTheStore() {
    BenchDatabases.appendMillion(store, batches);
    return store.headPosition();
  }

  @Benchmark
  public long plainBulkLoad() throws SQLException, IOException {
    try (Connection c = connect()) {
      if (db.equals("postgresql")) {
        return copy(c);
      }
      c.setAutoCommit(false);
      try (PreparedStatement s =
          c.prepareStatement("INSERT INTO " + plainTable + " VALUES (?, ?, ?, ?, ?, ?, ?)")) {
        for (int b = 0; b < batches.size(); b++) {
          long version = 0;
          for (NewEvent e : batches.get(b)) {
            s.setString(1, "class:" + b);
            s.setLong(2, ++version);
            s.setString(3, e.type());
            s.setBytes(4, e.payload());
            s.setString(5, e.actor());
            s.setLong(6, e.recordedAt().toEpochMilli() * 1000);
            s.setString(7, "import-" + b);
            s.addBatch();
          }
          s.executeBatch();
          c.commit();
        }
      }
      return BenchDatabases.EVENTS;
    }
  }

  private long copy(Connection c) throws SQLException, IOException {
    HexFormat hex = HexFormat.of();
    long rows = 0;
    for (int b = 0; b < batches.size(); b++) {
      StringBuilder text = new StringBuilder(400 * BenchDatabases.BATCH);
      long version = 0;
      for (NewEvent e : batches.get(b)) {
        text.append("class:")
            .append(b)
            .append('\t')
            .append(++version)
            .append('\t')
            .append(e.type())
            .append("\t\\\\x")
            .append(hex.formatHex(e.payload()))
            .append('\t')
            .append(e.actor())
            .append('\t')
            .append(e.recordedAt().toEpochMilli() * 1000)
            .append("\timport-")
            .append(b)
            .append('\n');
      }
      rows +=
          c.unwrap(PGConnection.class)
              .getCopyAPI()
              .copyIn("COPY " + plainTable + " FROM STDIN", new StringReader(text.toString()));
    }
    return rows;
  }
}
