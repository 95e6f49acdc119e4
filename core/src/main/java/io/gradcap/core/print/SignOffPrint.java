package io.gradcap.core.print;

import static io.gradcap.core.print.Texts.text;

import com.google.common.base.Preconditions;
import io.gradcap.core.signoff.SignOffRow;
import io.gradcap.core.signoff.SignOffSheet;
import io.gradcap.spi.table.Column;
import io.gradcap.spi.table.SheetLayout;
import io.gradcap.spi.table.SheetRow;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Per-class sign-off sheets (R2) as one printed sheet: one class per page, each page titled with
 * college, class, cohort and the return deadline (date and teaching week), the students' rows with
 * the full ID number (students check it), a "wrong" column and a signature column, signature lines
 * for the responsible persons and page x of y in the footer.
 */
public final class SignOffPrint {

  /** Tall rows leave room to sign. */
  static final double ROW_HEIGHT = 24;

  private SignOffPrint() {}

  /**
   * The classes' sheets, one section (page) each, in the order given.
   *
   * @throws IllegalArgumentException if there are no sheets or they do not share their columns
   */
  public static PrintedSheet of(List<SignOffSheet> sheets, Locale locale) {
    Preconditions.checkArgument(!sheets.isEmpty(), "no sign-off sheet to print");
    SignOffSheet first = sheets.get(0);
    for (SignOffSheet sheet : sheets) {
      Preconditions.checkArgument(
          sheet.columns().equals(first.columns()),
          "the sheets of %s and %s have different columns",
          first.classGroup(),
          sheet.classGroup());
    }
    List<Column> columns = first.headers(locale).stream().map(Column::of).toList();
    SheetLayout layout =
        SheetLayout.of(text(locale, "signoff.sheet"), columns)
            .withTitleRows(text(locale, "signoff.heading"))
            .withPage(io.gradcap.spi.table.PageSetup.A4_LANDSCAPE)
            .withFooter(Texts.footer(locale, text(locale, "signoff.footer")))
            .withPageBreakPerSection()
            .withRowHeight(ROW_HEIGHT);
    List<SheetRow> rows = new ArrayList<>();
    for (SignOffSheet sheet : sheets) {
      rows.add(SheetRow.section(sheet.title(locale)));
      for (SignOffRow row : sheet.rows()) {
        List<Object> values = new ArrayList<>();
        values.add(row.number());
        values.addAll(row.cells(sheet.columns()));
        values.add(row.key().toString());
        values.add(null);
        values.add(null);
        rows.add(new SheetRow.Values(values));
      }
      rows.add(
          SheetRow.lines(
              text(locale, "signoff.count", sheet.rows().size()),
              text(locale, "signoff.signatures")));
    }
    return new PrintedSheet(layout, rows);
  }
}
