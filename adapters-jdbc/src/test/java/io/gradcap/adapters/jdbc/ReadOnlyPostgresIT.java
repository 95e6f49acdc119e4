package io.gradcap.adapters.jdbc;

/** Opening without migrating on a real PostgreSQL server. */
class ReadOnlyPostgresIT extends ReadOnlyChecks {

  @Override
  String freshDatabase() {
    return TestServers.postgresDatabase();
  }
}
