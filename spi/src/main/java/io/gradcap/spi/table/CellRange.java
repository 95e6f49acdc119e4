package io.gradcap.spi.table;

/**
 * A rectangle of cells on one sheet, such as a merged region {@code A1:F1}. Both corners are
 * inclusive, as spreadsheet programs write them; indexes are 0-based.
 *
 * @param firstRow the top row
 * @param firstColumn the leftmost column
 * @param lastRow the bottom row, not above {@code firstRow}
 * @param lastColumn the rightmost column, not left of {@code firstColumn}
 */
public record CellRange(int firstRow, int firstColumn, int lastRow, int lastColumn) {

  public CellRange {
    if (firstRow < 0 || firstColumn < 0 || lastRow < firstRow || lastColumn < firstColumn) {
      throw new IllegalArgumentException(
          "not a range: rows "
              + firstRow
              + ".."
              + lastRow
              + ", columns "
              + firstColumn
              + ".."
              + lastColumn);
    }
  }

  /** Reads {@code A1:F1}; a single cell {@code C3} is a range of one. */
  public static CellRange parse(String text) {
    int colon = text.indexOf(':');
    int[] first = CellRef.parseA1(colon < 0 ? text : text.substring(0, colon));
    int[] last = colon < 0 ? first : CellRef.parseA1(text.substring(colon + 1));
    return new CellRange(first[0], first[1], last[0], last[1]);
  }

  public boolean contains(int row, int column) {
    return row >= firstRow && row <= lastRow && column >= firstColumn && column <= lastColumn;
  }

  @Override
  public String toString() {
    String first = CellRef.columnName(firstColumn) + (firstRow + 1);
    if (firstRow == lastRow && firstColumn == lastColumn) {
      return first;
    }
    return first + ":" + CellRef.columnName(lastColumn) + (lastRow + 1);
  }
}
