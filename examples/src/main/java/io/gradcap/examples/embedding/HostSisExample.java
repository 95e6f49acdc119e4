package io.gradcap.examples.embedding;

import io.gradcap.adapters.jdbc.JdbcEventStoreProvider;
import io.gradcap.adapters.jdbc.JdbcOptions;
import io.gradcap.core.access.Actor;
import io.gradcap.core.capture.CaptureSettings;
import io.gradcap.core.capture.CodeGate;
import io.gradcap.core.capture.plan.CaptureClass;
import io.gradcap.core.capture.plan.CaptureGroup;
import io.gradcap.core.capture.plan.CapturePlan;
import io.gradcap.core.capture.plan.CapturePlanner;
import io.gradcap.core.capture.plan.CaptureProblem;
import io.gradcap.core.capture.plan.CaptureWindow;
import io.gradcap.core.capture.plan.Order;
import io.gradcap.core.capture.plan.Station;
import io.gradcap.core.capture.plan.Throughput;
import io.gradcap.core.cohort.CohortId;
import io.gradcap.core.finding.Finding;
import io.gradcap.core.journal.CampaignJournal;
import io.gradcap.core.journal.CampaignState;
import io.gradcap.core.record.RecordField;
import io.gradcap.core.record.StudentNumber;
import io.gradcap.core.record.StudentRecord;
import io.gradcap.core.signoff.ReturnDeadline;
import io.gradcap.core.signoff.SignOffSheet;
import io.gradcap.core.verification.ClassPlacement;
import io.gradcap.core.verification.VerificationContext;
import io.gradcap.core.verification.VerificationPolicy;
import io.gradcap.core.verification.VerificationReport;
import io.gradcap.core.verification.Verifier;
import io.gradcap.examples.demo.DemoJournal;
import io.gradcap.examples.demo.DemoRules;
import io.gradcap.examples.demo.DemoStart;
import io.gradcap.spi.Location;
import io.gradcap.spi.event.EventStore;
import io.gradcap.spi.host.CaptureCodes;
import io.gradcap.spi.host.TeachingTimetable;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;

/**
 * A host student information system (SIS) that keeps its own students: it hands gradcap its student
 * rows, answers whether a student holds a capture code ({@link CaptureCodes}) and when a class has
 * lessons ({@link TeachingTimetable}), and lets gradcap keep its events in the host's own database
 * through the host's {@link DataSource}, in tables of their own ({@code sis_gc_*} in schema {@code
 * gradcap}). Then it verifies the records, plans the capture days around lessons, and records the
 * sign-off of each class through the campaign journal ({@link CampaignJournal}) in the host's
 * database: every student signs, and the one whose ID number failed verification has it routed to a
 * change request (R3). Every decision goes through one adapter ({@link DemoJournal}), which decides
 * on the journal's state and records through it. The code an SIS developer copies first.
 */
public final class HostSisExample {

  /** A student as the host's own table holds it. */
  public record HostStudent(
      String number,
      String name,
      String gender,
      String idNumber,
      String ethnicity,
      String college,
      String classGroup,
      int entryYear,
      int programYears) {}

  /**
   * What the host gets back.
   *
   * @param report the verification of the host's records
   * @param plan the capture plan around the host's lessons
   * @param missingCodes the classes with students still missing a capture code
   * @param campaign the campaign as the journal folded it from the host's database
   * @param storedEvents how many events the host's database holds
   */
  public record Outcome(
      VerificationReport report,
      CapturePlan plan,
      List<Finding> missingCodes,
      CampaignState campaign,
      long storedEvents) {}

  /** The journal's name in the host's database. */
  public static final String JOURNAL = "sis-2024";

  private HostSisExample() {}

  /** The host's students as gradcap records: one field at a time, no files involved. */
  static StudentRecord record(HostStudent s) {
    return StudentRecord.builder()
        .set(RecordField.STUDENT_NUMBER, s.number())
        .set(RecordField.NAME, s.name())
        .set(RecordField.GENDER, s.gender())
        .set(RecordField.ID_NUMBER, s.idNumber(), "sis:student/" + s.number() + "#id_number")
        .set(
            RecordField.BIRTH_DATE,
            s.idNumber().length() == 18
                ? s.idNumber().substring(6, 10)
                    + "-"
                    + s.idNumber().substring(10, 12)
                    + "-"
                    + s.idNumber().substring(12, 14)
                : "")
        .set(RecordField.ETHNICITY, s.ethnicity())
        .set(RecordField.COLLEGE, s.college())
        .set(RecordField.CLASS_GROUP, s.classGroup())
        .set(RecordField.MAJOR, "软件技术")
        .set(RecordField.LEVEL, "专科")
        .set(RecordField.PROGRAM_YEARS, String.valueOf(s.programYears()))
        .set(RecordField.STUDY_FORM, "普通全日制")
        .set(RecordField.ENTRY_DATE, s.entryYear() + "-09-01")
        .set(RecordField.EXPECTED_GRADUATION_DATE, (s.entryYear() + s.programYears()) + "-06-30")
        .set(RecordField.POLITICAL_STATUS, "共青团员")
        .build();
  }

  /**
   * Verifies the host's students, plans their capture sessions around the host's timetable, checks
   * capture codes, and records the outcome in the host's database.
   */
  public static Outcome run(
      DataSource hostPool,
      List<HostStudent> students,
      CaptureCodes codes,
      TeachingTimetable timetable,
      List<CaptureWindow> sessions,
      Clock clock) {
    // 1. Verify: the host's classes tell gradcap each class's college and cohort.
    Map<String, ClassPlacement> classes = new LinkedHashMap<>();
    students.forEach(
        s ->
            classes.putIfAbsent(
                s.classGroup(),
                new ClassPlacement(s.college(), CohortId.of(s.entryYear(), s.programYears()))));
    List<StudentRecord> records = students.stream().map(HostSisExample::record).toList();
    VerificationContext context =
        VerificationContext.of(VerificationPolicy.defaults(), clock)
            .withGraduatingYear(students.get(0).entryYear() + students.get(0).programYears())
            .withClasses(classes);
    VerificationReport report = Verifier.withBuiltInRules().verify(records, context);

    // 2. Plan: one group per college, classes in student-number order, around the host's lessons.
    Map<String, Map<String, List<StudentNumber>>> byCollege = new TreeMap<>();
    students.forEach(
        s ->
            byCollege
                .computeIfAbsent(s.college(), c -> new TreeMap<>())
                .computeIfAbsent(s.classGroup(), c -> new ArrayList<>())
                .add(StudentNumber.of(s.number())));
    List<CaptureGroup> groups = new ArrayList<>();
    byCollege.forEach(
        (college, byClass) ->
            groups.add(
                CaptureGroup.of(
                    "g-" + groups.size(),
                    college,
                    byClass.entrySet().stream()
                        .map(
                            e ->
                                new CaptureClass(
                                    e.getKey(), e.getValue().stream().sorted().toList()))
                        .toList(),
                    List.of(college + "负责人"))));
    CaptureProblem problem =
        CaptureProblem.of(
            groups,
            sessions,
            List.of(new Station("教103", "教103", 1, Throughput.perMinute("2.5"))),
            Order.FREE);
    CapturePlan plan = CapturePlanner.of(timetable).plan(problem);
    List<Finding> missing =
        CodeGate.findings(
            CodeGate.missing(plan, codes, LocalDate.now(clock), CaptureSettings.DEFAULT));

    // 3. Record: the sign-off of each class, kept by the journal in the host's database, in tables
    // of its own.
    Location location =
        new Location(
            "sis:gradcap",
            Map.of(
                DataSource.class,
                hostPool,
                JdbcOptions.class,
                JdbcOptions.defaults().withSchema("gradcap").withTablePrefix("sis_gc_")));
    try (EventStore store = new JdbcEventStoreProvider().open(location)) {
      List<SignOffSheet> sheets =
          SignOffSheet.perClass(records, ReturnDeadline.of(LocalDate.of(2023, 4, 17), 10));
      Actor office = Actor.officeStaff("o-01", "教务处");
      DemoRules rules = DemoRules.of(CaptureSettings.DEFAULT, "图像采集中心", office);
      CampaignJournal journal =
          rules
              .configure(CampaignJournal.builder(store))
              .name(JOURNAL)
              .start(DemoStart.start(sheets, records))
              .clock(clock)
              .build();
      journal.open();
      DemoJournal decisions = new DemoJournal(store, journal, rules);
      HostSignOff.record(decisions, sheets, records, report, clock.instant());
      return new Outcome(report, plan, missing, decisions.state(), decisions.head());
    }
  }

  /** Runs the example on an in-memory H2 database standing in for the host's pool. */
  public static void main(String[] args) {
    JdbcDataSource pool = new JdbcDataSource();
    pool.setURL("jdbc:h2:mem:sis;DB_CLOSE_DELAY=-1");
    Outcome outcome =
        run(
            pool,
            HostSisSample.students(),
            HostSisSample.codes(),
            HostSisSample.timetable(),
            HostSisSample.sessions(),
            Clock.fixed(Instant.parse("2023-04-21T02:00:00Z"), ZoneId.of("Asia/Shanghai")));
    outcome.report().findings().stream()
        .filter(f -> f.severity() != io.gradcap.core.finding.Severity.INFO)
        .forEach(f -> System.out.println(f.describe(Locale.SIMPLIFIED_CHINESE)));
    outcome
        .plan()
        .slots()
        .forEach(
            s ->
                System.out.println(
                    s.date()
                        + " "
                        + s.startInclusive()
                        + "–"
                        + s.endExclusive()
                        + " "
                        + s.classGroup()
                        + " "
                        + s.headcount()));
    outcome.missingCodes().forEach(f -> System.out.println(f.describe(Locale.SIMPLIFIED_CHINESE)));
    for (var sheet : outcome.campaign().signOffs().values()) {
      for (var row : sheet.outcomes().values()) {
        row.changeRequests()
            .forEach(r -> System.out.println("R3 " + r.student() + " " + r.field().key()));
      }
    }
    System.out.println("events in the host's database: " + outcome.storedEvents());
  }
}
