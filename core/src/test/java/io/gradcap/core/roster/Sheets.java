package io.gradcap.core.roster;

import io.gradcap.spi.table.BlankCell;
import io.gradcap.spi.table.Cell;
import io.gradcap.spi.table.CellRange;
import io.gradcap.spi.table.CellRef;
import io.gradcap.spi.table.DateCell;
import io.gradcap.spi.table.ErrorCell;
import io.gradcap.spi.table.NumberCell;
import io.gradcap.spi.table.Row;
import io.gradcap.spi.table.SheetNotFoundException;
import io.gradcap.spi.table.TableReader;
import io.gradcap.spi.table.TextCell;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Sheets held in memory, typed the way a reader hands them out. */
final class Sheets implements TableReader {

  static final String FILE = "名单.xlsx";
  static final String SHEET = "Sheet1";

  private final List<Row> rows = new ArrayList<>();
  private final List<CellRange> merged = new ArrayList<>();

  /**
   * Adds a row at the given 0-based index; strings are text, numbers numbers, dates dates, null
   * blank.
   */
  Sheets row(int index, Object... values) {
    CellRef ref = CellRef.of(FILE, SHEET, index, 0);
    List<Cell> cells = new ArrayList<>();
    for (int c = 0; c < values.length; c++) {
      CellRef at = ref.at(index, c);
      Object v = values[c];
      cells.add(
          v == null
              ? new BlankCell(at)
              : v instanceof Number n
                  ? new NumberCell(at, n.doubleValue())
                  : v instanceof LocalDate d
                      ? new DateCell(at, d.atStartOfDay())
                      : v instanceof Cell cell ? cell : new TextCell(at, v.toString()));
    }
    rows.add(new Row(ref, cells));
    return this;
  }

  Sheets merge(String range) {
    merged.add(CellRange.parse(range));
    return this;
  }

  static ErrorCell error(int row, int column, String code) {
    return new ErrorCell(CellRef.of(FILE, SHEET, row, column), code);
  }

  @Override
  public String file() {
    return FILE;
  }

  @Override
  public List<String> sheetNames() {
    return List.of(SHEET);
  }

  @Override
  public Stream<Row> rows(String sheet) {
    if (!SHEET.equals(sheet)) {
      throw new SheetNotFoundException(FILE + "!" + sheet, "no such sheet");
    }
    return rows.stream();
  }

  @Override
  public List<CellRange> mergedRegions(String sheet) {
    return List.copyOf(merged);
  }

  @Override
  public void close() {}
}
