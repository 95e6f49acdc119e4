package io.gradcap.adapters.excel;

import io.gradcap.spi.PortProvider;
import io.gradcap.spi.table.TableFormat;
import io.gradcap.spi.table.TableReader;
import io.gradcap.spi.table.TableWriter;
import io.gradcap.spi.testkit.TabularContract;

class XlsxTabularContractTest extends TabularContract {

  @Override
  protected PortProvider<TableReader> readerProvider() {
    return new XlsxTableReaderProvider();
  }

  @Override
  protected PortProvider<TableWriter> writerProvider() {
    return new XlsxTableWriterProvider();
  }

  @Override
  protected TableFormat format() {
    return TableFormat.XLSX;
  }
}
