package io.gradcap.adapters.excel;

import io.gradcap.spi.table.CellRef;
import io.gradcap.spi.table.TableLimitExceededException;
import io.gradcap.spi.table.TextCell;

/**
 * Excel's limit on the characters of one cell (32,767), enforced by every reader alike: a longer
 * text is a broken or hostile file, and what one reader accepts another must not refuse later.
 */
final class CellText {

  /** The most characters a cell holds. */
  static final int MAX_CHARS = 32_767;

  private CellText() {}

  /** The refusal of a text longer than {@link #MAX_CHARS}, located at its cell. */
  static TableLimitExceededException tooLong(CellRef ref) {
    return new TableLimitExceededException(ref.toString(), "maxCellChars", MAX_CHARS);
  }

  /** A text cell, or the refusal of a text longer than a cell holds. */
  static TextCell of(CellRef ref, String text) {
    if (text.length() > MAX_CHARS) {
      throw tooLong(ref);
    }
    return new TextCell(ref, text);
  }
}
