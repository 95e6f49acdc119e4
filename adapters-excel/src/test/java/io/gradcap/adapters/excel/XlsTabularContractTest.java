package io.gradcap.adapters.excel;

import io.gradcap.spi.table.SheetLayout;
import io.gradcap.spi.table.SheetRow;
import io.gradcap.spi.table.TableFormat;
import io.gradcap.spi.table.TableReaderProvider;
import io.gradcap.spi.table.TableWriterProvider;
import io.gradcap.spi.testkit.TabularContract;
import java.nio.file.Path;
import java.util.List;

/** There is no .xls writer: the files are written as .xlsx and converted with POI's user model. */
class XlsTabularContractTest extends TabularContract {

  @Override
  protected TableReaderProvider readerProvider() {
    return new XlsTableReaderProvider();
  }

  @Override
  protected TableWriterProvider writerProvider() {
    return new XlsxTableWriterProvider();
  }

  @Override
  protected TableFormat format() {
    return TableFormat.XLS;
  }

  @Override
  protected void write(Path file, SheetLayout layout, List<SheetRow> rows) {
    Path xlsx = file.resolveSibling(file.getFileName() + ".xlsx");
    super.write(xlsx, layout, rows);
    Workbooks.xlsxToXls(xlsx, file);
  }
}
