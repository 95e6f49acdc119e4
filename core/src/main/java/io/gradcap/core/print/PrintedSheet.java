package io.gradcap.core.print;

import io.gradcap.spi.table.SheetLayout;
import io.gradcap.spi.table.SheetRow;
import java.util.List;
import java.util.stream.Stream;

/**
 * One printable sheet: how it looks and what it says, ready for a {@link
 * io.gradcap.spi.table.TableWriter}.
 *
 * @param layout the title, columns, page setup and footer
 * @param rows the sections, values and lines in print order
 */
public record PrintedSheet(SheetLayout layout, List<SheetRow> rows) {

  public PrintedSheet {
    rows = List.copyOf(rows);
  }

  /** The rows as the writer consumes them. */
  public Stream<SheetRow> stream() {
    return rows.stream();
  }

  /** Only the rows of values, without sections and lines. */
  public List<List<Object>> values() {
    return rows.stream()
        .filter(SheetRow::isValues)
        .map(r -> ((SheetRow.Values) r).values())
        .toList();
  }
}
