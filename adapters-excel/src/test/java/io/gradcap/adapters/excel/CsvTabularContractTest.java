package io.gradcap.adapters.excel;

import io.gradcap.spi.PortProvider;
import io.gradcap.spi.table.TableFormat;
import io.gradcap.spi.table.TableReader;
import io.gradcap.spi.table.TableWriter;
import io.gradcap.spi.testkit.TabularContract;

class CsvTabularContractTest extends TabularContract {

  @Override
  protected PortProvider<TableReader> readerProvider() {
    return new CsvTableReaderProvider();
  }

  @Override
  protected PortProvider<TableWriter> writerProvider() {
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
