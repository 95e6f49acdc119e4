/**
 * A MariaDB Galera cluster of real servers for the integration tests and the benchmarks: three
 * nodes on 127.0.0.1 from the distribution's packages, started and stopped by process id.
 */
package io.gradcap.adapters.jdbc.galera;
