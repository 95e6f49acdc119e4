/**
 * The JDBC adapter: implements the SPI's event store and evidence vault on H2, PostgreSQL and
 * MariaDB/MySQL. It moves data; it knows no domain rules. Tier: adapter.
 */
package io.gradcap.adapters.jdbc;
