package io.gradcap.adapters.excel;

import io.gradcap.spi.Location;
import io.gradcap.spi.table.MacroWorkbookException;
import io.gradcap.spi.table.TableFormat;
import io.gradcap.spi.table.TableReader;
import io.gradcap.spi.table.TableReaderProvider;
import io.gradcap.spi.table.UnsupportedTableFormatException;

/**
 * Reads {@code .xlsx} workbooks as streams of rows (streaming StAX over POI's package); refuses
 * {@code .xlsm} with a {@link io.gradcap.spi.table.MacroWorkbookException}.
 */
public final class XlsxTableReaderProvider implements TableReaderProvider {

  @Override
  public String name() {
    return "xlsx";
  }

  @Override
  public boolean supports(Location location) {
    return TableFormat.XLSX.matches(location) || TableFormat.XLSM.matches(location);
  }

  @Override
  public TableReader open(Location location) {
    if (!supports(location)) {
      throw new UnsupportedTableFormatException(
          TableFormat.fileName(location), "not a format the " + name() + " provider handles");
    }
    if (TableFormat.XLSM.matches(location)) {
      throw new MacroWorkbookException(
          TableFormat.fileName(location),
          "a macro-enabled workbook (.xlsm); save it as a plain .xlsx");
    }
    return XlsxReader.open(location);
  }
}
