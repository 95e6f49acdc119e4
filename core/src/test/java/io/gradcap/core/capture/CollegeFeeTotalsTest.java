package io.gradcap.core.capture;

import static org.assertj.core.api.Assertions.assertThat;

import io.gradcap.core.access.Actor;
import io.gradcap.core.access.Subject;
import io.gradcap.core.capture.CaptureCommand.Capture;
import io.gradcap.core.capture.CaptureCommand.CollectFee;
import io.gradcap.core.capture.plan.CaptureClass;
import io.gradcap.core.capture.plan.CapturePlan;
import io.gradcap.core.finding.Finding;
import io.gradcap.core.finding.Severity;
import io.gradcap.core.record.StudentNumber;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * R13: the fee reconciliation adds a college's classes up, and money or photographs of unplanned
 * classes are not lost.
 */
class CollegeFeeTotalsTest {

  private static final String SOFTWARE = "软件工程学院";
  private static final Instant AT = Instant.parse("2023-04-26T00:10:00Z");
  private static final Actor CENTRE = Actor.captureCentre("c", "中心");

  private static StudentNumber no(String n) {
    return StudentNumber.of(n);
  }

  /**
   * 21软件1班 with 3 students and 21软件2班 with 2, one college; 21动画2班 of another college is not
   * planned.
   */
  private static final CapturePlan PLAN =
      SoftwareCollegePlan.of(
          new CaptureClass("21软件1班", List.of(no("2021001"), no("2021002"), no("2021003"))),
          new CaptureClass("21软件2班", List.of(no("2021101"), no("2021102"))));

  private static CaptureState run(List<CaptureCommand> commands) {
    Captures captures = Captures.of(CaptureSettings.DEFAULT);
    CaptureState state = CaptureState.EMPTY;
    for (CaptureCommand c : commands) {
      for (CaptureEvent e : captures.decide(c, state).events()) {
        state = Captures.evolve(state, e);
      }
    }
    return state;
  }

  private static Capture photo(String classGroup, String number) {
    return new Capture(
        CENTRE, AT, new Subject(SOFTWARE, classGroup, no(number)), Session.COLLECTIVE, true, "");
  }

  private final CaptureState state =
      run(
          List.of(
              new CollectFee(CENTRE, AT, SOFTWARE, "21软件1班", 6000),
              photo("21软件1班", "2021001"),
              photo("21软件1班", "2021002"),
              new CollectFee(CENTRE, AT, SOFTWARE, "21软件2班", 1000),
              photo("21软件2班", "2021101"),
              photo("21软件2班", "2021102"),
              new CollectFee(CENTRE, AT, "动画学院", "21动画2班", 2000)));

  @Test
  void each_class_line_has_headcount_expected_collected_owed_and_balance() {
    FeeReport report = FeeReport.of(state, PLAN, CaptureSettings.DEFAULT);
    ClassFees one = line(report, "21软件1班");
    assertThat(one.headcount()).isEqualTo(3);
    assertThat(one.expectedFen()).isEqualTo(6000);
    assertThat(one.collectedFen()).isEqualTo(6000);
    assertThat(one.photographs()).isEqualTo(2);
    assertThat(one.owedFen()).isEqualTo(4000);
    assertThat(one.balanceFen()).isEqualTo(2000);
    ClassFees two = line(report, "21软件2班");
    assertThat(two.balanceFen()).isEqualTo(-3000);
  }

  @Test
  void a_college_line_adds_up_its_classes() {
    FeeReport report = FeeReport.of(state, PLAN, CaptureSettings.DEFAULT);
    ClassFees software =
        report.colleges().stream()
            .filter(c -> c.college().equals(SOFTWARE))
            .findFirst()
            .orElseThrow();
    assertThat(software.classGroup()).isEmpty();
    assertThat(software.headcount()).isEqualTo(5);
    assertThat(software.expectedFen()).isEqualTo(10_000);
    assertThat(software.collectedFen()).isEqualTo(7000);
    assertThat(software.owedFen()).isEqualTo(8000);
    assertThat(software.photographs()).isEqualTo(4);
    assertThat(software.balanceFen()).isEqualTo(-1000);
  }

  @Test
  void money_handed_over_by_a_class_outside_the_plan_is_reported_for_refund() {
    FeeReport report = FeeReport.of(state, PLAN, CaptureSettings.DEFAULT);
    ClassFees animation = line(report, "21动画2班");
    assertThat(animation.college()).isEqualTo("动画学院");
    assertThat(animation.headcount()).isZero();
    assertThat(animation.expectedFen()).isZero();
    assertThat(animation.collectedFen()).isEqualTo(2000);
    assertThat(animation.owedFen()).isZero();
    assertThat(report.colleges()).extracting(ClassFees::college).containsExactly("动画学院", SOFTWARE);
    assertThat(report.findings())
        .filteredOn(f -> f.subject().equals("21动画2班"))
        .singleElement()
        .satisfies(
            f ->
                assertThat(f.message(Locale.ENGLISH))
                    .isEqualTo(
                        "动画学院 21动画2班 paid 20 yuan too much, to be refunded (0 photographs, 20 yuan collected)"));
  }

  @Test
  void photographs_of_a_class_outside_the_plan_are_owed_for() {
    CaptureState unplanned = run(List.of(photo("21软件9班", "2021901")));
    FeeReport report = FeeReport.of(unplanned, PLAN, CaptureSettings.DEFAULT);
    ClassFees nine = line(report, "21软件9班");
    assertThat(nine.headcount()).isZero();
    assertThat(nine.photographs()).isEqualTo(1);
    assertThat(nine.owedFen()).isEqualTo(2000);
  }

  @Test
  void a_class_that_still_owes_is_a_warning_naming_what_it_owes() {
    List<Finding> findings = FeeReport.of(state, PLAN, CaptureSettings.DEFAULT).findings();
    assertThat(findings).extracting(Finding::subject).containsExactly("21动画2班", "21软件1班", "21软件2班");
    assertThat(findings)
        .allSatisfy(
            f -> {
              assertThat(f.rule()).isEqualTo("R13.fee.balance");
              assertThat(f.severity()).isEqualTo(Severity.WARNING);
            });
    assertThat(findings.get(2).message(Locale.ENGLISH))
        .isEqualTo("软件工程学院 21软件2班 still owes 30 yuan (2 photographs, 10 yuan collected)");
  }

  private static ClassFees line(FeeReport report, String classGroup) {
    return report.classes().stream()
        .filter(c -> c.classGroup().equals(classGroup))
        .findFirst()
        .orElseThrow();
  }
}
