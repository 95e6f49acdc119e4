package io.gradcap.core.signoff;

import static io.gradcap.core.signoff.Fixtures.COUNSELLOR;
import static io.gradcap.core.signoff.Fixtures.MONDAY_NOON;
import static io.gradcap.core.signoff.Fixtures.OFFICE;
import static io.gradcap.core.signoff.Fixtures.n;
import static org.assertj.core.api.Assertions.assertThat;

import io.gradcap.core.record.RecordField;
import io.gradcap.core.record.StudentNumber;
import io.gradcap.core.signoff.SignOffEvent.ChangeRequestOpened;
import io.gradcap.core.signoff.SignOffEvent.FieldCorrected;
import io.gradcap.core.signoff.SignOffEvent.NotReturned;
import io.gradcap.core.signoff.SignOffEvent.SignedAsCorrect;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class StudentOutcomeTimelineTest {

  private static final StudentNumber LI = n("2021010110");
  private static final Instant EARLY = MONDAY_NOON.minus(Duration.ofHours(3));
  private static final Instant LATE = MONDAY_NOON.plus(Duration.ofHours(3));

  @Test
  void a_row_counts_as_returned_from_its_earliest_event_even_if_recorded_out_of_order() {
    StudentOutcome outcome =
        StudentOutcome.pending(LI)
            .with(new SignedAsCorrect(LI, COUNSELLOR, LATE))
            .with(new FieldCorrected(LI, RecordField.ETHNICITY, "汉族", "回族", COUNSELLOR, EARLY))
            .with(
                new ChangeRequestOpened(LI, RecordField.NAME, "李四", "李泗", COUNSELLOR, MONDAY_NOON));

    assertThat(outcome.returned()).contains(EARLY);
    assertThat(outcome.signedAt()).isEqualTo(LATE);
    assertThat(outcome.corrections()).hasSize(1);
    assertThat(outcome.changeRequests()).hasSize(1);
  }

  @Test
  void a_later_event_does_not_move_the_return_time() {
    StudentOutcome outcome =
        StudentOutcome.pending(LI)
            .with(new SignedAsCorrect(LI, COUNSELLOR, EARLY))
            .with(new FieldCorrected(LI, RecordField.ETHNICITY, "汉族", "回族", COUNSELLOR, LATE));

    assertThat(outcome.returned()).contains(EARLY);
  }

  @Test
  void the_first_signature_is_kept_when_a_row_is_signed_again() {
    StudentOutcome outcome =
        StudentOutcome.pending(LI)
            .with(new SignedAsCorrect(LI, COUNSELLOR, EARLY))
            .with(new SignedAsCorrect(LI, OFFICE, LATE));

    assertThat(outcome.signedAt()).isEqualTo(EARLY);
  }

  @Test
  void marking_a_row_not_returned_records_when_but_does_not_count_as_a_return() {
    StudentOutcome outcome =
        StudentOutcome.pending(LI).with(new NotReturned(LI, OFFICE, MONDAY_NOON));

    assertThat(outcome.notReturnedAt()).isEqualTo(MONDAY_NOON);
    assertThat(outcome.returned()).isEmpty();
    assertThat(outcome.kindAsOf(LATE)).isEqualTo(OutcomeKind.MISSING);
    assertThat(StudentOutcome.pending(LI).kindAsOf(LATE)).isEqualTo(OutcomeKind.MISSING);
  }

  @Test
  void a_row_counts_from_the_very_instant_it_came_back() {
    StudentOutcome signed =
        StudentOutcome.pending(LI).with(new SignedAsCorrect(LI, COUNSELLOR, MONDAY_NOON));

    assertThat(signed.kindAsOf(MONDAY_NOON)).isEqualTo(OutcomeKind.SIGNED);
    assertThat(signed.kindAsOf(MONDAY_NOON.minusNanos(1))).isEqualTo(OutcomeKind.MISSING);
  }

  @Test
  void a_correction_or_request_counts_from_its_own_instant_on() {
    StudentOutcome outcome =
        StudentOutcome.pending(LI)
            .with(new SignedAsCorrect(LI, COUNSELLOR, EARLY))
            .with(
                new FieldCorrected(LI, RecordField.ETHNICITY, "汉族", "回族", COUNSELLOR, MONDAY_NOON))
            .with(new ChangeRequestOpened(LI, RecordField.NAME, "李四", "李泗", COUNSELLOR, LATE));

    assertThat(outcome.kindAsOf(MONDAY_NOON.minusNanos(1))).isEqualTo(OutcomeKind.SIGNED);
    assertThat(outcome.kindAsOf(MONDAY_NOON)).isEqualTo(OutcomeKind.CORRECTED);
    assertThat(outcome.kindAsOf(LATE.minusNanos(1))).isEqualTo(OutcomeKind.CORRECTED);
    assertThat(outcome.kindAsOf(LATE)).isEqualTo(OutcomeKind.CHANGE_REQUESTED);
  }
}
