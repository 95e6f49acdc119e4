package io.gradcap.spi.table;

import java.util.stream.Stream;

/**
 * A workbook being written, one sheet after another, each from a stream of rows. Memory stays
 * bounded: rows are written as the stream is consumed. Closing the writer finishes the file; a file
 * whose writer was not closed is incomplete. A file written to a path appears whole or not at all:
 * after a {@link #writeSheet} that failed, closing writes nothing and leaves nothing behind.
 *
 * <p>Text is always written as text: a value that starts with {@code =}, {@code +}, {@code -},
 * {@code @}, a tab or a carriage return never becomes a live formula.
 */
public interface TableWriter extends AutoCloseable {

  /**
   * Writes one sheet: the layout's title rows, its header row, then the rows in order.
   *
   * @throws TableWriteException if the sheet cannot be written (a duplicate name, a second sheet in
   *     a format that has only one)
   */
  void writeSheet(SheetLayout layout, Stream<? extends SheetRow> rows);

  /**
   * Finishes the file.
   *
   * @throws TableWriteException if it cannot be written
   */
  @Override
  void close();
}
