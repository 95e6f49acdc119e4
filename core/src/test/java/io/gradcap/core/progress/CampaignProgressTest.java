package io.gradcap.core.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.gradcap.core.access.Actor;
import io.gradcap.core.access.Subject;
import io.gradcap.core.campaign.Milestone;
import io.gradcap.core.campaign.MilestoneKind;
import io.gradcap.core.capture.CaptureState;
import io.gradcap.core.certificate.CertificateEntry;
import io.gradcap.core.certificate.CertificateReport;
import io.gradcap.core.certificate.CertificateSubmission;
import io.gradcap.core.change.ChangeRequest;
import io.gradcap.core.change.ChangeStatus;
import io.gradcap.core.change.StudentFacts;
import io.gradcap.core.finding.Finding;
import io.gradcap.core.finding.Message;
import io.gradcap.core.finding.Severity;
import io.gradcap.core.image.ImageState;
import io.gradcap.core.image.ImageStatus;
import io.gradcap.core.internal.Messages;
import io.gradcap.core.record.StudentNumber;
import io.gradcap.core.recordcard.RecordCardEvent;
import io.gradcap.core.recordcard.RecordCards;
import io.gradcap.core.recordcard.Roster;
import io.gradcap.core.recordcard.RosterEntry;
import io.gradcap.core.signoff.ClassProgress;
import io.gradcap.core.signoff.ReturnDeadline;
import io.gradcap.spi.table.CellRef;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CampaignProgressTest {

  private static final String SOFTWARE = "软件工程学院";
  private static final String ANIMATION = "动画学院";
  private static final Actor OFFICE = Actor.officeStaff("o-1", "刘老师");
  private static final Instant AT = Instant.parse("2024-04-01T02:00:00Z");

  /** 软件1班: 3 students, 软件2班: 2, 动画2班: 1. */
  private static final Roster ROSTER =
      Roster.of(
          List.of(
              entry("2021010101", SOFTWARE, "21软件1班"), entry("2021010102", SOFTWARE, "21软件1班"),
              entry("2021010103", SOFTWARE, "21软件1班"), entry("2021010201", SOFTWARE, "21软件2班"),
              entry("2021010202", SOFTWARE, "21软件2班"), entry("2021020201", ANIMATION, "21动画2班")));

  private static final List<Milestone> MILESTONES =
      List.of(
          Milestone.of(MilestoneKind.SIGN_OFF_SHEETS_RETURNED, LocalDate.of(2024, 4, 19)),
          Milestone.of(MilestoneKind.CHANGE_REQUESTS_SUBMITTED, LocalDate.of(2024, 4, 26)),
          Milestone.of(MilestoneKind.CERTIFICATES_SUBMITTED, LocalDate.of(2024, 5, 10)),
          Milestone.of(MilestoneKind.RECORD_CARDS_DUE, LocalDate.of(2024, 5, 19)),
          Milestone.of(MilestoneKind.CAPTURE_DAY, LocalDate.of(2024, 5, 28)),
          Milestone.of(MilestoneKind.CAPTURE_DAY, LocalDate.of(2024, 5, 27)),
          Milestone.of(MilestoneKind.CONFIRMATION_LOCK, LocalDate.of(2024, 7, 1)));

  private static RosterEntry entry(String number, String college, String classGroup) {
    return new RosterEntry(
        StudentNumber.of(number), "学生" + number.substring(8), college, classGroup);
  }

  private static StudentNumber s(String number) {
    return StudentNumber.of(number);
  }

  private static Subject subject(String number) {
    return ROSTER.entry(s(number)).orElseThrow().subject();
  }

  private static ClassProgress sheet(
      String college, String classGroup, int students, int missing, int corrected) {
    return new ClassProgress(
        college,
        classGroup,
        ReturnDeadline.of(LocalDate.of(2024, 4, 19), 10),
        students,
        students - missing - corrected,
        corrected,
        0,
        missing,
        List.of(),
        false);
  }

  private static ChangeRequest request(String id, String number, ChangeStatus status) {
    StudentFacts facts =
        new StudentFacts(subject(number), LocalDate.of(2021, 9, 1), LocalDate.of(2003, 1, 1));
    return new ChangeRequest(
        id,
        facts,
        List.of(),
        LocalDate.of(2023, 1, 1),
        "sign-off",
        status,
        List.of(),
        OFFICE,
        AT,
        AT,
        null);
  }

  private static ImageState image(String number, ImageStatus status) {
    return new ImageState(subject(number), status, null, null, null, List.of(), 0);
  }

  private static CertificateSubmission certificates(
      String college, boolean layoutClean, Map<String, Boolean> rows) {
    List<CertificateEntry> entries = new ArrayList<>();
    int r = 2;
    for (Map.Entry<String, Boolean> row : rows.entrySet()) {
      entries.add(
          new CertificateEntry(
              CellRef.of("c.xlsx", "Sheet1", r++, 0),
              s(row.getKey()),
              Map.of(),
              false,
              row.getValue()));
    }
    List<Finding> findings =
        layoutClean
            ? List.of()
            : List.of(
                new Finding(
                    "R7.certificate.column-inserted",
                    Severity.BLOCKING,
                    null,
                    null,
                    "c.xlsx!Sheet1!C2",
                    Message.of("io.gradcap.core.certificate.messages", "column.inserted", "x")));
    return CertificateSubmission.of(
        new CertificateReport(college, 1, entries, findings), college, "c.xlsx");
  }

  private static ProgressView software1(CampaignProgress progress) {
    return progress.classView(SOFTWARE, "21软件1班").orElseThrow();
  }

  @Test
  void overdue_lines_come_first_the_most_overdue_first_then_open_ones_soonest_due_first() {
    ProgressInputs inputs =
        ProgressInputs.of(MILESTONES, ROSTER)
            .withSignOff(List.of(sheet(SOFTWARE, "21软件1班", 3, 1, 1)));

    ProgressView view = software1(CampaignProgress.of(inputs, LocalDate.of(2024, 5, 20)));

    assertThat(view.lines())
        .extracting(ProgressLine::measure, ProgressLine::status)
        .startsWith(
            tuple(Measure.SHEETS_RETURNED, Status.OVERDUE),
            tuple(Measure.CERTIFICATES_SUBMITTED, Status.OVERDUE),
            tuple(Measure.CERTIFICATES_CLEAN, Status.OVERDUE),
            tuple(Measure.RECORD_CARDS_RECEIVED, Status.OVERDUE),
            tuple(Measure.CAPTURE_CODES_HELD, Status.OPEN),
            tuple(Measure.CAPTURED, Status.OPEN),
            tuple(Measure.CONFIRMED, Status.OPEN));
    assertThat(view.line(Measure.SHEETS_RETURNED).daysLeft()).hasValue(-31);
    assertThat(view.line(Measure.CAPTURE_CODES_HELD).daysLeft()).hasValue(7);
    assertThat(view.line(Measure.CAPTURED).daysLeft()).hasValue(8);
    assertThat(view.lines().subList(7, view.lines().size()))
        .extracting(ProgressLine::status)
        .containsExactly(Status.INFORMATION, Status.DONE, Status.DONE, Status.DONE, Status.DONE);
    assertThat(view.mostOverdueDays()).isEqualTo(31);
  }

  @Test
  void a_milestone_due_today_is_still_open_and_without_a_milestone_a_measure_is_never_overdue() {
    ProgressInputs dueToday = ProgressInputs.of(MILESTONES, ROSTER);
    ProgressInputs noMilestones = ProgressInputs.of(List.of(), ROSTER);

    ProgressLine today =
        software1(CampaignProgress.of(dueToday, LocalDate.of(2024, 4, 19)))
            .line(Measure.SHEETS_RETURNED);
    ProgressLine none =
        software1(CampaignProgress.of(noMilestones, LocalDate.of(2030, 1, 1)))
            .line(Measure.SHEETS_RETURNED);

    assertThat(today.status()).isEqualTo(Status.OPEN);
    assertThat(today.daysLeft()).hasValue(0);
    assertThat(none.status()).isEqualTo(Status.OPEN);
    assertThat(none.daysLeft()).isEmpty();
  }

  @Test
  void totals_roll_up_from_classes_to_colleges_to_the_institution() {
    ProgressInputs inputs =
        ProgressInputs.of(MILESTONES, ROSTER)
            .withSignOff(
                List.of(
                    sheet(SOFTWARE, "21软件1班", 3, 0, 1),
                    sheet(SOFTWARE, "21软件2班", 2, 1, 0),
                    sheet(ANIMATION, "21动画2班", 1, 0, 0)));

    CampaignProgress progress = CampaignProgress.of(inputs, LocalDate.of(2024, 4, 22));

    ProgressView software = progress.collegeView(SOFTWARE).orElseThrow();
    ProgressView animation = progress.collegeView(ANIMATION).orElseThrow();
    assertThat(software.line(Measure.SHEETS_RETURNED))
        .extracting(ProgressLine::done, ProgressLine::expected, ProgressLine::status)
        .containsExactly(4, 5, Status.OVERDUE);
    assertThat(software.line(Measure.CORRECTIONS).done()).isEqualTo(1);
    assertThat(animation.line(Measure.SHEETS_RETURNED).status()).isEqualTo(Status.DONE);
    assertThat(progress.institution().line(Measure.SHEETS_RETURNED))
        .extracting(ProgressLine::done, ProgressLine::expected, ProgressLine::status)
        .containsExactly(5, 6, Status.OVERDUE);
    assertThat(progress.institution().line(Measure.RECORD_CARDS_RECEIVED).expected()).isEqualTo(6);
    assertThat(progress.institution().scope()).isEqualTo(Scope.INSTITUTION);
  }

  @Test
  void the_most_overdue_classes_and_colleges_come_first() {
    ProgressInputs inputs =
        ProgressInputs.of(MILESTONES, ROSTER)
            .withSignOff(
                List.of(
                    sheet(SOFTWARE, "21软件1班", 3, 0, 0),
                    sheet(SOFTWARE, "21软件2班", 2, 0, 0),
                    sheet(ANIMATION, "21动画2班", 1, 1, 0)));

    CampaignProgress progress = CampaignProgress.of(inputs, LocalDate.of(2024, 4, 22));

    assertThat(progress.classes())
        .extracting(ProgressView::classGroup)
        .containsExactly("21动画2班", "21软件1班", "21软件2班");
    assertThat(progress.colleges())
        .extracting(ProgressView::college)
        .containsExactly(ANIMATION, SOFTWARE);
  }

  @Test
  void open_change_requests_are_outstanding_until_none_is_left() {
    ProgressInputs inputs =
        ProgressInputs.of(MILESTONES, ROSTER)
            .withChangeRequests(
                List.of(
                    request("c1", "2021010101", ChangeStatus.UNDER_REVIEW),
                    request("c2", "2021010102", ChangeStatus.APPLIED),
                    request("c3", "2021010201", ChangeStatus.REJECTED)));

    CampaignProgress progress = CampaignProgress.of(inputs, LocalDate.of(2024, 4, 27));

    assertThat(software1(progress).line(Measure.OPEN_CHANGE_REQUESTS))
        .extracting(ProgressLine::done, ProgressLine::status)
        .containsExactly(1, Status.OVERDUE);
    assertThat(
            progress
                .classView(SOFTWARE, "21软件2班")
                .orElseThrow()
                .line(Measure.OPEN_CHANGE_REQUESTS)
                .status())
        .isEqualTo(Status.DONE);
  }

  @Test
  void certificates_count_per_class_and_are_submitted_once_the_colleges_workbook_is_in() {
    ProgressInputs inputs =
        ProgressInputs.of(MILESTONES, ROSTER)
            .withCertificates(
                List.of(
                    certificates(
                        SOFTWARE,
                        true,
                        Map.of("2021010101", true, "2021010102", false, "2021010201", true))));

    CampaignProgress progress = CampaignProgress.of(inputs, LocalDate.of(2024, 5, 11));

    ProgressView class1 = software1(progress);
    assertThat(class1.line(Measure.CERTIFICATES_SUBMITTED))
        .extracting(ProgressLine::done, ProgressLine::status)
        .containsExactly(2, Status.DONE);
    assertThat(class1.line(Measure.CERTIFICATES_CLEAN))
        .extracting(ProgressLine::done, ProgressLine::expected, ProgressLine::status)
        .containsExactly(1, 2, Status.OVERDUE);
    assertThat(
            progress
                .classView(SOFTWARE, "21软件2班")
                .orElseThrow()
                .line(Measure.CERTIFICATES_CLEAN)
                .status())
        .isEqualTo(Status.DONE);
    assertThat(
            progress
                .collegeView(ANIMATION)
                .orElseThrow()
                .line(Measure.CERTIFICATES_SUBMITTED)
                .status())
        .isEqualTo(Status.OVERDUE);
    assertThat(progress.institution().line(Measure.CERTIFICATES_SUBMITTED).status())
        .isEqualTo(Status.OVERDUE);
  }

  @Test
  void a_workbook_whose_columns_were_changed_is_not_clean_even_if_every_row_is() {
    ProgressInputs inputs =
        ProgressInputs.of(MILESTONES, ROSTER)
            .withCertificates(List.of(certificates(SOFTWARE, false, Map.of("2021010201", true))));

    ProgressLine clean =
        CampaignProgress.of(inputs, LocalDate.of(2024, 5, 1))
            .classView(SOFTWARE, "21软件2班")
            .orElseThrow()
            .line(Measure.CERTIFICATES_CLEAN);

    assertThat(clean)
        .extracting(ProgressLine::done, ProgressLine::expected, ProgressLine::status)
        .containsExactly(1, 1, Status.OPEN);
  }

  @Test
  void record_cards_received_count_against_the_roster() {
    List<RecordCardEvent> events =
        List.of(
            new RecordCardEvent.Received(s("2021010101"), OFFICE, AT),
            new RecordCardEvent.Received(s("2021010102"), OFFICE, AT),
            new RecordCardEvent.Received(s("2021010103"), OFFICE, AT),
            new RecordCardEvent.Received(s("2021010201"), OFFICE, AT));
    ProgressInputs inputs =
        ProgressInputs.of(MILESTONES, ROSTER).withRecordCards(RecordCards.replay(ROSTER, events));

    CampaignProgress progress = CampaignProgress.of(inputs, LocalDate.of(2024, 5, 20));

    assertThat(software1(progress).line(Measure.RECORD_CARDS_RECEIVED).status())
        .isEqualTo(Status.DONE);
    assertThat(progress.collegeView(SOFTWARE).orElseThrow().line(Measure.RECORD_CARDS_RECEIVED))
        .extracting(ProgressLine::done, ProgressLine::expected, ProgressLine::status)
        .containsExactly(4, 5, Status.OVERDUE);
  }

  @Test
  void capture_codes_captures_absentees_and_make_ups_count_per_class() {
    CaptureState capture =
        new CaptureState(
            Set.of(s("2021010101"), s("2021010102")),
            Set.of(s("2021010103"), s("2021010201")),
            Set.of(s("2021010202")),
            Map.of(),
            Map.of(s("2021010103"), "slot-1"),
            Map.of(),
            Map.of(),
            Map.of());
    ProgressInputs inputs =
        ProgressInputs.of(MILESTONES, ROSTER)
            .withCapture(capture)
            .withCaptureCodesHeld(Set.of(s("2021010101"), s("2021010102"), s("2021010103")));

    CampaignProgress progress = CampaignProgress.of(inputs, LocalDate.of(2024, 5, 29));

    ProgressView class1 = software1(progress);
    assertThat(class1.line(Measure.CAPTURE_CODES_HELD).status()).isEqualTo(Status.DONE);
    assertThat(class1.line(Measure.CAPTURED))
        .extracting(ProgressLine::done, ProgressLine::status)
        .containsExactly(2, Status.OVERDUE);
    assertThat(class1.line(Measure.ABSENT))
        .extracting(ProgressLine::done, ProgressLine::status)
        .containsExactly(1, Status.OVERDUE);
    assertThat(class1.line(Measure.MAKE_UPS_BOOKED).status()).isEqualTo(Status.DONE);
    ProgressView software = progress.collegeView(SOFTWARE).orElseThrow();
    assertThat(software.line(Measure.CAPTURED).done()).isEqualTo(3);
    assertThat(software.line(Measure.MAKE_UPS_BOOKED))
        .extracting(ProgressLine::done, ProgressLine::expected)
        .containsExactly(1, 2);
    assertThat(software.line(Measure.CAPTURE_CODES_HELD).milestone().date())
        .isEqualTo(LocalDate.of(2024, 5, 27));
  }

  @Test
  void confirmed_and_disputed_images_count_against_the_lock() {
    ProgressInputs inputs =
        ProgressInputs.of(MILESTONES, ROSTER)
            .withImages(
                List.of(
                    image("2021010101", ImageStatus.CONFIRMED),
                    image("2021010102", ImageStatus.DISPUTE_REGISTERED),
                    image("2021010103", ImageStatus.UPLOADED)));

    ProgressView view = software1(CampaignProgress.of(inputs, LocalDate.of(2024, 6, 20)));

    assertThat(view.line(Measure.CONFIRMED))
        .extracting(ProgressLine::done, ProgressLine::expected, ProgressLine::status)
        .containsExactly(1, 3, Status.OPEN);
    assertThat(view.line(Measure.DISPUTED))
        .extracting(ProgressLine::done, ProgressLine::status)
        .containsExactly(1, Status.OPEN);
    assertThat(view.line(Measure.CONFIRMED).daysLeft()).hasValue(11);
  }

  @Test
  void a_completed_measure_past_its_milestone_is_not_called_overdue() {
    ProgressInputs inputs =
        ProgressInputs.of(MILESTONES, ROSTER)
            .withImages(
                List.of(
                    image("2021010101", ImageStatus.CONFIRMED),
                    image("2021010102", ImageStatus.CONFIRMED),
                    image("2021010103", ImageStatus.CONFIRMED)));

    ProgressLine confirmed =
        software1(CampaignProgress.of(inputs, LocalDate.of(2024, 7, 10))).line(Measure.CONFIRMED);

    assertThat(confirmed.status()).isEqualTo(Status.DONE);
    assertThat(confirmed.daysLeft().getAsLong()).isNegative();
    assertThat(confirmed.describe(Locale.ENGLISH))
        .endsWith("due 2024-07-01")
        .doesNotContain("overdue");
    assertThat(confirmed.describe(Locale.CHINESE)).endsWith("截止 2024-07-01").doesNotContain("逾期");
  }

  @Test
  void labels_are_bilingual() {
    ProgressView view =
        software1(
            CampaignProgress.of(ProgressInputs.of(MILESTONES, ROSTER), LocalDate.of(2024, 4, 22)));

    assertThat(view.line(Measure.SHEETS_RETURNED).describe(Locale.ENGLISH))
        .isEqualTo("Sign-off sheets returned 0/3 · overdue · due 2024-04-19, 3 day(s) overdue");
    assertThat(view.line(Measure.SHEETS_RETURNED).describe(Locale.CHINESE))
        .isEqualTo("核对签名表已收回 0/3 · 已逾期 · 截止 2024-04-19，已逾期 3 天");
    assertThat(
            CampaignProgress.of(ProgressInputs.of(MILESTONES, ROSTER), LocalDate.of(2024, 4, 22))
                .institution()
                .title(Locale.ENGLISH))
        .isEqualTo("Institution");
    for (Locale locale : List.of(Locale.CHINESE, Locale.ENGLISH)) {
      for (String key : Messages.keys(Measure.BUNDLE, locale)) {
        assertThat(Messages.format(Measure.BUNDLE, key, locale, List.of("a", 1)))
            .as(key)
            .doesNotStartWith("!")
            .doesNotContain("{");
      }
    }
    assertThat(Messages.keys(Measure.BUNDLE, Locale.CHINESE))
        .containsExactlyInAnyOrderElementsOf(Messages.keys(Measure.BUNDLE, Locale.ENGLISH));
  }
}
