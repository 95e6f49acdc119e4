package io.gradcap.adapters.jdbc;

import org.junit.jupiter.api.BeforeAll;

/** Concurrency, faults and bad input on a real MariaDB server. */
class ReliabilityMariaDbIT extends ServerFaultChecks {

  private static String url;

  @BeforeAll
  static void database() {
    url = TestServers.mariaDbDatabase();
  }

  @Override
  String url() {
    return url;
  }

  @Override
  int appendsPerWriter() {
    return 2_500;
  }

  @Override
  void holdInsertOf(String prefix, long version) {
    Sql.update(
        url,
        "CREATE TRIGGER "
            + prefix
            + "hold BEFORE INSERT ON "
            + prefix
            + "events FOR EACH ROW "
            + "BEGIN IF NEW.version = "
            + version
            + " THEN DO SLEEP(60); END IF; END");
  }

  @Override
  boolean killHeldConnection() {
    long id =
        Sql.count(
            url,
            "SELECT COALESCE(MAX(id), 0) FROM information_schema.processlist WHERE state = 'User sleep'");
    if (id > 0) {
      Sql.update(url, "KILL CONNECTION " + id);
    }
    return id > 0;
  }

  @Override
  void releaseHold(String prefix) {
    Sql.update(url, "DROP TRIGGER " + prefix + "hold");
  }

  @Override
  String restartableUrl() {
    return url;
  }

  @Override
  void restartServer() throws Exception {
    TestServers.mariaDb().stop();
    TestServers.mariaDb().start();
  }
}
