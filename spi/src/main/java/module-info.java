/**
 * The gradcap service-provider interface: the ports a host or an adapter implements, the providers
 * that open them, and the immutable records that cross them. JDK only: {@code java.base}, nothing
 * else, so a module that reads the SPI reads no JDBC (an adapter that needs {@code java.sql}
 * requires it itself). The JSpecify nullness annotations are needed only to compile.
 */
module io.gradcap.spi {
  requires static org.jspecify;

  exports io.gradcap.spi;
  exports io.gradcap.spi.host;
  exports io.gradcap.spi.event;
  exports io.gradcap.spi.evidence;
  exports io.gradcap.spi.table;
}
