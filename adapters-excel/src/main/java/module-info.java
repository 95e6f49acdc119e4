/**
 * Reads and writes {@code .xlsx}, {@code .xls} and {@code .csv} sheets for gradcap's tabular ports.
 */
module io.gradcap.adapters.excel {
  requires io.gradcap.spi;
  requires org.slf4j;
  requires java.xml;
  requires com.fasterxml.aalto;
  requires org.apache.poi.poi;
  requires org.apache.poi.ooxml;
  requires org.apache.commons.compress;

  exports io.gradcap.adapters.excel;

  provides io.gradcap.spi.table.TableReaderProvider with
      io.gradcap.adapters.excel.XlsxTableReaderProvider,
      io.gradcap.adapters.excel.XlsTableReaderProvider,
      io.gradcap.adapters.excel.CsvTableReaderProvider;
  provides io.gradcap.spi.table.TableWriterProvider with
      io.gradcap.adapters.excel.XlsxTableWriterProvider,
      io.gradcap.adapters.excel.CsvTableWriterProvider;
  provides io.gradcap.spi.table.TableAnnotatorProvider with
      io.gradcap.adapters.excel.ExcelTableAnnotatorProvider;
}
