package io.gradcap.spi.table;

import java.util.List;
import java.util.Objects;

/**
 * One row as read: its index and its cells from column {@code A} to the last cell the file stores,
 * with gaps filled by {@link BlankCell}s.
 *
 * @param ref where the row is: the reference of its cell in column {@code A}
 * @param cells the cells, {@code cells.get(i).ref().column() == i}
 */
public record Row(CellRef ref, List<Cell> cells) {

  public Row {
    Objects.requireNonNull(ref, "ref");
    cells = List.copyOf(cells);
  }

  /** The row index, 0-based. */
  public int index() {
    return ref.row();
  }

  /** The cell in the column, a blank one beyond the last stored cell. */
  public Cell cell(int column) {
    return column < cells.size() ? cells.get(column) : new BlankCell(ref.at(ref.row(), column));
  }

  /** Whether every cell is blank. */
  public boolean isBlank() {
    for (Cell cell : cells) {
      if (!cell.isBlank()) {
        return false;
      }
    }
    return true;
  }

  /** The cells' {@link Cell#text()}, in column order. */
  public List<String> texts() {
    return cells.stream().map(Cell::text).toList();
  }
}
