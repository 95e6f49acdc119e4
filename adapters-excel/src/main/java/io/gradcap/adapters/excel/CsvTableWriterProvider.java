package io.gradcap.adapters.excel;

import io.gradcap.spi.Location;
import io.gradcap.spi.table.TableFormat;
import io.gradcap.spi.table.TableWriter;
import io.gradcap.spi.table.TableWriterProvider;
import io.gradcap.spi.table.UnsupportedTableFormatException;

/**
 * Writes one sheet as CSV, UTF-8 with BOM, or the {@link java.nio.charset.Charset} attachment's
 * charset (such as GB18030).
 */
public final class CsvTableWriterProvider implements TableWriterProvider {

  @Override
  public String name() {
    return "csv";
  }

  @Override
  public boolean supports(Location location) {
    return TableFormat.CSV.matches(location);
  }

  @Override
  public TableWriter open(Location location) {
    if (!supports(location)) {
      throw new UnsupportedTableFormatException(
          TableFormat.fileName(location), "not a format the " + name() + " provider handles");
    }
    return CsvWriter.open(location);
  }
}
