package io.gradcap.spi.table;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A number cell. Spreadsheets store numbers as binary doubles with 15 significant digits: an
 * 18-digit ID number typed as a number has already lost its last digits.
 */
public record NumberCell(CellRef ref, double value) implements Cell {

  public NumberCell {
    Objects.requireNonNull(ref, "ref");
  }

  @Override
  public String text() {
    return plain(value);
  }

  /** Whole numbers without a fraction, others in plain (never scientific) notation. */
  static String plain(double value) {
    if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      return Long.toString((long) value);
    }
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      return Double.toString(value);
    }
    return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }
}
