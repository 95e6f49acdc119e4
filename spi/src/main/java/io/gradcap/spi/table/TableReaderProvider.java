package io.gradcap.spi.table;

import io.gradcap.spi.PortProvider;

/**
 * Opens a {@link TableReader} for a location, such as a {@code .xlsx}, {@code .xls} or {@code .csv}
 * file. Adapters list their readers under this service in {@code module-info.java} and {@code
 * META-INF/services/io.gradcap.spi.table.TableReaderProvider}.
 */
public interface TableReaderProvider extends PortProvider<TableReader> {

  @Override
  default Class<TableReader> portType() {
    return TableReader.class;
  }
}
