/** Reads and writes {@code .xlsx}, {@code .xls} and {@code .csv} sheets for gradcap's tabular ports. */
module io.gradcap.adapters.excel {
  requires io.gradcap.spi;
  requires org.slf4j;

  exports io.gradcap.adapters.excel;
}
