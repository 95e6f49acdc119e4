package io.gradcap.spi.table;

import io.gradcap.spi.Location;
import java.util.List;
import java.util.Optional;

/**
 * Writes findings back into a copy of a user's workbook: each noted cell highlighted and given a
 * comment, and optionally an errors column after the last used column listing each row's notes.
 * Everything else (values, formats, formulas, other sheets) is left as it was; the original file is
 * never changed.
 */
public interface TableAnnotator extends AutoCloseable {

  /**
   * Writes the annotated copy.
   *
   * @param target where the copy goes, a file path or a location carrying an {@link
   *     java.io.OutputStream} attachment; in the same format as the source
   * @param notes the notes; a note on a sheet the workbook does not have is an error
   * @param errorsColumnHeader the header of an errors column to add after each noted sheet's last
   *     used column, or empty for none
   * @param headerRow the 0-based index of the header row, where the errors column's header goes
   * @throws SheetNotFoundException if a note names a sheet the workbook does not have
   * @throws TableWriteException if the copy cannot be written
   */
  void writeCopy(
      Location target, List<CellNote> notes, Optional<String> errorsColumnHeader, int headerRow);

  @Override
  void close();
}
