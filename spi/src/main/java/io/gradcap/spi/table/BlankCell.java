package io.gradcap.spi.table;

import java.util.Objects;

/** A cell with no value, including the cells of a merged region other than its top-left one. */
public record BlankCell(CellRef ref) implements Cell {

  public BlankCell {
    Objects.requireNonNull(ref, "ref");
  }

  @Override
  public String text() {
    return "";
  }

  @Override
  public boolean isBlank() {
    return true;
  }
}
