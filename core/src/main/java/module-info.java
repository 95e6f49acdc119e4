/**
 * gradcap core: the domain of a college's graduation campaign. Pure: no JDBC, no files, no
 * network, no console. Storage and I/O come in through {@code io.gradcap.spi}.
 */
module io.gradcap.core {
  requires transitive io.gradcap.spi;
  requires transitive org.jspecify;
  requires com.google.common;
  requires jakarta.validation;
  requires org.hibernate.validator;
  requires tools.jackson.core;
  requires tools.jackson.databind;
  requires tools.jackson.dataformat.yaml;

  exports io.gradcap.core;
  exports io.gradcap.core.access;
  exports io.gradcap.core.cohort;
  exports io.gradcap.core.finding;
  exports io.gradcap.core.record;
  exports io.gradcap.core.roster;

  uses io.gradcap.spi.PortProvider;
}
