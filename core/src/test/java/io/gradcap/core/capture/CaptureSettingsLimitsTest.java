package io.gradcap.core.capture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.gradcap.core.access.Actor;
import io.gradcap.core.access.Subject;
import io.gradcap.core.capture.CaptureCommand.BookMakeUp;
import io.gradcap.core.capture.CaptureCommand.MarkAbsent;
import io.gradcap.core.capture.CaptureCommand.OpenMakeUpSlot;
import io.gradcap.core.capture.CaptureEvent.MakeUpBooked;
import io.gradcap.core.capture.CaptureEvent.Refused;
import io.gradcap.core.capture.plan.CaptureClass;
import io.gradcap.core.capture.plan.ClassSlot;
import io.gradcap.core.record.StudentNumber;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The campaign's capture settings: what the seed notice says, what a campaign may change, and what
 * it may not.
 */
class CaptureSettingsLimitsTest {

  private static final Instant DAY = Instant.parse("2023-04-24T01:00:00Z");
  private static final Instant SLOT_START = DAY.plus(Duration.ofDays(7));
  private static final Actor CENTRE = Actor.captureCentre("c-1", "新华社海南图像采集中心");
  private static final Subject ABSENTEE =
      new Subject("软件工程学院", "21软件1班", StudentNumber.of("2021002"));

  private static final ClassSlot SLOT =
      SoftwareCollegePlan.of(
              new CaptureClass(
                  "21软件1班", List.of(StudentNumber.of("2021001"), StudentNumber.of("2021002"))))
          .slots()
          .get(0);

  @Test
  void
      the_seed_notice_charges_20_yuan_wants_codes_3_days_ahead_and_closes_make_up_booking_a_day_before() {
    assertThat(CaptureSettings.DEFAULT.feeFenPerPhoto()).isEqualTo(2000);
    assertThat(CaptureSettings.DEFAULT.codeLeadDays()).isEqualTo(3);
    assertThat(CaptureSettings.DEFAULT.makeUpBookingCloses()).isEqualTo(Duration.ofDays(1));
  }

  @Test
  void a_free_capture_codes_due_on_the_day_and_booking_up_to_the_start_are_allowed() {
    CaptureSettings settings =
        CaptureSettings.DEFAULT
            .withFee(0)
            .withCodeLeadDays(0)
            .withMakeUpBookingCloses(Duration.ZERO);
    assertThat(settings.feeFenPerPhoto()).isZero();
    assertThat(settings.codeLeadDays()).isZero();
    assertThat(settings.makeUpBookingCloses()).isZero();
    assertThat(CodeGate.deadline(SLOT, settings)).isEqualTo(SLOT.date());
  }

  @Test
  void a_negative_fee_lead_or_booking_close_is_refused() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> CaptureSettings.DEFAULT.withFee(-1))
        .withMessage("the fee is not negative");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> CaptureSettings.DEFAULT.withCodeLeadDays(-1))
        .withMessage("the code lead is not negative");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> CaptureSettings.DEFAULT.withMakeUpBookingCloses(Duration.ofSeconds(-1)))
        .withMessage("the booking close is not negative");
  }

  @Test
  void changing_one_setting_keeps_the_others() {
    CaptureSettings changed =
        CaptureSettings.DEFAULT
            .withFee(2500)
            .withCodeLeadDays(5)
            .withMakeUpBookingCloses(Duration.ofHours(2));
    assertThat(changed)
        .isEqualTo(
            new CaptureSettings(
                2500,
                5,
                Duration.ofHours(2),
                CaptureSettings.DEFAULT.dressCodeZh(),
                CaptureSettings.DEFAULT.dressCodeEn()));
  }

  @Test
  void a_shorter_booking_close_lets_an_absentee_book_until_then_and_not_a_second_later() {
    Captures captures =
        Captures.of(CaptureSettings.DEFAULT.withMakeUpBookingCloses(Duration.ofHours(2)));
    CaptureState state = CaptureState.EMPTY;
    for (CaptureCommand c :
        List.of(
            new MarkAbsent(CENTRE, DAY, ABSENTEE),
            new OpenMakeUpSlot(CENTRE, DAY, "m1", SLOT_START, 5))) {
      for (CaptureEvent e : captures.decide(c, state).events()) {
        state = Captures.evolve(state, e);
      }
    }
    Instant closes = SLOT_START.minus(Duration.ofHours(2));
    assertThat(captures.decide(new BookMakeUp(CENTRE, closes, ABSENTEE, "m1"), state).events())
        .singleElement()
        .isInstanceOf(MakeUpBooked.class);
    assertThat(
            captures
                .decide(new BookMakeUp(CENTRE, closes.plusSeconds(1), ABSENTEE, "m1"), state)
                .events())
        .singleElement()
        .isInstanceOfSatisfying(
            Refused.class,
            r -> {
              assertThat(r.reason().rule()).isEqualTo("R12.make-up.closed");
              assertThat(r.reason().message(Locale.ENGLISH))
                  .isEqualTo(
                      "Booking for make-up slot m1 (starting 2023-05-01T01:00:00Z) has closed (2021002)");
            });
    assertThat(
            Captures.of(CaptureSettings.DEFAULT)
                .decide(new BookMakeUp(CENTRE, closes, ABSENTEE, "m1"), state)
                .events())
        .singleElement()
        .isInstanceOf(Refused.class);
  }

  @Test
  void the_instructions_print_a_fee_in_whole_yuan_or_with_two_decimals() {
    assertThat(feeText(2000)).contains("the fee of 20 yuan");
    assertThat(feeText(2050)).contains("the fee of 20.50 yuan");
    assertThat(feeText(12345)).contains("the fee of 123.45 yuan");
    assertThat(feeText(5)).contains("the fee of 0.05 yuan");
    assertThat(feeText(0)).contains("the fee of 0 yuan");
  }

  @Test
  void codes_are_due_the_lead_days_before_the_capture_day() {
    assertThat(SLOT.date()).isEqualTo(LocalDate.of(2023, 4, 26));
    assertThat(CodeGate.deadline(SLOT, CaptureSettings.DEFAULT.withCodeLeadDays(1)))
        .isEqualTo(LocalDate.of(2023, 4, 25));
  }

  private static String feeText(long fen) {
    ClassInstructions instructions =
        ClassInstructions.of(SLOT, CaptureSettings.DEFAULT.withFee(fen));
    assertThat(instructions.feeFenPerPhoto()).isEqualTo(fen);
    return instructions.message().format(Locale.ENGLISH);
  }
}
