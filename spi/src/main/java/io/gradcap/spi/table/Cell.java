package io.gradcap.spi.table;

/**
 * One cell as read, with its typed value and where it is. A spreadsheet knows text, numbers, dates
 * (numbers with a date format), booleans, blanks, errors and formulas; a formula is never
 * evaluated, only its cached value is read.
 */
public sealed interface Cell
    permits TextCell, NumberCell, DateCell, BooleanCell, BlankCell, ErrorCell, FormulaCell {

  /** Where the cell is. */
  CellRef ref();

  /**
   * The value as plain text: text as is, whole numbers without {@code .0}, dates in ISO form,
   * booleans as {@code TRUE}/{@code FALSE}, blanks as the empty string, a formula as its cached
   * value.
   */
  String text();

  /** Whether the cell holds nothing worth reading: blank, or text that is only whitespace. */
  default boolean isBlank() {
    return false;
  }

  /** The cell a formula stands for (its cached value), or this cell. */
  default Cell resolved() {
    return this;
  }
}
