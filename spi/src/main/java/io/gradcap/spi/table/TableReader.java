package io.gradcap.spi.table;

import java.util.List;
import java.util.stream.Stream;

/**
 * An open spreadsheet or CSV file, read sheet by sheet as a stream of rows. Memory stays bounded
 * whatever the file's size: rows are parsed as the stream is consumed. Close the streams and the
 * reader.
 *
 * <p>Every method may throw an {@link UnreadableTableException} (or one of its subtypes) naming the
 * file and, where it applies, the sheet and cell.
 */
public interface TableReader extends AutoCloseable {

  /** The file name used in every {@link CellRef} this reader produces. */
  String file();

  /** The sheets in workbook order; a CSV file has one, named after the file. */
  List<String> sheetNames();

  /**
   * The rows of a sheet, in order, from the first stored row. Blank rows that the file does not
   * store are skipped; a row's {@link Row#index()} says where it is.
   *
   * @throws SheetNotFoundException if there is no such sheet
   */
  Stream<Row> rows(String sheet);

  /** The rows of the first sheet. */
  default Stream<Row> rows() {
    return rows(sheetNames().get(0));
  }

  /**
   * The merged regions of a sheet (a title across the columns, a class name down its rows). Only
   * the top-left cell of a region holds the value; the others read as blanks. Asked after a sheet's
   * rows were streamed to the end, a streaming reader may answer from what it saw there.
   */
  List<CellRange> mergedRegions(String sheet);

  @Override
  void close();
}
