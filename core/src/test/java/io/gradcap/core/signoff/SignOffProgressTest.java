package io.gradcap.core.signoff;

import static io.gradcap.core.signoff.Fixtures.COUNSELLOR;
import static io.gradcap.core.signoff.Fixtures.MONDAY_NOON;
import static io.gradcap.core.signoff.Fixtures.OFFICE;
import static io.gradcap.core.signoff.Fixtures.OTHER_RESPONSIBLE;
import static io.gradcap.core.signoff.Fixtures.ZONE;
import static io.gradcap.core.signoff.Fixtures.n;
import static org.assertj.core.api.Assertions.assertThat;

import io.gradcap.core.record.RecordField;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class SignOffProgressTest {

  @Test
  void counts_per_outcome_and_lists_what_did_not_come_back() {
    SignOffState s = Fixtures.state();
    s = SignOff.apply(s, new SignOffCommand.Sign(n("202101019"), COUNSELLOR, MONDAY_NOON));
    s =
        SignOff.apply(
            s,
            new SignOffCommand.ReportWrong(
                n("2021010102"), RecordField.ETHNICITY, "回族", COUNSELLOR, MONDAY_NOON));
    ClassProgress before = SignOffProgress.ofClass(s, MONDAY_NOON, ZONE);
    assertThat(before.signed()).isEqualTo(1);
    assertThat(before.changeRequested()).isEqualTo(1);
    assertThat(before.corrected()).isZero();
    assertThat(before.missing()).isEqualTo(1);
    assertThat(before.notReturned()).containsExactly(n("2021010110"));
    assertThat(before.overdue()).as("the deadline day is not over").isFalse();
    ClassProgress after = SignOffProgress.ofClass(s, MONDAY_NOON.plus(Duration.ofDays(1)), ZONE);
    assertThat(after.overdue()).isTrue();
  }

  @Test
  void a_row_returned_after_the_cutoff_counts_as_not_returned_by_the_cutoff() {
    SignOffState s = Fixtures.state();
    for (String number : List.of("202101019", "2021010102")) {
      s = SignOff.apply(s, new SignOffCommand.Sign(n(number), COUNSELLOR, MONDAY_NOON));
    }
    s =
        SignOff.apply(
            s,
            new SignOffCommand.ReportWrong(
                n("2021010110"),
                RecordField.MAJOR,
                "软件工程",
                COUNSELLOR,
                MONDAY_NOON.plus(Duration.ofDays(2))));
    assertThat(SignOffProgress.atCutoff(s, ZONE).notReturned()).containsExactly(n("2021010110"));
    ClassProgress now = SignOffProgress.ofClass(s, MONDAY_NOON.plus(Duration.ofDays(3)), ZONE);
    assertThat(now.corrected()).isEqualTo(1);
    assertThat(now.isComplete()).isTrue();
  }

  @Test
  void colleges_see_their_own_classes_office_sees_all() {
    SignOffState s = Fixtures.state();
    assertThat(SignOffProgress.byCollege(List.of(s), MONDAY_NOON, ZONE, OFFICE))
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.college()).isEqualTo("软件工程学院");
              assertThat(c.missing()).isEqualTo(3);
              assertThat(c.incompleteClasses()).hasSize(1);
            });
    assertThat(SignOffProgress.byCollege(List.of(s), MONDAY_NOON, ZONE, OTHER_RESPONSIBLE))
        .isEmpty();
  }
}
