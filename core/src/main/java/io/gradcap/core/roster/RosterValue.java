package io.gradcap.core.roster;

import io.gradcap.spi.table.CellRef;
import java.util.Objects;

/**
 * One coerced value and the cell it came from (for a merged cell, the region's top-left cell, where
 * the value is actually written).
 *
 * @param text the value as text: trimmed, full-width forms folded, dates as {@code 2024-04-17}
 * @param source the cell it came from
 */
public record RosterValue(String text, CellRef source) {

  public RosterValue {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(source, "source");
  }

  /** The source cell as text, {@code roster.xlsx!Sheet1!C12}. */
  public String location() {
    return source.toString();
  }

  /** The location and the length only: the text may be an ID number. */
  @Override
  public String toString() {
    return "RosterValue[" + source + ", " + text.length() + " chars]";
  }
}
