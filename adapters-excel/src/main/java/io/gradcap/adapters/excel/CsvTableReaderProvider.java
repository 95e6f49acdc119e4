package io.gradcap.adapters.excel;

import io.gradcap.spi.Location;
import io.gradcap.spi.table.TableFormat;
import io.gradcap.spi.table.TableReader;
import io.gradcap.spi.table.TableReaderProvider;
import io.gradcap.spi.table.UnsupportedTableFormatException;

/**
 * Reads CSV files in UTF-8 (with or without BOM) or GB18030; a {@link java.nio.charset.Charset}
 * attachment fixes the charset.
 */
public final class CsvTableReaderProvider implements TableReaderProvider {

  @Override
  public String name() {
    return "csv";
  }

  @Override
  public boolean supports(Location location) {
    return TableFormat.CSV.matches(location);
  }

  @Override
  public TableReader open(Location location) {
    if (!supports(location)) {
      throw new UnsupportedTableFormatException(
          TableFormat.fileName(location), "not a format the " + name() + " provider handles");
    }
    return CsvReader.open(location);
  }
}
