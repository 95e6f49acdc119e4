package io.gradcap.examples.demo;

import io.gradcap.adapters.excel.XlsxTableWriterProvider;
import io.gradcap.core.record.StudentRecord;
import io.gradcap.core.roster.RosterImport;
import io.gradcap.core.roster.RosterRecords;
import io.gradcap.spi.Location;
import io.gradcap.spi.table.Column;
import io.gradcap.spi.table.SheetLayout;
import io.gradcap.spi.table.SheetRow;
import io.gradcap.spi.table.TableWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Importing a college's roster workbook: the import refuses an ID number that Excel kept as a
 * number (its last digits are lost) and names its cell; once the clerk retypes it as text the
 * roster imports, and its rows become student records.
 */
final class RosterImportExample {

  static final String ROSTER = "roster.xlsx";
  static final String ROSTER_FIXED = "roster-corrected.xlsx";

  /** What the import gave: the first import's findings and the corrected roster's records. */
  record Imported(RosterImport refused, List<StudentRecord> records) {}

  private RosterImportExample() {}

  static Imported run(DemoOutput out, DemoRoster roster) {
    RosterImport first = DemoStart.importRoster(write(out, roster, ROSTER, true));
    out.say("roster.refused", ROSTER, roster.size());
    first.findings().forEach(out::detail);
    out.say("roster.retyped", ROSTER_FIXED);
    RosterImport second = DemoStart.importRoster(write(out, roster, ROSTER_FIXED, false));
    out.say("roster.imported", second.rows().size(), second.findings().size());
    return new Imported(first, RosterRecords.toRecords(second.rows()));
  }

  /** The roster as a college hands it in, with one ID number typed as a number if asked. */
  private static Path write(DemoOutput out, DemoRoster roster, String name, boolean idAsNumber) {
    Path file = out.file(name);
    SheetLayout layout =
        SheetLayout.of("名单", DemoRoster.HEADERS.stream().map(Column::of).toList())
            .withTitleRows(out.campaign().graduatingClass() + "毕业生名单");
    List<SheetRow> rows = new ArrayList<>(roster.size());
    for (int i = 0; i < roster.size(); i++) {
      List<Object> values = new ArrayList<>(List.of((Object[]) roster.rows().get(i)));
      if (idAsNumber && i == roster.excelNumberRow()) {
        // What Excel keeps of an 18-digit number typed into a General cell: 15 significant digits.
        values.set(
            DemoRoster.ID,
            Double.parseDouble(roster.rows().get(i)[DemoRoster.ID].substring(0, 17)) * 10);
      }
      rows.add(new SheetRow.Values(values));
    }
    try (TableWriter writer = new XlsxTableWriterProvider().open(Location.of(file.toString()))) {
      writer.writeSheet(layout, rows.stream());
    }
    out.wrote(file);
    return file;
  }
}
