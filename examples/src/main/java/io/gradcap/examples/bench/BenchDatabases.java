package io.gradcap.examples.bench;

import io.gradcap.adapters.jdbc.JdbcEventStore;
import io.gradcap.adapters.jdbc.JdbcOptions;
import io.gradcap.spi.event.AppendRequest;
import io.gradcap.spi.event.EventStore;
import io.gradcap.spi.event.NewEvent;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/** The databases the storage benchmarks run on: an H2 file and a PostgreSQL server of their own. */
final class BenchDatabases implements AutoCloseable {

  static final int EVENTS = 1_000_000;
  static final int BATCH = 1_000;
  static final Instant T0 = Instant.parse("2024-03-01T08:00:00Z");

  private final String db;
  private final Path dir;
  private EmbeddedPostgres postgres;
  private int stores;

  BenchDatabases(String db) {
    this.db = db;
    try {
      dir = Files.createTempDirectory("gradcap-bench");
      if (db.equals("postgresql")) {
        postgres = EmbeddedPostgres.builder().start();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The JDBC URL of the database. */
  String url() {
    return db.equals("postgresql")
        ? postgres.getJdbcUrl("postgres", "postgres") + "&reWriteBatchedInserts=true"
        : "jdbc:h2:" + dir.resolve("campaign").toAbsolutePath();
  }

  /** A new store with tables of its own. */
  JdbcEventStore newStore() {
    return JdbcEventStore.open(
        url(), new Properties(), JdbcOptions.defaults().withTablePrefix("b" + (++stores) + "_"));
  }

  /** One batch of a roster import: ten events for each of a hundred students. */
  static List<NewEvent> batch(int batchNumber) {
    List<NewEvent> events = new ArrayList<>(BATCH);
    for (int i = 0; i < BATCH; i++) {
      long student = 2021_000_000L + (long) batchNumber * (BATCH / 10) + i / 10;
      events.add(
          NewEvent.of(
              "record.field-verified",
              "{\"student\":\""
                  + student
                  + "\",\"field\":\"姓名\",\"value\":\"张三\",\"step\":"
                  + (i % 10)
                  + ",\"by\":\"t-01\",\"note\":\"核对无误\"}",
              "counsellor:t-01",
              T0.plusMillis(i)));
    }
    return events;
  }

  /** Appends a million events in batches of a thousand, one batch per class stream. */
  static void appendMillion(EventStore store, List<List<NewEvent>> batches) {
    for (int b = 0; b < batches.size(); b++) {
      store.append(new AppendRequest("class:" + b, 0, "import-" + b, batches.get(b)));
    }
  }

  static List<List<NewEvent>> batches() {
    List<List<NewEvent>> batches = new ArrayList<>();
    for (int b = 0; b < EVENTS / BATCH; b++) {
      batches.add(batch(b));
    }
    return batches;
  }

  @Override
  public void close() throws IOException {
    if (postgres != null) {
      postgres.close();
    }
  }
}
