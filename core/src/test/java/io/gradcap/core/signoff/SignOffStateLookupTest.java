package io.gradcap.core.signoff;

import static io.gradcap.core.signoff.Fixtures.COUNSELLOR;
import static io.gradcap.core.signoff.Fixtures.MONDAY_NOON;
import static io.gradcap.core.signoff.Fixtures.n;
import static io.gradcap.core.signoff.Fixtures.student;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gradcap.core.decision.Decision;
import io.gradcap.core.record.FieldClasses;
import io.gradcap.core.record.RecordField;
import io.gradcap.core.signoff.SignOffCommand.ReportWrong;
import io.gradcap.core.signoff.SignOffEvent.ChangeRequestOpened;
import java.util.List;
import org.junit.jupiter.api.Test;

class SignOffStateLookupTest {

  @Test
  void a_sheet_cannot_be_opened_without_a_record_for_each_of_its_students() {
    SignOffSheet sheet = Fixtures.sheet();

    assertThatThrownBy(
            () ->
                SignOffState.open(sheet, Fixtures.records().subList(0, 2), FieldClasses.defaults()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("202101019");
  }

  @Test
  void a_student_not_on_the_sheet_has_neither_record_nor_outcome() {
    SignOffState state = Fixtures.state();

    assertThatThrownBy(() -> state.record(n("2099000001")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> state.outcome(n("2099000001")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(state.record(n("2021010102")).text(RecordField.NAME)).isEqualTo("张三");
  }

  @Test
  void a_different_proposal_for_a_field_with_an_open_request_opens_another_request() {
    SignOffState state =
        SignOff.apply(
            Fixtures.state(),
            new ReportWrong(
                n("2021010102"), RecordField.NAME, "张山", student("2021010102"), MONDAY_NOON));

    List<SignOffEvent> again =
        events(
            new ReportWrong(n("2021010102"), RecordField.NAME, "张珊", COUNSELLOR, MONDAY_NOON),
            state);

    assertThat(again)
        .singleElement()
        .isInstanceOfSatisfying(
            ChangeRequestOpened.class, e -> assertThat(e.proposedValue()).isEqualTo("张珊"));
    assertThat(
            events(
                new ReportWrong(n("2021010102"), RecordField.GENDER, "张山", COUNSELLOR, MONDAY_NOON),
                state))
        .as("the same text for another critical field")
        .singleElement()
        .isInstanceOf(ChangeRequestOpened.class);
  }

  @Test
  void a_row_prints_in_logs_as_its_place_student_and_key_only() {
    SignOffRow row = Fixtures.sheet().rows().get(1);

    assertThat(row).hasToString("2 2021010102 [976Y9AYM]");
  }

  private static List<SignOffEvent> events(SignOffCommand command, SignOffState state) {
    Decision<SignOffEvent> decision = SignOff.decide(command, state);
    assertThat(decision.refusal()).as("refusal of %s", command).isEmpty();
    return decision.events();
  }
}
