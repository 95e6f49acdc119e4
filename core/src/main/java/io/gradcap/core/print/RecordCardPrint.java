package io.gradcap.core.print;

import static io.gradcap.core.print.Texts.text;

import io.gradcap.core.recordcard.ClassRef;
import io.gradcap.core.recordcard.HandoverLine;
import io.gradcap.core.recordcard.Roster;
import io.gradcap.core.recordcard.RosterEntry;
import io.gradcap.spi.table.Column;
import io.gradcap.spi.table.SheetLayout;
import io.gradcap.spi.table.SheetRow;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The record-card register (one page per class, students in student-number order, a column to tick
 * each card received) and the handover list of the cards a college hands the office.
 */
public final class RecordCardPrint {

  private RecordCardPrint() {}

  /** The register: one section per class, in the roster's class order. */
  public static PrintedSheet register(Roster roster, Locale locale) {
    List<Column> columns =
        List.of(
            Column.of(text(locale, "register.number"), 8),
            Column.of(text(locale, "register.student"), 18),
            Column.of(text(locale, "register.name"), 16),
            Column.of(text(locale, "register.received"), 14),
            Column.of(text(locale, "register.note"), 20));
    SheetLayout layout =
        SheetLayout.of(text(locale, "register.sheet"), columns)
            .withTitleRows(text(locale, "register.title"))
            .withFooter(Texts.footer(locale, ""))
            .withPageBreakPerSection()
            .withRowHeight(SignOffPrint.ROW_HEIGHT);
    List<SheetRow> rows = new ArrayList<>();
    for (ClassRef classRef : roster.classes()) {
      rows.add(
          SheetRow.section(
              text(locale, "register.section", classRef.college(), classRef.classGroup())));
      int n = 0;
      for (RosterEntry entry :
          roster.students(classRef).stream()
              .sorted(Comparator.comparing(RosterEntry::student))
              .toList()) {
        rows.add(SheetRow.values(++n, entry.student().toString(), entry.name(), null, null));
      }
      rows.add(SheetRow.lines(text(locale, "register.signatures")));
    }
    return new PrintedSheet(layout, rows);
  }

  /** The handover list: one line per class handed over, with signature lines. */
  public static PrintedSheet handover(List<HandoverLine> lines, Locale locale) {
    List<Column> columns =
        List.of(
            Column.of(text(locale, "handover.college"), 20),
            Column.of(text(locale, "handover.class"), 16),
            Column.of(text(locale, "handover.count"), 8),
            Column.of(text(locale, "handover.first"), 16),
            Column.of(text(locale, "handover.last"), 16),
            Column.of(text(locale, "handover.missing"), 8),
            Column.of(text(locale, "handover.received-by"), 12),
            Column.of(text(locale, "handover.date"), 16));
    SheetLayout layout =
        SheetLayout.of(text(locale, "handover.sheet"), columns)
            .withTitleRows(text(locale, "handover.title"))
            .withPage(io.gradcap.spi.table.PageSetup.A4_LANDSCAPE)
            .withFooter(Texts.footer(locale, ""));
    List<SheetRow> rows = new ArrayList<>();
    for (HandoverLine line : lines) {
      rows.add(
          SheetRow.values(
              line.classRef().college(),
              line.classRef().classGroup(),
              line.count(),
              line.first().toString(),
              line.last().toString(),
              line.missing(),
              line.receivedBy().name(),
              Texts.date(line.date(), locale)));
    }
    rows.add(SheetRow.lines(text(locale, "handover.signatures")));
    return new PrintedSheet(layout, rows);
  }
}
