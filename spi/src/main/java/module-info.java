/**
 * The gradcap service-provider interface: the ports a host or an adapter implements, the providers
 * that open them, and the immutable records that cross them. JDK only.
 */
module io.gradcap.spi {
  requires transitive java.sql;
  requires static org.jspecify;

  exports io.gradcap.spi;
  exports io.gradcap.spi.host;
  exports io.gradcap.spi.event;
  exports io.gradcap.spi.evidence;
  exports io.gradcap.spi.table;

  uses io.gradcap.spi.PortProvider;
}
