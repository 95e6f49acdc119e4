package io.gradcap.adapters.excel;

import io.gradcap.spi.Location;
import io.gradcap.spi.table.TableFormat;
import io.gradcap.spi.table.TableReader;
import io.gradcap.spi.table.TableReaderProvider;
import io.gradcap.spi.table.UnsupportedTableFormatException;

/** Reads Excel 97–2003 {@code .xls} workbooks (HSSF). */
public final class XlsTableReaderProvider implements TableReaderProvider {

  @Override
  public String name() {
    return "xls";
  }

  @Override
  public boolean supports(Location location) {
    return TableFormat.XLS.matches(location);
  }

  @Override
  public TableReader open(Location location) {
    if (!supports(location)) {
      throw new UnsupportedTableFormatException(
          TableFormat.fileName(location), "not a format the " + name() + " provider handles");
    }
    return XlsReader.open(location);
  }
}
