package io.gradcap.spi.table;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One item of a sheet being written: a row of values, the start of a section (a class, a college),
 * or lines of text such as signature lines.
 */
public sealed interface SheetRow {

  /**
   * A row of values, one per column. A value is a {@link CharSequence} (always written as text,
   * never as a formula, whatever it starts with), a {@link Number}, a {@link LocalDate}, a {@link
   * LocalDateTime}, a {@link Boolean} or {@code null} for an empty cell. Fewer values than columns
   * leave the rest empty (a signature column).
   *
   * @param values the values in column order; {@code null} elements are empty cells
   */
  record Values(List<@Nullable Object> values) implements SheetRow {
    public Values {
      for (@Nullable Object value : values) {
        if (value != null
            && !(value instanceof CharSequence
                || value instanceof Number
                || value instanceof LocalDate
                || value instanceof LocalDateTime
                || value instanceof Boolean)) {
          throw new IllegalArgumentException("cannot write a " + value.getClass().getName());
        }
      }
      values = Collections.unmodifiableList(new ArrayList<>(values));
    }
  }

  /**
   * The start of a section: its title lines, each merged across the columns, and, if the layout
   * asks for it, a page break before it.
   */
  record Section(List<String> titles) implements SheetRow {
    public Section {
      titles = List.copyOf(titles);
    }
  }

  /** Lines of text merged across the columns, such as {@code 班主任签名：________}. */
  record Lines(List<String> lines) implements SheetRow {
    public Lines {
      lines = List.copyOf(lines);
    }
  }

  /** A row of values; {@code null} is an empty cell. */
  static Values values(@Nullable Object... values) {
    return new Values(Arrays.asList(values));
  }

  static Section section(String... titles) {
    return new Section(List.of(titles));
  }

  static Lines lines(String... lines) {
    return new Lines(List.of(lines));
  }

  /** Whether the item is a row of values. */
  default boolean isValues() {
    return this instanceof Values;
  }
}
