package io.gradcap.spi.table;

import java.util.Objects;

/**
 * A finding to write back into a user's workbook at the cell it concerns.
 *
 * @param cell the cell; its sheet and coordinates are used, its file name is not
 * @param text what to tell the user, already in their language
 * @param level how the cell is highlighted
 */
public record CellNote(CellRef cell, String text, Level level) {

  public CellNote {
    Objects.requireNonNull(cell, "cell");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(level, "level");
  }

  public static CellNote error(CellRef cell, String text) {
    return new CellNote(cell, text, Level.ERROR);
  }

  public static CellNote warning(CellRef cell, String text) {
    return new CellNote(cell, text, Level.WARNING);
  }

  /** How a noted cell is highlighted: errors red, warnings yellow. */
  public enum Level {
    ERROR,
    WARNING
  }
}
