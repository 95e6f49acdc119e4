package io.gradcap.core.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import io.gradcap.core.cohort.AcademicCalendar;
import io.gradcap.core.cohort.CohortId;
import io.gradcap.core.cohort.TeachingWeekDay;
import io.gradcap.core.cohort.TermCalendar;
import io.gradcap.core.finding.Finding;
import io.gradcap.core.finding.Severity;
import io.gradcap.core.institution.ClassGroup;
import io.gradcap.core.institution.College;
import io.gradcap.core.institution.Institution;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class NoticeSelfCheckTest {

  private final Campaign seed = Seed.campaign();

  @Test
  void on_the_seed_it_finds_what_the_notice_gets_wrong() {
    List<Finding> findings = NoticeSelfCheck.check(seed);
    assertThat(findings)
        .extracting(Finding::rule)
        .containsExactly(
            "notice.number-year",
            "notice.weekday-year",
            "notice.section-numbering",
            "campaign.capture.morning-start",
            "notice.date-distance");
    assertThat(findings)
        .extracting(f -> f.message(Locale.CHINESE))
        .containsExactly(
            "文号 琼软院教务〔2023〕20号 的年份是2023年，但通知落款日期是 2022-04-03（2022年）",
            "“4月17日（第10周星期一）”：2022年（落款年份）的这一天是星期日，不是星期一；2021–2025年间这一说法只在2023年成立",
            "通知各部分编号为 一、二、四，缺少 三",
            "2023-04-24 上午的采集从 08:30 开始，其余上午都从 08:10 开始",
            "通知落款日期 2022-04-03 距第一个截止节点“学籍核对签名表交回”（2023-04-17）有 379 天，年份可能有误");
    assertThat(findings.get(0).message(Locale.ENGLISH))
        .isEqualTo(
            "The document number 琼软院教务〔2023〕20号 says 2023, but the notice is signed 2022-04-03 (2022)");
    assertThat(findings.get(1).message(Locale.ENGLISH))
        .isEqualTo(
            "\"4月17日（第10周星期一）\": in 2022 (the year it is signed) that day is a Sunday, not a Monday; from 2021 to 2025 the claim holds only in 2023");
    assertThat(findings.get(2).message(Locale.ENGLISH))
        .isEqualTo("The notice's sections run 一、二、四: 三 is missing");
    assertThat(findings.get(3).message(Locale.ENGLISH))
        .isEqualTo(
            "Capture on the morning of 2023-04-24 starts at 08:30; the other mornings start at 08:10");
    assertThat(findings.get(3).location()).isEqualTo("captureWindows[0]");
    assertThat(findings)
        .filteredOn(Finding::isBlocking)
        .extracting(Finding::rule)
        .containsExactly("notice.number-year");
  }

  @Test
  void a_corrected_notice_is_clean() {
    assertThat(NoticeSelfCheck.check(corrected())).isEmpty();
  }

  @Test
  void a_weekday_claim_that_contradicts_the_calendar_is_blocking() {
    Campaign shifted =
        with(
            corrected(),
            c ->
                new Campaign(
                    c.title(),
                    c.graduatingClass(),
                    c.cohorts(),
                    c.institution(),
                    AcademicCalendar.of(
                        TermCalendar.of("2022-2023学年第二学期", LocalDate.of(2023, 2, 20), 20)),
                    c.milestones(),
                    c.capture(),
                    c.captureWindows(),
                    c.notice()));
    assertThat(NoticeSelfCheck.weekdayClaimsMatchTheCalendar(shifted))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.severity()).isEqualTo(Severity.BLOCKING);
              assertThat(f.message(Locale.CHINESE))
                  .isEqualTo(
                      "“4月17日（第10周星期一）”与校历不符：按2022-2023学年第二学期（第1周星期一为 2023-02-20），2023-04-17 是第9周星期一，不是第10周星期一");
            });
  }

  @Test
  void a_claim_outside_every_term_is_blocking_and_a_later_term_can_hold_it() {
    NoticeClaims claims =
        new NoticeClaims(null, null, List.of(WeekdayClaim.parse("9月4日（第1周星期一）")), List.of());
    Campaign spring = withNotice(claims);
    assertThat(NoticeSelfCheck.weekdayClaimsMatchTheCalendar(spring))
        .singleElement()
        .satisfies(
            f ->
                assertThat(f.message(Locale.ENGLISH))
                    .isEqualTo(
                        "\"9月4日（第1周星期一）\" lies outside the teaching weeks of every term"
                            + " (2022-2023学年第二学期 2023-02-13–2023-07-02)"));
    Campaign both =
        new Campaign(
            spring.title(),
            spring.graduatingClass(),
            spring.cohorts(),
            spring.institution(),
            AcademicCalendar.of(
                spring.calendar().first(),
                TermCalendar.of("2023-2024学年第一学期", LocalDate.of(2023, 9, 4), 20)),
            spring.milestones(),
            spring.capture(),
            spring.captureWindows(),
            claims);
    assertThat(NoticeSelfCheck.weekdayClaimsMatchTheCalendar(both)).isEmpty();
  }

  @Test
  void a_claim_that_holds_in_no_nearby_year_says_so() {
    NoticeClaims claims =
        new NoticeClaims(
            DocumentNumber.parse("琼软院教务〔2023〕20号"),
            LocalDate.of(2023, 4, 3),
            List.of(WeekdayClaim.of(MonthDay.of(2, 29), TeachingWeekDay.parse("第3周星期二"))),
            List.of());
    List<Finding> findings = NoticeSelfCheck.weekdayClaimsHoldInTheNoticeYears(withNotice(claims));
    assertThat(findings)
        .isNotEmpty()
        .allSatisfy(
            f ->
                assertThat(f.message(Locale.ENGLISH))
                    .endsWith("the claim holds in no year from 2022 to 2025"));
  }

  @Test
  void sections_out_of_order_or_unreadable_are_named() {
    NoticeClaims claims = new NoticeClaims(null, null, List.of(), List.of("一", "三", "二", "甲"));
    assertThat(NoticeSelfCheck.sectionsAreNumberedWithoutGaps(withNotice(claims)))
        .extracting(f -> f.message(Locale.CHINESE))
        .containsExactly(
            "通知各部分编号为 一、三、二、甲，缺少 二", "通知各部分编号为 一、三、二、甲，二 重复或顺序颠倒", "无法识别的部分编号“甲”（一、三、二、甲）");
  }

  @Test
  void a_deadline_on_a_weekend_is_a_warning() {
    Campaign c =
        withMilestones(
            corrected(),
            List.of(
                Milestone.of(MilestoneKind.RECORD_CARDS_DUE, LocalDate.of(2023, 5, 20)),
                Milestone.of(MilestoneKind.CONFIRMATION_LOCK, LocalDate.of(2024, 6, 30))));
    assertThat(NoticeSelfCheck.workingMilestonesAvoidWeekends(c))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.severity()).isEqualTo(Severity.WARNING);
              assertThat(f.location()).isEqualTo("milestones[0]");
              assertThat(f.message(Locale.CHINESE)).isEqualTo("学籍卡交教务与学籍科（2023-05-20）是星期六，落在周末");
              assertThat(f.message(Locale.ENGLISH))
                  .isEqualTo("record cards due (2023-05-20) falls on a Saturday, a weekend day");
            });
  }

  @Test
  void a_deadline_outside_the_term_is_a_warning() {
    Campaign c =
        withMilestones(
            corrected(),
            List.of(Milestone.of(MilestoneKind.CERTIFICATES_SUBMITTED, LocalDate.of(2023, 7, 3))));
    assertThat(NoticeSelfCheck.workingMilestonesLieInTheTerm(c))
        .singleElement()
        .satisfies(
            f ->
                assertThat(f.message(Locale.CHINESE))
                    .isEqualTo(
                        "证书统计表提交（2023-07-03）不在校历任何学期的教学周内（2022-2023学年第二学期 2023-02-13–2023-07-02）"));
  }

  @Test
  void a_milestone_before_the_notice_and_a_capture_code_deadline_before_it_are_blocking() {
    Campaign late =
        withNotice(
            new NoticeClaims(
                DocumentNumber.parse("琼软院教务〔2023〕20号"),
                LocalDate.of(2023, 4, 22),
                List.of(),
                List.of()));
    assertThat(NoticeSelfCheck.milestonesFollowTheNotice(late))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.isBlocking()).isTrue();
              assertThat(f.subject()).isEqualTo("sign-off-sheets-returned");
            });
    assertThat(NoticeSelfCheck.captureCodeDeadlineFollowsTheNotice(late))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.isBlocking()).isTrue();
              assertThat(f.message(Locale.CHINESE))
                  .isEqualTo("采集码须在采集前 3 天取得（2023-04-24 采集，即 2023-04-21 前），但通知落款日期为 2023-04-22");
            });
  }

  @Test
  void overlapping_windows_are_blocking_and_windows_match_capture_days() {
    Campaign c = corrected();
    List<PublishedWindow> windows = new ArrayList<>(c.captureWindows());
    windows.add(
        new PublishedWindow(
            LocalDate.of(2023, 4, 26),
            LocalTime.of(15, 0),
            LocalTime.of(16, 0),
            "动画学院",
            List.of(),
            10,
            null));
    windows.add(
        new PublishedWindow(
            LocalDate.of(2023, 4, 27),
            LocalTime.of(8, 10),
            LocalTime.of(9, 0),
            "动画学院",
            List.of(),
            10,
            null));
    Campaign more =
        with(
            c,
            x ->
                new Campaign(
                    x.title(),
                    x.graduatingClass(),
                    x.cohorts(),
                    x.institution(),
                    x.calendar(),
                    x.milestones(),
                    x.capture(),
                    windows,
                    x.notice()));
    assertThat(NoticeSelfCheck.windowsDoNotOverlap(more)).hasSize(2).allMatch(Finding::isBlocking);
    assertThat(NoticeSelfCheck.windowsFallOnCaptureDays(more))
        .singleElement()
        .satisfies(
            f ->
                assertThat(f.message(Locale.ENGLISH))
                    .isEqualTo(
                        "There are capture windows on 2023-04-27, which is not a published capture day"));
  }

  @Test
  void r1_cohorts_and_classes_of_another_year_are_found() {
    Campaign c = corrected();
    Institution institution =
        new Institution(
            c.institution().name(),
            null,
            List.of(
                College.of("动画学院").withClassGroup(ClassGroup.of("21动画1班", CohortId.of(2021, 3)))),
            java.util.Map.of());
    Campaign wrong =
        new Campaign(
            c.title(),
            c.graduatingClass(),
            List.of(CohortId.of(2020, 3)),
            institution,
            c.calendar(),
            c.milestones(),
            c.capture(),
            List.of(),
            c.notice());
    assertThat(NoticeSelfCheck.cohortsGraduateThisYear(wrong))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.rule()).isEqualTo("R1.cohort.graduating-year");
              assertThat(f.location()).isEqualTo("cohorts[0]");
            });
    assertThat(NoticeSelfCheck.classesOfThisYearAreCovered(wrong))
        .singleElement()
        .satisfies(
            f ->
                assertThat(f.message(Locale.CHINESE))
                    .isEqualTo("班级 21动画1班 属于 2021级3年制，将随2024届毕业，但本次工作未包含该年级"));
  }

  @Test
  void a_window_whose_college_names_nobody_is_a_warning() {
    Campaign c = corrected();
    List<College> colleges =
        c.institution().colleges().stream()
            .map(
                col ->
                    col.name().equals("动画学院")
                        ? new College(
                            col.name(), col.englishName(), col.classGroups(), java.util.Map.of())
                        : col)
            .toList();
    Campaign nobody =
        new Campaign(
            c.title(),
            c.graduatingClass(),
            c.cohorts(),
            new Institution(
                c.institution().name(), null, colleges, c.institution().officeContacts()),
            c.calendar(),
            c.milestones(),
            c.capture(),
            c.captureWindows(),
            c.notice());
    assertThat(NoticeSelfCheck.windowsHaveResponsiblePersons(nobody))
        .singleElement()
        .satisfies(
            f ->
                assertThat(f.message(Locale.CHINESE))
                    .isEqualTo("动画学院 在 2023-04-25 有采集时段，但没有指定图像采集负责人"));
  }

  /** The seed as it should have been: signed 3 April 2023, sections 一二三, every morning at 08:10. */
  static Campaign corrected() {
    String yaml =
        Seed.yaml()
            .replace("signedOn: 2022-04-03", "signedOn: 2023-04-03")
            .replace("sections: [一, 二, 四]", "sections: [一, 二, 三]")
            .replace("start: \"8:30\"", "start: \"8:10\"");
    return CampaignCodec.read(yaml, CampaignFormat.YAML, "corrected.yaml");
  }

  private Campaign withNotice(NoticeClaims claims) {
    Campaign c = corrected();
    return new Campaign(
        c.title(),
        c.graduatingClass(),
        c.cohorts(),
        c.institution(),
        c.calendar(),
        c.milestones(),
        c.capture(),
        c.captureWindows(),
        claims);
  }

  private static Campaign withMilestones(Campaign c, List<Milestone> milestones) {
    return new Campaign(
        c.title(),
        c.graduatingClass(),
        c.cohorts(),
        c.institution(),
        c.calendar(),
        milestones,
        c.capture(),
        c.captureWindows(),
        c.notice());
  }

  private static Campaign with(Campaign c, UnaryOperator<Campaign> change) {
    return change.apply(c);
  }
}
