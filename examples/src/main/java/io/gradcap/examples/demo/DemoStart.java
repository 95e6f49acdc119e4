package io.gradcap.examples.demo;

import io.gradcap.adapters.excel.XlsxTableReaderProvider;
import io.gradcap.core.journal.CampaignJournal;
import io.gradcap.core.journal.CampaignState;
import io.gradcap.core.record.FieldClasses;
import io.gradcap.core.record.RecordField;
import io.gradcap.core.record.StudentRecord;
import io.gradcap.core.recordcard.Roster;
import io.gradcap.core.recordcard.RosterEntry;
import io.gradcap.core.roster.RosterImport;
import io.gradcap.core.roster.RosterImporter;
import io.gradcap.core.roster.RosterMapping;
import io.gradcap.core.signoff.ReturnDeadline;
import io.gradcap.core.signoff.SignOffSheet;
import io.gradcap.core.signoff.SignOffState;
import io.gradcap.spi.Location;
import io.gradcap.spi.event.EventStore;
import io.gradcap.spi.table.TableReader;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The demo campaign's start: the sign-off sheets as printed and the roster, built from the
 * corrected records. The journal stores it with the events, so {@code gradcap progress --db} opens
 * the demo's database, or any other campaign's, without the roster file.
 */
public final class DemoStart {

  /** The journal's name in the event store. */
  public static final String JOURNAL = "seed-2024";

  private DemoStart() {}

  /** The sign-off sheets' return deadline (R2): the 17th of April, ten days. */
  static ReturnDeadline deadline() {
    return ReturnDeadline.of(LocalDate.of(2023, 4, 17), 10);
  }

  static RosterImport importRoster(Path file) {
    try (TableReader reader = new XlsxTableReaderProvider().open(Location.of(file.toString()))) {
      return RosterImporter.of(RosterMapping.defaults()).read(reader);
    }
  }

  /** The registry's own duplicate student number, corrected from the enrolment list (R4). */
  static List<StudentRecord> fixDuplicate(
      List<StudentRecord> records,
      DemoRoster.Planted duplicate,
      Consumer<StudentRecord> corrected) {
    List<StudentRecord> result = new ArrayList<>(records);
    int seen = 0;
    for (int i = 0; i < result.size(); i++) {
      if (result.get(i).subject().equals(duplicate.studentNumber()) && ++seen == 2) {
        result.set(i, result.get(i).with(RecordField.STUDENT_NUMBER, duplicate.correction()));
        corrected.accept(result.get(i));
      }
    }
    return result;
  }

  static DemoRoster.Planted duplicate(DemoRoster roster) {
    return roster.planted().stream()
        .filter(p -> p.field() == RecordField.STUDENT_NUMBER)
        .findFirst()
        .orElseThrow();
  }

  static Roster cardRoster(List<StudentRecord> records) {
    return Roster.of(
        records.stream()
            .map(
                r ->
                    new RosterEntry(
                        r.studentNumber().orElseThrow(),
                        r.text(RecordField.NAME),
                        r.college(),
                        r.classGroup()))
            .toList());
  }

  /**
   * The campaign before anything is recorded, from the sheets as printed and the corrected records.
   */
  public static CampaignState start(List<SignOffSheet> sheets, List<StudentRecord> records) {
    List<SignOffState> opened =
        sheets.stream()
            .map(sheet -> SignOffState.open(sheet, records, FieldClasses.defaults()))
            .toList();
    return CampaignState.start(opened, cardRoster(records));
  }

  /** The demo's journal on a store, opened and folded. */
  public static CampaignJournal journal(EventStore store, CampaignState start, DemoRules rules) {
    CampaignJournal journal =
        rules
            .configure(CampaignJournal.builder(store))
            .name(JOURNAL)
            .start(start)
            .clock(Clock.fixed(Instant.parse("2024-07-01T00:00:00Z"), ZoneOffset.UTC))
            .build();
    journal.open();
    return journal;
  }
}
