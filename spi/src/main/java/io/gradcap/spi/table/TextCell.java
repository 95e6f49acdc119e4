package io.gradcap.spi.table;

import java.util.Objects;

/** A text cell, exactly as stored (not trimmed). */
public record TextCell(CellRef ref, String value) implements Cell {

  public TextCell {
    Objects.requireNonNull(ref, "ref");
    Objects.requireNonNull(value, "value");
  }

  @Override
  public String text() {
    return value;
  }

  @Override
  public boolean isBlank() {
    return value.isBlank();
  }
}
