package io.gradcap.core.print;

import static io.gradcap.core.print.Texts.text;

import io.gradcap.core.change.HandoverList;
import io.gradcap.spi.table.Column;
import io.gradcap.spi.table.PageSetup;
import io.gradcap.spi.table.SheetLayout;
import io.gradcap.spi.table.SheetRow;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The list of change requests a college hands the registry office (R16): one line per request with
 * the fields it changes and its evidence, totals and signature lines. No ID numbers: the evidence
 * travels with the request.
 */
public final class ChangePrint {

  private ChangePrint() {}

  public static PrintedSheet handover(HandoverList list, Locale locale) {
    List<Column> columns =
        List.of(
            Column.of(text(locale, "change.number"), 8),
            Column.of(text(locale, "change.request"), 14),
            Column.of(text(locale, "change.class"), 16),
            Column.of(text(locale, "change.student"), 16),
            Column.of(text(locale, "change.fields"), 24),
            Column.of(text(locale, "change.files"), 10),
            Column.of(text(locale, "change.pages"), 8),
            Column.of(text(locale, "change.missing"), 24));
    SheetLayout layout =
        SheetLayout.of(text(locale, "change.sheet"), columns)
            .withTitleRows(text(locale, "change.title", list.college()))
            .withPage(PageSetup.A4_LANDSCAPE)
            .withFooter(Texts.footer(locale, ""));
    List<SheetRow> rows = new ArrayList<>();
    int n = 0;
    String separator = Texts.english(locale) ? ", " : "、";
    for (HandoverList.Line line : list.lines()) {
      String fields =
          line.fields().stream().map(f -> f.label(locale)).collect(Collectors.joining(separator));
      String missing =
          line.missingEvidence().stream()
              .map(k -> k.label(locale))
              .collect(Collectors.joining(separator));
      rows.add(
          SheetRow.values(
              ++n,
              line.requestId(),
              line.classGroup(),
              line.student().toString(),
              fields,
              line.files(),
              line.pages(),
              missing));
    }
    rows.add(
        SheetRow.lines(
            text(locale, "change.total", list.requests(), list.files(), list.pages()),
            text(locale, "change.signatures")));
    return new PrintedSheet(layout, rows);
  }
}
