package io.gradcap.core.signoff;

import static io.gradcap.core.signoff.Fixtures.COUNSELLOR;
import static io.gradcap.core.signoff.Fixtures.MONDAY_NOON;
import static io.gradcap.core.signoff.Fixtures.OFFICE;
import static io.gradcap.core.signoff.Fixtures.OTHER_COUNSELLOR;
import static io.gradcap.core.signoff.Fixtures.OTHER_RESPONSIBLE;
import static io.gradcap.core.signoff.Fixtures.RESPONSIBLE;
import static io.gradcap.core.signoff.Fixtures.n;
import static io.gradcap.core.signoff.Fixtures.student;
import static io.gradcap.core.testing.Decisions.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gradcap.core.ErrorCode;
import io.gradcap.core.GradcapException;
import io.gradcap.core.access.Actor;
import io.gradcap.core.decision.Decision;
import io.gradcap.core.record.FieldClasses;
import io.gradcap.core.record.RecordField;
import io.gradcap.core.signoff.SignOffCommand.MarkNotReturned;
import io.gradcap.core.signoff.SignOffCommand.ReportWrong;
import io.gradcap.core.signoff.SignOffCommand.Sign;
import io.gradcap.core.signoff.SignOffEvent.ChangeRequestOpened;
import io.gradcap.core.signoff.SignOffEvent.FieldCorrected;
import io.gradcap.core.signoff.SignOffEvent.NotReturned;
import io.gradcap.core.signoff.SignOffEvent.SignedAsCorrect;
import java.util.List;
import org.junit.jupiter.api.Test;

class SignOffTest {

  private final SignOffState state = Fixtures.state();

  @Test
  void signing_records_who_and_when_once() {
    List<SignOffEvent> events =
        events(new Sign(n("2021010102"), student("2021010102"), MONDAY_NOON), state);
    assertThat(events)
        .containsExactly(new SignedAsCorrect(n("2021010102"), student("2021010102"), MONDAY_NOON));
    SignOffState signed = SignOff.evolve(state, events.get(0));
    assertThat(signed.outcome(n("2021010102")).signedAt()).isEqualTo(MONDAY_NOON);
    assertThat(events(new Sign(n("2021010102"), COUNSELLOR, MONDAY_NOON.plusSeconds(60)), signed))
        .isEmpty();
  }

  @Test
  void a_wrong_directly_correctable_field_is_corrected_at_once_with_old_and_new_value() {
    List<SignOffEvent> events =
        events(
            new ReportWrong(
                n("2021010102"), RecordField.POLITICAL_STATUS, "中共党员", COUNSELLOR, MONDAY_NOON),
            state);
    assertThat(events)
        .containsExactly(
            new FieldCorrected(
                n("2021010102"),
                RecordField.POLITICAL_STATUS,
                "",
                "中共党员",
                COUNSELLOR,
                MONDAY_NOON));
    SignOffState after = SignOff.evolve(state, events.get(0));
    assertThat(after.record(n("2021010102")).politicalStatus()).isEqualTo("中共党员");
  }

  @Test
  void a_wrong_critical_field_opens_a_change_request_and_is_never_applied() {
    List<SignOffEvent> events =
        events(
            new ReportWrong(
                n("2021010102"), RecordField.NAME, "张山", student("2021010102"), MONDAY_NOON),
            state);
    assertThat(events)
        .containsExactly(
            new ChangeRequestOpened(
                n("2021010102"), RecordField.NAME, "张三", "张山", student("2021010102"), MONDAY_NOON));
    SignOffState after = SignOff.evolve(state, events.get(0));
    assertThat(after.record(n("2021010102")).text(RecordField.NAME)).isEqualTo("张三");
    assertThat(after.outcome(n("2021010102")).changeRequests()).hasSize(1);
    assertThat(
            events(
                new ReportWrong(n("2021010102"), RecordField.NAME, " 张山 ", OFFICE, MONDAY_NOON),
                after))
        .as("the same request again")
        .isEmpty();
  }

  @Test
  void which_fields_are_critical_is_configurable() {
    SignOffState majorCritical =
        SignOffState.open(
            state.sheet(),
            Fixtures.records(),
            FieldClasses.defaults().withCritical(RecordField.MAJOR));
    assertThat(
            events(
                new ReportWrong(n("2021010102"), RecordField.MAJOR, "软件工程", OFFICE, MONDAY_NOON),
                majorCritical))
        .singleElement()
        .isInstanceOf(ChangeRequestOpened.class);
  }

  @Test
  void a_row_not_returned_is_recorded_by_staff_only_and_only_once() {
    assertThat(events(new MarkNotReturned(n("2021010110"), RESPONSIBLE, MONDAY_NOON), state))
        .containsExactly(new NotReturned(n("2021010110"), RESPONSIBLE, MONDAY_NOON));
    assertRefused(
        SignOff.decide(
            new MarkNotReturned(n("2021010110"), student("2021010110"), MONDAY_NOON), state),
        ErrorCode.OUT_OF_SCOPE);
    SignOffState signed = SignOff.apply(state, new Sign(n("2021010110"), COUNSELLOR, MONDAY_NOON));
    assertThat(events(new MarkNotReturned(n("2021010110"), OFFICE, MONDAY_NOON), signed)).isEmpty();
  }

  @Test
  void students_act_on_their_own_row_only() {
    assertRefused(
        SignOff.decide(new Sign(n("2021010102"), student("2021010110"), MONDAY_NOON), state),
        ErrorCode.OUT_OF_SCOPE);
    assertThat(SignOff.visibleTo(student("2021010110"), state.sheet()).students())
        .containsExactly(n("2021010110"));
  }

  @Test
  void staff_act_within_their_scope_and_office_everywhere() {
    Sign byOtherCounsellor = new Sign(n("2021010102"), OTHER_COUNSELLOR, MONDAY_NOON);
    assertRefused(SignOff.decide(byOtherCounsellor, state), ErrorCode.OUT_OF_SCOPE);
    assertRefused(
        SignOff.decide(new Sign(n("2021010102"), OTHER_RESPONSIBLE, MONDAY_NOON), state),
        ErrorCode.OUT_OF_SCOPE);
    for (Actor allowed : List.of(COUNSELLOR, RESPONSIBLE, OFFICE)) {
      assertThat(events(new Sign(n("2021010102"), allowed, MONDAY_NOON), state)).hasSize(1);
      assertThat(SignOff.visibleTo(allowed, state.sheet()).rows()).hasSize(3);
    }
    Actor centre = Actor.captureCentre("c-1", "新华社海南图像采集中心");
    assertRefused(
        SignOff.decide(new Sign(n("2021010102"), centre, MONDAY_NOON), state),
        ErrorCode.NOT_A_SIGN_OFF_ROLE);
    assertThatThrownBy(() -> SignOff.visibleTo(OTHER_COUNSELLOR, state.sheet()))
        .isInstanceOf(GradcapException.class);
  }

  @Test
  void a_student_not_on_the_sheet_is_refused() {
    assertRefused(
        SignOff.decide(new Sign(n("2099000001"), OFFICE, MONDAY_NOON), state),
        ErrorCode.NOT_ON_SHEET);
  }

  private static List<SignOffEvent> events(SignOffCommand command, SignOffState state) {
    Decision<SignOffEvent> decision = SignOff.decide(command, state);
    assertThat(decision.refusal()).as("refusal of %s", command).isEmpty();
    return decision.events();
  }
}
