package io.gradcap.adapters.jdbc;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * Concurrency, faults and bad input on a real PostgreSQL server, at the full 8 × 10,000 appends.
 */
class ReliabilityPostgresIT extends ServerFaultChecks {

  private static String url;
  private static Path restartableData;
  private static int restartablePort;
  private static EmbeddedPostgres restartable;

  @BeforeAll
  static void database() {
    url = TestServers.postgresDatabase();
  }

  @AfterAll
  static void stopRestartable() throws IOException {
    if (restartable != null) {
      restartable.close();
    }
  }

  @Override
  String url() {
    return url;
  }

  @Override
  int appendsPerWriter() {
    return 10_000;
  }

  @Override
  void holdInsertOf(String prefix, long version) {
    Sql.update(
        url,
        "CREATE FUNCTION "
            + prefix
            + "hold() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
            + "IF NEW.version = "
            + version
            + " THEN PERFORM pg_sleep(60); END IF; RETURN NEW; END $$");
    Sql.update(
        url,
        "CREATE TRIGGER "
            + prefix
            + "hold BEFORE INSERT ON "
            + prefix
            + "events "
            + "FOR EACH ROW EXECUTE FUNCTION "
            + prefix
            + "hold()");
  }

  @Override
  boolean killHeldConnection() {
    return Sql.count(
            url,
            "SELECT COUNT(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE wait_event = 'PgSleep'")
        > 0;
  }

  @Override
  void releaseHold(String prefix) {
    Sql.update(url, "DROP TRIGGER " + prefix + "hold ON " + prefix + "events");
  }

  @Override
  synchronized String restartableUrl() {
    try {
      restartableData = Files.createTempDirectory("gradcap-pg-restart");
      try (ServerSocket socket = new ServerSocket(0)) {
        restartablePort = socket.getLocalPort();
      }
      restartable = startRestartable();
      return restartable.getJdbcUrl("postgres", "postgres");
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static EmbeddedPostgres startRestartable() throws IOException {
    return EmbeddedPostgres.builder()
        .setDataDirectory(restartableData)
        .setCleanDataDirectory(false)
        .setPort(restartablePort)
        .setServerConfig("fsync", "off")
        .start();
  }

  @Override
  void restartServer() throws IOException {
    restartable.close();
    restartable = startRestartable();
  }
}
