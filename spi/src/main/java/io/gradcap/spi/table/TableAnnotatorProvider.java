package io.gradcap.spi.table;

import io.gradcap.spi.PortProvider;

/**
 * Opens a {@link TableAnnotator} on a user's workbook, to write a copy with findings at their
 * cells. Adapters list their annotators under this service in {@code module-info.java} and {@code
 * META-INF/services/io.gradcap.spi.table.TableAnnotatorProvider}.
 */
public interface TableAnnotatorProvider extends PortProvider<TableAnnotator> {

  @Override
  default Class<TableAnnotator> portType() {
    return TableAnnotator.class;
  }
}
