package io.gradcap.spi.table;

import java.util.List;
import java.util.Objects;

/**
 * How a written sheet looks: what the domain decides about a document's shape, in terms any
 * spreadsheet format can honour. A format that cannot (CSV) writes the header and the values and
 * ignores the rest.
 *
 * @param name the sheet's name (at most 31 characters, none of {@code : \ / ? * [ ]})
 * @param titleRows lines above the header, each merged across all columns, centred, bold
 * @param columns the columns, with their header texts and widths
 * @param repeatHeader whether the header row is printed again at the top of every page
 * @param freezeHeader whether the rows down to the header stay visible when scrolling
 * @param page paper orientation and scaling (always A4)
 * @param footer the printed footer of every page
 * @param breakBeforeSection whether each {@link SheetRow.Section} after the first starts a page
 * @param rowHeight height of data rows in points, 0 for the default (tall rows leave room to sign)
 */
public record SheetLayout(
    String name,
    List<String> titleRows,
    List<Column> columns,
    boolean repeatHeader,
    boolean freezeHeader,
    PageSetup page,
    Footer footer,
    boolean breakBeforeSection,
    double rowHeight) {

  public SheetLayout {
    Objects.requireNonNull(name, "name");
    if (name.isBlank()
        || name.length() > 31
        || name.chars().anyMatch(c -> ":\\/?*[]".indexOf(c) >= 0)) {
      throw new IllegalArgumentException("not a sheet name: " + name);
    }
    titleRows = List.copyOf(titleRows);
    columns = List.copyOf(columns);
    if (columns.isEmpty()) {
      throw new IllegalArgumentException("a sheet needs at least one column");
    }
    Objects.requireNonNull(page, "page");
    Objects.requireNonNull(footer, "footer");
    if (rowHeight < 0 || rowHeight > 409) {
      throw new IllegalArgumentException("row height must be 0..409 points: " + rowHeight);
    }
  }

  /**
   * A plain list: no title, header repeated and frozen, A4 portrait fit to width, page x of y
   * footer, no section breaks, default row height.
   */
  public static SheetLayout of(String name, List<Column> columns) {
    return new SheetLayout(
        name,
        List.of(),
        columns,
        true,
        true,
        PageSetup.A4_PORTRAIT,
        Footer.pageOfPages(),
        false,
        0);
  }

  public SheetLayout withTitleRows(String... titles) {
    return new SheetLayout(
        name,
        List.of(titles),
        columns,
        repeatHeader,
        freezeHeader,
        page,
        footer,
        breakBeforeSection,
        rowHeight);
  }

  public SheetLayout withPage(PageSetup setup) {
    return new SheetLayout(
        name,
        titleRows,
        columns,
        repeatHeader,
        freezeHeader,
        setup,
        footer,
        breakBeforeSection,
        rowHeight);
  }

  public SheetLayout withFooter(Footer newFooter) {
    return new SheetLayout(
        name,
        titleRows,
        columns,
        repeatHeader,
        freezeHeader,
        page,
        newFooter,
        breakBeforeSection,
        rowHeight);
  }

  /** Each section after the first starts on a new page: one class per page. */
  public SheetLayout withPageBreakPerSection() {
    return new SheetLayout(
        name, titleRows, columns, repeatHeader, freezeHeader, page, footer, true, rowHeight);
  }

  public SheetLayout withRowHeight(double points) {
    return new SheetLayout(
        name,
        titleRows,
        columns,
        repeatHeader,
        freezeHeader,
        page,
        footer,
        breakBeforeSection,
        points);
  }

  public SheetLayout withHeader(boolean repeat, boolean freeze) {
    return new SheetLayout(
        name, titleRows, columns, repeat, freeze, page, footer, breakBeforeSection, rowHeight);
  }

  /** The index of the header row: right below the title rows. */
  public int headerRowIndex() {
    return titleRows.size();
  }
}
