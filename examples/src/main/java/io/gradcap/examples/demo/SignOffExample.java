package io.gradcap.examples.demo;

import io.gradcap.adapters.excel.XlsxTableWriterProvider;
import io.gradcap.core.access.Actor;
import io.gradcap.core.print.PrintedSheet;
import io.gradcap.core.print.SignOffPrint;
import io.gradcap.core.record.RecordField;
import io.gradcap.core.record.StudentNumber;
import io.gradcap.core.signoff.SignOffCommand;
import io.gradcap.core.signoff.SignOffEvent;
import io.gradcap.core.signoff.SignOffSheet;
import io.gradcap.core.signoff.SignOffState;
import io.gradcap.core.signoff.StudentOutcome;
import io.gradcap.spi.Location;
import io.gradcap.spi.table.SheetLayout;
import io.gradcap.spi.table.TableWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Sign-off sheets (R2–R5): printed per class, one worksheet per college; then each row's outcome
 * recorded as the counsellor brings the sheet back. A wrong non-critical field is corrected on the
 * sheet at once (R4), a wrong critical field becomes a change request (R3), a row that does not
 * come back is marked, and every other student signs (R5). What is printed afterwards is read from
 * the journal's state, so a second run on the same database prints the same.
 */
final class SignOffExample {

  static final String SHEETS = "signoff-sheets.xlsx";

  private SignOffExample() {}

  /** The printable sheets ({@link SignOffPrint}): a worksheet per college, a page per class. */
  static void print(DemoOutput out, List<SignOffSheet> sheets) {
    Path file = out.file(SHEETS);
    Map<String, List<SignOffSheet>> byCollege =
        sheets.stream()
            .collect(
                Collectors.groupingBy(
                    SignOffSheet::college, LinkedHashMap::new, Collectors.toList()));
    try (TableWriter writer = new XlsxTableWriterProvider().open(Location.of(file.toString()))) {
      for (Map.Entry<String, List<SignOffSheet>> e : byCollege.entrySet()) {
        PrintedSheet printed = SignOffPrint.of(e.getValue(), out.locale());
        SheetLayout l = printed.layout();
        writer.writeSheet(
            new SheetLayout(
                e.getKey(),
                l.titleRows(),
                l.columns(),
                l.repeatHeader(),
                l.freezeHeader(),
                l.page(),
                l.footer(),
                l.breakBeforeSection(),
                l.rowHeight()),
            printed.stream());
      }
    }
    out.wrote(file);
    out.say("sign-off.written", sheets.size(), SHEETS);
  }

  /** Records every row's outcome through the journal, then prints what the sheets say. */
  static void record(
      DemoOutput out, DemoJournal journal, List<SignOffSheet> sheets, DemoRoster roster) {
    Map<String, DemoRoster.Planted> planted = new HashMap<>();
    roster.planted().stream()
        .filter(p -> p.field() != RecordField.STUDENT_NUMBER)
        .forEach(p -> planted.put(p.studentNumber(), p));
    Instant day = DemoOutput.at(LocalDate.of(2023, 4, 14), 10, 0);
    for (SignOffSheet sheet : sheets) {
      Actor counsellor =
          Actor.counsellor("c-" + sheet.classGroup(), "班主任", Set.of(sheet.classGroup()));
      int row = 0;
      for (StudentNumber student : sheet.students()) {
        row++;
        Instant when = day.plusSeconds(60L * row);
        DemoRoster.Planted p = planted.get(student.value());
        if (p != null) {
          journal.signOff(
              new SignOffCommand.ReportWrong(student, p.field(), p.correction(), counsellor, when));
        } else if (row == 7 && sheet.classGroup().hashCode() % 3 == 0) {
          // R4: a non-critical field is corrected on the sheet at once.
          journal.signOff(
              new SignOffCommand.ReportWrong(
                  student, RecordField.POLITICAL_STATUS, "中共党员", counsellor, when));
        } else if (row == 11 && sheet.classGroup().hashCode() % 5 == 0) {
          journal.signOff(new SignOffCommand.MarkNotReturned(student, counsellor, when));
          continue;
        }
        journal.signOff(new SignOffCommand.Sign(student, counsellor, when.plusSeconds(30)));
      }
    }
    report(out, journal);
  }

  /** The sheets as the journal holds them: the first corrections, every routed field, the sums. */
  private static void report(DemoOutput out, DemoJournal journal) {
    int signed = 0;
    int corrected = 0;
    int requested = 0;
    int notReturned = 0;
    for (SignOffState state : journal.state().signOffs().values()) {
      for (StudentNumber student : state.sheet().students()) {
        StudentOutcome outcome = state.outcome(student);
        signed += outcome.signedAt() == null ? 0 : 1;
        notReturned += outcome.notReturnedAt() == null ? 0 : 1;
        for (SignOffEvent.FieldCorrected fc : outcome.corrections()) {
          if (++corrected <= 3) {
            out.say(
                "sign-off.corrected",
                fc.student(),
                fc.field().label(out.locale()),
                fc.oldValue(),
                fc.newValue());
          }
        }
        for (SignOffEvent.ChangeRequestOpened cr : outcome.changeRequests()) {
          requested++;
          out.say("sign-off.routed", cr.student(), cr.field().label(out.locale()));
        }
      }
    }
    out.say("sign-off.summary", signed, corrected, requested, notReturned);
  }
}
