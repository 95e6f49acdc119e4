package io.gradcap.spi.table;

import io.gradcap.spi.PortProvider;

/**
 * Opens a {@link TableWriter} for a location, such as a printable {@code .xlsx} workbook or a
 * {@code .csv} export. Adapters list their writers under this service in {@code module-info.java}
 * and {@code META-INF/services/io.gradcap.spi.table.TableWriterProvider}.
 */
public interface TableWriterProvider extends PortProvider<TableWriter> {

  @Override
  default Class<TableWriter> portType() {
    return TableWriter.class;
  }
}
