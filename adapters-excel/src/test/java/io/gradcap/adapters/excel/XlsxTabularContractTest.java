package io.gradcap.adapters.excel;

import io.gradcap.spi.table.TableFormat;
import io.gradcap.spi.table.TableReaderProvider;
import io.gradcap.spi.table.TableWriterProvider;
import io.gradcap.spi.testkit.TabularContract;

class XlsxTabularContractTest extends TabularContract {

  @Override
  protected TableReaderProvider readerProvider() {
    return new XlsxTableReaderProvider();
  }

  @Override
  protected TableWriterProvider writerProvider() {
    return new XlsxTableWriterProvider();
  }

  @Override
  protected TableFormat format() {
    return TableFormat.XLSX;
  }
}
