package io.gradcap.spi.table;

import java.util.Objects;

/** A cell that holds a spreadsheet error such as {@code #N/A} or {@code #REF!}. */
public record ErrorCell(CellRef ref, String code) implements Cell {

  public ErrorCell {
    Objects.requireNonNull(ref, "ref");
    Objects.requireNonNull(code, "code");
  }

  @Override
  public String text() {
    return code;
  }
}
