package io.gradcap.spi.table;

import java.util.Objects;

/**
 * Where a cell is: file, sheet, row and column, printed the way people point at a cell, {@code
 * roster.xlsx!Sheet1!C12}. {@link #parse} and {@link #toString} round-trip.
 *
 * <p>A file or sheet name that contains {@code !} or starts with a single quote is written in
 * single quotes, with an inner quote doubled ({@code 'a!b.xlsx'!Sheet1!A1}), as Excel does.
 *
 * @param file the file name as the user knows it, never blank
 * @param sheet the sheet name (for CSV, the file name without its extension), never blank
 * @param row the row index, 0-based (row {@code 12} on screen is index 11)
 * @param column the column index, 0-based ({@code A} is 0)
 */
public record CellRef(String file, String sheet, int row, int column) {

  /** The largest row index a spreadsheet program shows (1,048,576 rows). */
  public static final int MAX_ROW = 1_048_575;

  /** The largest column index a spreadsheet program shows ({@code XFD}). */
  public static final int MAX_COLUMN = 16_383;

  public CellRef {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(sheet, "sheet");
    if (file.isBlank() || sheet.isBlank()) {
      throw new IllegalArgumentException("a cell reference needs a file and a sheet name");
    }
    if (row < 0 || row > MAX_ROW) {
      throw new IllegalArgumentException("row index out of range: " + row);
    }
    if (column < 0 || column > MAX_COLUMN) {
      throw new IllegalArgumentException("column index out of range: " + column);
    }
  }

  public static CellRef of(String file, String sheet, int row, int column) {
    return new CellRef(file, sheet, row, column);
  }

  /** Reads {@code file!Sheet!C12}, the form {@link #toString} writes. */
  public static CellRef parse(String text) {
    Objects.requireNonNull(text, "text");
    int[] end = new int[1];
    String file = part(text, 0, end);
    int afterFile = end[0] + 1;
    String sheet = part(text, afterFile, end);
    int afterSheet = end[0] + 1;
    if (afterSheet >= text.length()) {
      throw new IllegalArgumentException("not a cell reference (file!sheet!A1): " + text);
    }
    String a1 = text.substring(afterSheet);
    int[] rowColumn = parseA1(a1);
    return new CellRef(file, sheet, rowColumn[0], rowColumn[1]);
  }

  /** The same sheet, another cell. */
  public CellRef at(int row, int column) {
    return new CellRef(file, sheet, row, column);
  }

  /** The cell's own part, {@code C12}. */
  public String a1() {
    return columnName(column) + (row + 1);
  }

  /** {@code file!Sheet}, quoted where needed: the prefix every cell of the sheet shares. */
  public String sheetLocation() {
    return quote(file) + "!" + quote(sheet);
  }

  /** The column letters of a 0-based column index: 0 is {@code A}, 26 is {@code AA}. */
  public static String columnName(int column) {
    if (column < 0) {
      throw new IllegalArgumentException("negative column " + column);
    }
    StringBuilder name = new StringBuilder(3);
    int n = column + 1;
    while (n > 0) {
      int rem = (n - 1) % 26;
      name.append((char) ('A' + rem));
      n = (n - 1) / 26;
    }
    return name.reverse().toString();
  }

  /** Row and column index, 0-based, of {@code C12}; letters are case-insensitive. */
  public static int[] parseA1(String a1) {
    int i = 0;
    int column = 0;
    while (i < a1.length() && Character.isLetter(a1.charAt(i))) {
      char c = Character.toUpperCase(a1.charAt(i));
      if (c < 'A' || c > 'Z') {
        throw new IllegalArgumentException("not a cell name: " + a1);
      }
      column = column * 26 + (c - 'A' + 1);
      if (column > MAX_COLUMN + 1) {
        throw new IllegalArgumentException("column out of range: " + a1);
      }
      i++;
    }
    if (i == 0 || i == a1.length() || a1.length() - i > 7) {
      throw new IllegalArgumentException("not a cell name: " + a1);
    }
    int row = 0;
    for (int j = i; j < a1.length(); j++) {
      char c = a1.charAt(j);
      if (c < '0' || c > '9') {
        throw new IllegalArgumentException("not a cell name: " + a1);
      }
      row = row * 10 + (c - '0');
    }
    if (row < 1 || row > MAX_ROW + 1) {
      throw new IllegalArgumentException("row out of range: " + a1);
    }
    return new int[] {row - 1, column - 1};
  }

  private static String quote(String name) {
    if (name.indexOf('!') < 0 && !name.startsWith("'")) {
      return name;
    }
    return "'" + name.replace("'", "''") + "'";
  }

  /**
   * Reads one name from {@code from}, quoted or not; {@code end[0]} is the index of the next '!'.
   */
  private static String part(String text, int from, int[] end) {
    if (from >= text.length()) {
      throw new IllegalArgumentException("not a cell reference (file!sheet!A1): " + text);
    }
    if (text.charAt(from) == '\'') {
      StringBuilder name = new StringBuilder();
      int i = from + 1;
      while (i < text.length()) {
        char c = text.charAt(i);
        if (c == '\'') {
          if (i + 1 < text.length() && text.charAt(i + 1) == '\'') {
            name.append('\'');
            i += 2;
            continue;
          }
          break;
        }
        name.append(c);
        i++;
      }
      if (i + 1 >= text.length() || text.charAt(i) != '\'' || text.charAt(i + 1) != '!') {
        throw new IllegalArgumentException("not a cell reference (file!sheet!A1): " + text);
      }
      end[0] = i + 1;
      return name.toString();
    }
    int bang = text.indexOf('!', from);
    if (bang < 0) {
      throw new IllegalArgumentException("not a cell reference (file!sheet!A1): " + text);
    }
    end[0] = bang;
    return text.substring(from, bang);
  }

  @Override
  public String toString() {
    return sheetLocation() + "!" + a1();
  }
}
