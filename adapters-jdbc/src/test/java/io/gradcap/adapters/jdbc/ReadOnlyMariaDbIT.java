package io.gradcap.adapters.jdbc;

/** Opening without migrating on a real MariaDB server. */
class ReadOnlyMariaDbIT extends ReadOnlyChecks {

  @Override
  String freshDatabase() {
    return TestServers.mariaDbDatabase();
  }
}
