package io.gradcap.spi.table;

import java.util.Objects;

/**
 * A formula cell: the formula text and the value the spreadsheet program cached when it last saved.
 * Readers never evaluate a formula and never follow its external links.
 *
 * @param ref where the cell is
 * @param formula the formula without its leading {@code =}
 * @param cached the cached value, at the same {@code ref}; a {@link BlankCell} if none was saved
 */
public record FormulaCell(CellRef ref, String formula, Cell cached) implements Cell {

  public FormulaCell {
    Objects.requireNonNull(ref, "ref");
    Objects.requireNonNull(formula, "formula");
    Objects.requireNonNull(cached, "cached");
    if (cached instanceof FormulaCell) {
      throw new IllegalArgumentException("a cached value is never itself a formula");
    }
  }

  @Override
  public String text() {
    return cached.text();
  }

  @Override
  public boolean isBlank() {
    return cached.isBlank();
  }

  @Override
  public Cell resolved() {
    return cached;
  }
}
