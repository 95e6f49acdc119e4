package io.gradcap.core.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import io.gradcap.core.GradcapException;
import io.gradcap.core.cohort.CohortId;
import io.gradcap.core.cohort.TeachingWeekDay;
import io.gradcap.core.institution.Task;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class CampaignTypesTest {

  private static final LocalDate APRIL_24 = LocalDate.of(2023, 4, 24);

  private static PublishedWindow window(String start, String end) {
    return new PublishedWindow(
        APRIL_24, LocalTime.parse(start), LocalTime.parse(end), "动画学院", List.of(), 100, null);
  }

  @Test
  void document_numbers_read_the_brackets_people_type() {
    DocumentNumber number = DocumentNumber.of("琼软院教务", 2023, 20);
    assertThat(number).hasToString("琼软院教务〔2023〕20号");
    for (String typed :
        new String[] {
          "琼软院教务〔2023〕20号",
          "琼软院教务[2023]20号",
          "琼软院教务［2023］20号",
          "琼软院教务（2023）20号",
          "琼软院教务(2023)20号",
          "琼软院教务【２０２３】２０号",
          " 琼软院教务 〔2023〕 20 号 "
        }) {
      assertThat(DocumentNumber.parse(typed)).as(typed).isEqualTo(number);
    }
    assertThatThrownBy(() -> DocumentNumber.parse("琼软院教务2023年20号"))
        .isInstanceOf(GradcapException.class);
    assertThatThrownBy(() -> DocumentNumber.parse("〔2023〕20号"))
        .isInstanceOf(GradcapException.class);
    assertThatThrownBy(() -> DocumentNumber.of("x", 2023, 0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void weekday_claims_read_as_the_notice_writes_them() {
    WeekdayClaim claim = WeekdayClaim.parse("4月17日（第10周星期一）");
    assertThat(claim)
        .isEqualTo(WeekdayClaim.of(MonthDay.of(4, 17), TeachingWeekDay.parse("第10周星期一")));
    assertThat(WeekdayClaim.parse("04-17 (第十周周一)")).isEqualTo(claim);
    assertThat(claim.weekdayHoldsIn(2023)).isTrue();
    assertThat(claim.weekdayHoldsIn(2022)).isFalse();
    assertThat(claim.weekdayHoldsIn(2024)).isFalse();
    assertThat(WeekdayClaim.parse("2月29日（第3周星期四）").weekdayHoldsIn(2023)).isFalse();
    assertThatThrownBy(() -> WeekdayClaim.parse("4月31日（第10周星期一）"))
        .isInstanceOf(GradcapException.class);
    assertThatThrownBy(() -> WeekdayClaim.parse("4月17日")).isInstanceOf(GradcapException.class);
  }

  @Test
  void the_fee_keeps_two_decimals_and_refuses_fractions_of_a_fen() {
    CaptureTerms terms = new CaptureTerms("教103", "中心", new BigDecimal("20"), null, 3, 5, null);
    assertThat(terms.fee()).isEqualTo(new BigDecimal("20.00"));
    assertThat(new CaptureTerms("教103", "中心", new BigDecimal("20.000"), null, 3, 5, null))
        .isEqualTo(terms);
    assertThatThrownBy(
            () -> new CaptureTerms("教103", "中心", new BigDecimal("20.005"), null, 3, 5, null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new CaptureTerms("教103", "中心", new BigDecimal("-1"), null, 3, 5, null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new CaptureTerms("教103", "中心", BigDecimal.TEN, null, -1, 5, null))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void windows_are_half_open() {
    PublishedWindow first = window("08:30", "09:10");
    assertThat(first.minutes()).isEqualTo(40);
    assertThat(first.isMorning()).isTrue();
    assertThat(first.overlaps(window("09:10", "11:50"))).isFalse();
    assertThat(first.overlaps(window("09:09", "11:50"))).isTrue();
    assertThat(
            first.overlaps(
                new PublishedWindow(
                    APRIL_24.plusDays(1),
                    LocalTime.of(8, 30),
                    LocalTime.of(9, 10),
                    "动画学院",
                    List.of(),
                    1,
                    null)))
        .isFalse();
    assertThat(window("14:30", "18:00").isMorning()).isFalse();
    assertThatThrownBy(() -> window("09:10", "09:10")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () ->
                new PublishedWindow(
                    APRIL_24,
                    LocalTime.of(8, 0),
                    LocalTime.of(9, 0),
                    "x",
                    List.of(CohortId.of(2019, 5), CohortId.of(2019, 5)),
                    1,
                    null))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void milestone_kinds_have_stable_keys_tasks_and_labels() {
    for (MilestoneKind kind : MilestoneKind.values()) {
      assertThat(MilestoneKind.ofKey(kind.key())).isEqualTo(kind);
      assertThat(kind.label(Locale.CHINESE))
          .doesNotStartWith("!")
          .isNotEqualTo(kind.label(Locale.ENGLISH));
    }
    assertThat(MilestoneKind.RECORD_CARDS_DUE.task()).isEqualTo(Task.RECORD_CARDS);
    assertThat(MilestoneKind.CAPTURE_DAY.isRepeatable()).isTrue();
    assertThat(MilestoneKind.CONFIRMATION_LOCK.isWorkingDay()).isFalse();
    assertThatThrownBy(() -> MilestoneKind.ofKey("party")).isInstanceOf(GradcapException.class);
  }

  @Test
  void a_campaign_refuses_what_cannot_be_one() {
    Campaign seed = Seed.campaign();
    List<Milestone> twice = new ArrayList<>(seed.milestones());
    twice.add(Milestone.of(MilestoneKind.RECORD_CARDS_DUE, LocalDate.of(2023, 5, 20)));
    assertThatThrownBy(
            () ->
                new Campaign(
                    seed.title(),
                    seed.graduatingClass(),
                    seed.cohorts(),
                    seed.institution(),
                    seed.calendar(),
                    twice,
                    seed.capture(),
                    seed.captureWindows(),
                    seed.notice()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("record-cards-due");
    List<PublishedWindow> stranger =
        List.of(
            new PublishedWindow(
                APRIL_24, LocalTime.of(8, 0), LocalTime.of(9, 0), "外校", List.of(), 1, null));
    assertThatThrownBy(
            () ->
                new Campaign(
                    seed.title(),
                    seed.graduatingClass(),
                    seed.cohorts(),
                    seed.institution(),
                    seed.calendar(),
                    seed.milestones(),
                    seed.capture(),
                    stranger,
                    seed.notice()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("外校");
    assertThatThrownBy(
            () ->
                new Campaign(
                    seed.title(),
                    seed.graduatingClass(),
                    List.of(),
                    seed.institution(),
                    seed.calendar(),
                    seed.milestones(),
                    seed.capture(),
                    seed.captureWindows(),
                    seed.notice()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void equality_of_the_campaign_types() {
    new EqualsTester()
        .addEqualityGroup(
            DocumentNumber.of("琼软院教务", 2023, 20), DocumentNumber.parse("琼软院教务[2023]20号"))
        .addEqualityGroup(DocumentNumber.of("琼软院教务", 2022, 20))
        .addEqualityGroup(DocumentNumber.of("琼软院教务", 2023, 21))
        .addEqualityGroup(DocumentNumber.of("琼软院学工", 2023, 20))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(
            Milestone.of(MilestoneKind.CAPTURE_DAY, APRIL_24),
            new Milestone(MilestoneKind.CAPTURE_DAY, APRIL_24, " ", ""))
        .addEqualityGroup(new Milestone(MilestoneKind.CAPTURE_DAY, APRIL_24, "教103", null))
        .addEqualityGroup(Milestone.of(MilestoneKind.CAPTURE_DAY, APRIL_24.plusDays(1)))
        .addEqualityGroup(Milestone.of(MilestoneKind.RECORD_CARDS_DUE, APRIL_24))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(window("08:30", "09:10"), window("08:30", "09:10"))
        .addEqualityGroup(window("08:10", "09:10"))
        .addEqualityGroup(
            new PublishedWindow(
                APRIL_24, LocalTime.of(8, 30), LocalTime.of(9, 10), "动画学院", List.of(), 100, "五年制"))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(WeekdayClaim.parse("4月17日（第10周星期一）"), WeekdayClaim.parse("4月17日(第10周周一)"))
        .addEqualityGroup(WeekdayClaim.parse("4月18日（第10周星期一）"))
        .addEqualityGroup(WeekdayClaim.parse("4月17日（第10周星期二）"))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(
            new NoticeClaims(null, null, List.of(), List.of("一", "二")),
            new NoticeClaims(null, null, List.of(), List.of(" 一", "二 ")))
        .addEqualityGroup(
            new NoticeClaims(null, LocalDate.of(2022, 4, 3), List.of(), List.of("一", "二")))
        .testEquals();
    Campaign seed = Seed.campaign();
    new EqualsTester()
        .addEqualityGroup(seed, Seed.campaign())
        .addEqualityGroup(NoticeSelfCheckTest.corrected())
        .testEquals();
  }
}
