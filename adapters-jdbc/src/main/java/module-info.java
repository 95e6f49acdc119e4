/** Stores gradcap's events and evidence in H2, PostgreSQL or MariaDB/MySQL through JDBC. */
module io.gradcap.adapters.jdbc {
  requires io.gradcap.spi;
  // Its API takes the host's javax.sql.DataSource.
  requires transitive java.sql;
  requires org.slf4j;
  requires flyway.core;
  requires com.h2database;

  exports io.gradcap.adapters.jdbc;
  // H2 instantiates the append-only trigger by its class name.
  exports io.gradcap.adapters.jdbc.internal to
      com.h2database;

  provides io.gradcap.spi.event.EventStoreProvider with
      io.gradcap.adapters.jdbc.JdbcEventStoreProvider;
  provides io.gradcap.spi.evidence.EvidenceVaultProvider with
      io.gradcap.adapters.jdbc.JdbcEvidenceVaultProvider;
}
