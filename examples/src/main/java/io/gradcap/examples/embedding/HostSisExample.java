package io.gradcap.examples.embedding;

import io.gradcap.adapters.jdbc.JdbcEventStoreProvider;
import io.gradcap.adapters.jdbc.JdbcOptions;
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
import io.gradcap.core.record.RecordField;
import io.gradcap.core.record.StudentNumber;
import io.gradcap.core.record.StudentRecord;
import io.gradcap.core.verification.ClassPlacement;
import io.gradcap.core.verification.VerificationContext;
import io.gradcap.core.verification.VerificationPolicy;
import io.gradcap.core.verification.VerificationReport;
import io.gradcap.core.verification.Verifier;
import io.gradcap.spi.Location;
import io.gradcap.spi.event.AppendRequest;
import io.gradcap.spi.event.EventStore;
import io.gradcap.spi.event.NewEvent;
import io.gradcap.spi.host.CaptureCodeStatus;
import io.gradcap.spi.host.CaptureCodes;
import io.gradcap.spi.host.Lesson;
import io.gradcap.spi.host.TeachingTimetable;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;

/**
 * A host student information system (SIS) that keeps its own students: it hands gradcap its student
 * rows, answers whether a student holds a capture code ({@link CaptureCodes}) and when a class has
 * lessons ({@link TeachingTimetable}), and lets gradcap keep its events in the host's own database
 * through the host's {@link DataSource}, in tables of their own ({@code sis_gc_*} in schema {@code
 * gradcap}). Then it verifies the records and plans the capture days around lessons. The code an
 * SIS developer copies first.
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

  /** What the host gets back. */
  public record Outcome(
      VerificationReport report, CapturePlan plan, List<Finding> missingCodes, long storedEvents) {}

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

    // 3. Record: gradcap's events live in the host's database, in tables of their own.
    Location location =
        new Location(
            "sis:gradcap",
            Map.of(
                DataSource.class,
                hostPool,
                JdbcOptions.class,
                JdbcOptions.defaults().withSchema("gradcap").withTablePrefix("sis_gc_")));
    try (EventStore store = new JdbcEventStoreProvider().open(location)) {
      String payload =
          "{\"records\":"
              + report.records()
              + ",\"blocking\":"
              + report.blocking().size()
              + ",\"slots\":"
              + plan.slots().size()
              + "}";
      Instant now = clock.instant();
      store.append(
          AppendRequest.of(
              "host:verification",
              0,
              "verification:" + now,
              NewEvent.of("VerificationRun", payload, "sis", now)));
      return new Outcome(report, plan, missing, store.headPosition());
    }
  }

  /** Runs the example on an in-memory H2 database standing in for the host's pool. */
  public static void main(String[] args) {
    JdbcDataSource pool = new JdbcDataSource();
    pool.setURL("jdbc:h2:mem:sis;DB_CLOSE_DELAY=-1");
    List<HostStudent> students = sampleStudents();
    CaptureCodes codes =
        number ->
            number.endsWith("03")
                ? CaptureCodeStatus.missing(number)
                : CaptureCodeStatus.held(number, Instant.parse("2023-04-10T02:00:00Z"));
    TeachingTimetable timetable =
        (classGroup, from, to) ->
            classGroup.equals("21软件1班")
                ? List.of(
                    new Lesson(
                        classGroup,
                        LocalDate.of(2023, 4, 24),
                        LocalTime.of(8, 0),
                        LocalTime.of(9, 40),
                        "Java程序设计",
                        "王老师"))
                : List.of();
    Outcome outcome =
        run(
            pool,
            students,
            codes,
            timetable,
            sessions(),
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
    System.out.println("events in the host's database: " + outcome.storedEvents());
  }

  /** Two capture days of two sessions each. */
  static List<CaptureWindow> sessions() {
    List<CaptureWindow> sessions = new ArrayList<>();
    for (int d = 0; d < 2; d++) {
      LocalDate day = LocalDate.of(2023, 4, 24).plusDays(d);
      sessions.add(CaptureWindow.of(day, LocalTime.of(8, 10), LocalTime.of(11, 50)));
      sessions.add(CaptureWindow.of(day, LocalTime.of(14, 30), LocalTime.of(18, 0)));
    }
    return sessions;
  }

  /** Two classes of the host's students; one ID number has a wrong check character. */
  static List<HostStudent> sampleStudents() {
    List<HostStudent> students = new ArrayList<>();
    String[] names = {"张三", "李四", "王五", "赵六", "阿依古丽·买买提", "陈小玉"};
    for (int c = 1; c <= 2; c++) {
      for (int i = 1; i <= names.length; i++) {
        String number = String.format(Locale.ROOT, "20210%d01%02d", c, i);
        boolean male = i % 2 == 1;
        String first17 = "46010520030" + i + "1" + c + "00" + (male ? "1" : "2");
        String id = first17 + io.gradcap.core.record.IdNumber.checkCharacter(first17);
        if (c == 2 && i == 2) {
          id = first17 + (id.charAt(17) == '0' ? '1' : '0');
        }
        students.add(
            new HostStudent(
                number,
                names[i - 1],
                male ? "男" : "女",
                id,
                i == 5 ? "维吾尔族" : "汉族",
                "软件工程学院",
                "21软件" + c + "班",
                2021,
                3));
      }
    }
    return students.stream().collect(Collectors.toList());
  }
}
