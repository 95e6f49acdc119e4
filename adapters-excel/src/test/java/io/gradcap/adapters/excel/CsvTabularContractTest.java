package io.gradcap.adapters.excel;

import io.gradcap.spi.table.TableFormat;
import io.gradcap.spi.table.TableReaderProvider;
import io.gradcap.spi.table.TableWriterProvider;
import io.gradcap.spi.testkit.TabularContract;

class CsvTabularContractTest extends TabularContract {

  @Override
  protected TableReaderProvider readerProvider() {
    return new CsvTableReaderProvider();
  }

  @Override
  protected TableWriterProvider writerProvider() {
    return new CsvTableWriterProvider();
  }

  @Override
  protected TableFormat format() {
    return TableFormat.CSV;
  }

  @Override
  protected boolean keepsTypes() {
    return false;
  }

  @Override
  protected boolean keepsTitles() {
    return false;
  }

  @Override
  protected String inertReadBack(String written) {
    return InertText.forCsv(written);
  }

  @Override
  protected boolean refusesArbitraryBytes() {
    return false;
  }

  @Override
  protected String sheetNameAfterWriting(String layoutName, String file) {
    return file;
  }
}
