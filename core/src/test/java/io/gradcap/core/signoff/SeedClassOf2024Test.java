package io.gradcap.core.signoff;

import static org.assertj.core.api.Assertions.assertThat;

import io.gradcap.core.access.Actor;
import io.gradcap.core.cohort.CohortId;
import io.gradcap.core.record.FieldClasses;
import io.gradcap.core.record.IdNumber;
import io.gradcap.core.record.RecordField;
import io.gradcap.core.record.StudentNumber;
import io.gradcap.core.record.StudentRecord;
import io.gradcap.core.verification.ClassPlacement;
import io.gradcap.core.verification.VerificationContext;
import io.gradcap.core.verification.VerificationPolicy;
import io.gradcap.core.verification.VerificationReport;
import io.gradcap.core.verification.Verifier;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The seed notice's graduating class of 2024: 3,110 students, verified, sheeted, signed off,
 * reported.
 */
class SeedClassOf2024Test {

  private record Group(String college, int students, CohortId cohort) {}

  /** Attachment 1 of the notice, with the cohorts of R1. */
  private static final List<Group> GROUPS =
      List.of(
          new Group("国际教育与旅游学院", 78, CohortId.of(2021, 3)),
          new Group("教育与艺术学院", 397, CohortId.of(2021, 3)),
          new Group("网络工程学院", 558, CohortId.of(2021, 3)),
          new Group("动画学院", 530, CohortId.of(2021, 3)),
          new Group("网络工程学院", 125, CohortId.of(2019, 5)),
          new Group("经济管理学院", 464, CohortId.of(2021, 3)),
          new Group("软件工程学院", 551, CohortId.of(2021, 3)),
          new Group("机电工程学院", 160, CohortId.of(2021, 3)),
          new Group("联办本科", 247, CohortId.jointUndergraduate(2022)));

  private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  @Test
  void the_seed_class_is_verified_sheeted_signed_off_and_reported() {
    Random random = new Random(2024);
    List<StudentRecord> records = new ArrayList<>();
    Map<String, ClassPlacement> classes = new HashMap<>();
    int serial = 0;
    for (int g = 0; g < GROUPS.size(); g++) {
      Group group = GROUPS.get(g);
      CohortId cohort = group.cohort();
      for (int i = 0; i < group.students(); i++) {
        String classGroup =
            cohort.entryYear() % 100
                + "级"
                + group.college().substring(0, 2)
                + (g + 1)
                + "-"
                + (i / 45 + 1)
                + "班";
        classes.put(classGroup, new ClassPlacement(group.college(), cohort));
        LocalDate birth = LocalDate.of(cohort.entryYear() - 18, 1, 1).plusDays(random.nextInt(700));
        int sequence = serial % 1000;
        String first17 =
            String.format(
                "4601%02d%04d%02d%02d%03d",
                serial / 1000 + 1,
                birth.getYear(),
                birth.getMonthValue(),
                birth.getDayOfMonth(),
                sequence);
        records.add(
            StudentRecord.builder()
                .set(
                    RecordField.STUDENT_NUMBER,
                    String.format("%d%02d%04d", cohort.entryYear(), g + 1, i + 1),
                    "roster.xlsx!Sheet1!A" + (serial + 2))
                .set(
                    RecordField.NAME,
                    "学生" + "甲乙丙丁戊己庚辛壬癸".charAt(serial % 10) + "子丑寅卯辰巳午未申酉戌亥".charAt(serial % 12))
                .set(RecordField.GENDER, sequence % 2 == 1 ? "男" : "女")
                .set(RecordField.BIRTH_DATE, birth.toString())
                .set(RecordField.ID_NUMBER, first17 + IdNumber.checkCharacter(first17))
                .set(RecordField.ETHNICITY, serial % 9 == 0 ? "黎族" : "汉族")
                .set(RecordField.COLLEGE, group.college())
                .set(RecordField.MAJOR, "专业" + (g + 1))
                .set(
                    RecordField.LEVEL,
                    cohort.kind() == io.gradcap.core.cohort.ProgramKind.JOINT_UNDERGRADUATE
                        ? "本科"
                        : "专科")
                .set(RecordField.PROGRAM_YEARS, String.valueOf(cohort.programYears()))
                .set(RecordField.ENTRY_DATE, cohort.entryYear() + "-09-01")
                .set(RecordField.CLASS_GROUP, classGroup)
                .set(RecordField.EXPECTED_GRADUATION_DATE, "2024-06-30")
                .build());
        serial++;
      }
    }
    assertThat(records).hasSize(3110);

    VerificationReport report =
        Verifier.withBuiltInRules()
            .verify(
                records,
                VerificationContext.of(VerificationPolicy.defaults(), LocalDate.of(2024, 4, 3))
                    .withGraduatingYear(2024)
                    .withClasses(classes));
    assertThat(report.findings()).isEmpty();

    ReturnDeadline deadline = ReturnDeadline.of(LocalDate.of(2024, 4, 22), 10);
    List<SignOffSheet> sheets = SignOffSheet.perClass(records, deadline);
    assertThat(sheets).hasSize(classes.size());
    assertThat(sheets.stream().mapToInt(s -> s.rows().size()).sum()).isEqualTo(3110);

    Instant returnedAt = Instant.parse("2024-04-20T02:00:00Z");
    Actor office = Actor.officeStaff("t-001", "教务处");
    List<SignOffState> states = new ArrayList<>();
    int n = 0;
    for (SignOffSheet sheet : sheets) {
      List<StudentRecord> members =
          records.stream().filter(r -> r.classGroup().equals(sheet.classGroup())).toList();
      SignOffState state = SignOffState.open(sheet, members, FieldClasses.defaults());
      for (StudentNumber student : sheet.students()) {
        SignOffCommand command =
            switch (n++ % 50) {
              case 0 ->
                  new SignOffCommand.ReportWrong(
                      student, RecordField.NAME, "学生更名", office, returnedAt);
              case 1 ->
                  new SignOffCommand.ReportWrong(
                      student, RecordField.MAJOR, "新专业", office, returnedAt);
              case 2 -> new SignOffCommand.MarkNotReturned(student, office, returnedAt);
              default -> new SignOffCommand.Sign(student, office, returnedAt);
            };
        state = SignOff.apply(state, command);
      }
      states.add(state);
    }
    List<CollegeProgress> progress =
        SignOffProgress.byCollege(states, Instant.parse("2024-04-23T00:00:00Z"), ZONE, office);
    assertThat(progress).hasSize(8);
    assertThat(progress.stream().mapToInt(CollegeProgress::students).sum()).isEqualTo(3110);
    int requested = progress.stream().mapToInt(CollegeProgress::changeRequested).sum();
    int corrected = progress.stream().mapToInt(CollegeProgress::corrected).sum();
    int missing = progress.stream().mapToInt(CollegeProgress::missing).sum();
    assertThat(requested).isEqualTo(63);
    assertThat(corrected).isEqualTo(63);
    assertThat(missing).isEqualTo(63);
    assertThat(progress.stream().mapToInt(CollegeProgress::signed).sum()).isEqualTo(3110 - 3 * 63);
    assertThat(
            progress.stream()
                .flatMap(c -> c.classes().stream())
                .filter(ClassProgress::overdue)
                .count())
        .isEqualTo(progress.stream().mapToLong(c -> c.incompleteClasses().size()).sum());
    for (SignOffState state : states) {
      for (StudentNumber student : state.sheet().students()) {
        assertThat(state.record(student).name().orElseThrow().value())
            .as("R3: names change only by request")
            .isNotEqualTo("学生更名");
      }
    }
  }
}
