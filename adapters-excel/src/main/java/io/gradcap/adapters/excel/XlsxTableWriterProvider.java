package io.gradcap.adapters.excel;

import io.gradcap.spi.Location;
import io.gradcap.spi.table.TableFormat;
import io.gradcap.spi.table.TableWriter;
import io.gradcap.spi.table.TableWriterProvider;
import io.gradcap.spi.table.UnsupportedTableFormatException;

/**
 * Writes printable {@code .xlsx} workbooks, streaming (SXSSF); a location may carry an {@link
 * java.io.OutputStream} attachment instead of naming a file.
 */
public final class XlsxTableWriterProvider implements TableWriterProvider {

  @Override
  public String name() {
    return "xlsx";
  }

  @Override
  public boolean supports(Location location) {
    return TableFormat.XLSX.matches(location);
  }

  @Override
  public TableWriter open(Location location) {
    if (!supports(location)) {
      throw new UnsupportedTableFormatException(
          TableFormat.fileName(location), "not a format the " + name() + " provider handles");
    }
    return XlsxWriter.open(location);
  }
}
