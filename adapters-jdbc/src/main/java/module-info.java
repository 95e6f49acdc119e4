/** Stores gradcap's events and evidence in H2, PostgreSQL or MariaDB/MySQL through JDBC. */
module io.gradcap.adapters.jdbc {
  requires io.gradcap.spi;
  requires org.slf4j;

  exports io.gradcap.adapters.jdbc;
}
