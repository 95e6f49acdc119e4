package io.gradcap.core.capture;

import static org.assertj.core.api.Assertions.assertThat;

import io.gradcap.core.access.Actor;
import io.gradcap.core.access.Subject;
import io.gradcap.core.capture.plan.CaptureClass;
import io.gradcap.core.capture.plan.CapturePlan;
import io.gradcap.core.capture.plan.ClassSlot;
import io.gradcap.core.record.StudentNumber;
import io.gradcap.spi.host.CaptureCodeStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class CodeGateAndFeesTest {

  private static final StudentNumber S1 = StudentNumber.of("2021001");
  private static final StudentNumber S2 = StudentNumber.of("2021002");
  private static final StudentNumber S3 = StudentNumber.of("2021003");

  private final CapturePlan plan =
      SoftwareCollegePlan.of(new CaptureClass("21软件1班", List.of(S3, S1, S2)));

  @Test
  void codes_are_due_three_days_before_the_slot() {
    ClassSlot slot = plan.slots().get(0);
    assertThat(CodeGate.deadline(slot, CaptureSettings.DEFAULT))
        .isEqualTo(LocalDate.of(2023, 4, 23));
    assertThat(CodeGate.deadline(slot, CaptureSettings.DEFAULT.withCodeLeadDays(5)))
        .isEqualTo(LocalDate.of(2023, 4, 21));
  }

  @Test
  void from_the_deadline_the_counsellor_gets_the_students_without_a_code() {
    InMemoryCaptureCodes codes =
        new InMemoryCaptureCodes(
            List.of(CaptureCodeStatus.held("2021002", Instant.parse("2023-04-20T00:00:00Z"))));
    assertThat(CodeGate.missing(plan, codes, LocalDate.of(2023, 4, 22), CaptureSettings.DEFAULT))
        .isEmpty();
    List<MissingCodes> missing =
        CodeGate.missing(plan, codes, LocalDate.of(2023, 4, 23), CaptureSettings.DEFAULT);
    assertThat(missing)
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.classGroup()).isEqualTo("21软件1班");
              assertThat(m.missing()).containsExactly(S1, S3);
            });
    assertThat(CodeGate.findings(missing).get(0).message(Locale.ENGLISH))
        .isEqualTo(
            "21软件1班: 2 students hold no capture code (due 2023-04-23, capture on 2023-04-26); counsellor please follow up");
    assertThat(CodeGate.missing(plan, codes, LocalDate.of(2023, 4, 27), CaptureSettings.DEFAULT))
        .isEmpty();
  }

  @Test
  void instructions_name_place_arrival_code_fee_and_dress_code() {
    ClassInstructions text = ClassInstructions.of(plan.slots().get(0), CaptureSettings.DEFAULT);
    assertThat(text.arrival()).hasToString("08:05");
    assertThat(text.message().format(Locale.CHINESE))
        .startsWith("21软件1班：请于 2023-04-26 08:05 前到 教103 按学号排好队，08:10 开始采集，共 3 人。")
        .contains("采集费 20 元")
        .contains("建议穿白（浅）色衬衫");
    assertThat(text.message().format(Locale.ENGLISH))
        .contains("no code, no photo")
        .contains("20 yuan")
        .contains("Wear a white or light shirt");
  }

  @Test
  void fees_reconcile_expected_collected_and_owed_per_class_and_college() {
    Actor centre = Actor.captureCentre("c", "中心");
    Captures captures = Captures.of(CaptureSettings.DEFAULT);
    Instant at = Instant.parse("2023-04-26T00:10:00Z");
    CaptureState state = CaptureState.EMPTY;
    List<CaptureCommand> commands =
        List.of(
            new CaptureCommand.CollectFee(centre, at, "软件工程学院", "21软件1班", 6000),
            new CaptureCommand.Capture(
                centre, at, new Subject("软件工程学院", "21软件1班", S1), Session.COLLECTIVE, true, ""),
            new CaptureCommand.Capture(
                centre, at, new Subject("软件工程学院", "21软件1班", S2), Session.COLLECTIVE, true, ""),
            new CaptureCommand.Capture(
                centre, at, new Subject("软件工程学院", "21软件1班", S2), Session.RESHOOT, true, ""),
            new CaptureCommand.MarkAbsent(centre, at, new Subject("软件工程学院", "21软件1班", S3)));
    for (CaptureCommand c : commands) {
      for (CaptureEvent e : captures.decide(c, state).events()) {
        state = Captures.evolve(state, e);
      }
    }
    FeeReport report = FeeReport.of(state, plan, CaptureSettings.DEFAULT);
    assertThat(report.classes())
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.expectedFen()).isEqualTo(6000);
              assertThat(c.collectedFen()).isEqualTo(6000);
              assertThat(c.photographs()).isEqualTo(3);
              assertThat(c.owedFen()).isEqualTo(6000);
              assertThat(c.balanceFen()).isZero();
            });
    assertThat(report.colleges())
        .singleElement()
        .satisfies(c -> assertThat(c.owedFen()).isEqualTo(6000));
    assertThat(report.findings()).isEmpty();

    FeeReport cheaper = FeeReport.of(state, plan, CaptureSettings.DEFAULT.withFee(1500));
    assertThat(cheaper.findings())
        .singleElement()
        .satisfies(
            f ->
                assertThat(f.message(Locale.ENGLISH))
                    .isEqualTo(
                        "软件工程学院 21软件1班 paid 15 yuan too much, to be refunded (3 photographs, 60 yuan collected)"));
  }
}
