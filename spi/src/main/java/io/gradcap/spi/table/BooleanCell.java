package io.gradcap.spi.table;

import java.util.Objects;

/** A boolean cell. */
public record BooleanCell(CellRef ref, boolean value) implements Cell {

  public BooleanCell {
    Objects.requireNonNull(ref, "ref");
  }

  @Override
  public String text() {
    return value ? "TRUE" : "FALSE";
  }
}
