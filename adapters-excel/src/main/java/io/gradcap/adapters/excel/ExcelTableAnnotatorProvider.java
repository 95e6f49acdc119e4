package io.gradcap.adapters.excel;

import io.gradcap.spi.Location;
import io.gradcap.spi.table.TableAnnotator;
import io.gradcap.spi.table.TableAnnotatorProvider;
import io.gradcap.spi.table.TableFormat;
import io.gradcap.spi.table.UnsupportedTableFormatException;

/** Writes notes back into a copy of an {@code .xlsx} or {@code .xls} workbook. */
public final class ExcelTableAnnotatorProvider implements TableAnnotatorProvider {

  @Override
  public String name() {
    return "excel-annotator";
  }

  @Override
  public boolean supports(Location location) {
    return TableFormat.XLSX.matches(location) || TableFormat.XLS.matches(location);
  }

  @Override
  public TableAnnotator open(Location location) {
    if (!supports(location)) {
      throw new UnsupportedTableFormatException(
          TableFormat.fileName(location), "not a format the " + name() + " provider handles");
    }
    // An .xlsx is copied part by part in bounded memory; an .xls (at most 65,536 rows) is loaded
    // whole.
    return TableFormat.XLSX.matches(location)
        ? StreamingAnnotator.open(location)
        : Annotator.open(location);
  }
}
