package io.gradcap.spi.table;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Objects;

/** A number cell formatted as a date or time, already converted from the spreadsheet's serial. */
public record DateCell(CellRef ref, LocalDateTime value) implements Cell {

  public DateCell {
    Objects.requireNonNull(ref, "ref");
    Objects.requireNonNull(value, "value");
  }

  /** {@code 2024-04-17} for a date at midnight, {@code 2024-04-17T08:30} otherwise. */
  @Override
  public String text() {
    return value.toLocalTime().equals(LocalTime.MIDNIGHT)
        ? value.toLocalDate().toString()
        : value.toString();
  }
}
