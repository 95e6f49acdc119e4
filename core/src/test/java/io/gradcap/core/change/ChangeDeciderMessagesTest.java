package io.gradcap.core.change;

import static io.gradcap.core.change.ChangeCommand.move;
import static io.gradcap.core.change.Fixtures.CHANGED_ON;
import static io.gradcap.core.change.Fixtures.COUNSELLOR;
import static io.gradcap.core.change.Fixtures.OTHER_STAFF;
import static io.gradcap.core.change.Fixtures.T0;
import static io.gradcap.core.change.Fixtures.ZHANG;
import static io.gradcap.core.change.Fixtures.ZHANG_STUDENT;
import static io.gradcap.core.change.Fixtures.at;
import static io.gradcap.core.change.Fixtures.name;
import static io.gradcap.core.change.Fixtures.open;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gradcap.core.finding.Finding;
import io.gradcap.core.record.RecordField;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ChangeDeciderMessagesTest {

  private final ChangeDecider decider = Fixtures.decider();

  @Test
  void a_move_from_the_wrong_status_lists_every_status_it_may_start_from_in_both_languages() {
    Journal journal = new Journal(decider);
    journal.accept(open("r-1", ZHANG_STUDENT, ZHANG, name("张三", "张叁")));

    Refusal refusal = journal.refuse(move("r-1", OTHER_STAFF, at(1), Transition.START_REVIEW));

    assertThat(refusal.message().format(Locale.ENGLISH))
        .endsWith("(it must be at: received by the office, needs more evidence)");
    assertThat(refusal.message().format(Locale.CHINESE)).endsWith("（须为：教务处已接收、待补充材料）");
  }

  @Test
  void a_decision_says_whether_the_command_was_accepted() {
    ChangeBook empty = ChangeBook.empty();

    assertThat(
            decider.decide(open("r-1", ZHANG_STUDENT, ZHANG, name("张三", "张叁")), empty).isAccepted())
        .isTrue();
    assertThat(
            decider
                .decide(move("r-1", ZHANG_STUDENT, at(1), Transition.SUBMIT), empty)
                .isAccepted())
        .isFalse();
  }

  @Test
  void a_field_that_is_not_critical_is_named_in_chinese_too() {
    Refusal refusal =
        new Journal(decider)
            .refuse(
                open("r-1", COUNSELLOR, ZHANG, FieldChange.of(RecordField.MAJOR, "软件技术", "软件工程")));

    assertThat(refusal.describe(Locale.CHINESE)).contains("专业不是关键字段");
  }

  @Test
  void a_journal_that_opens_the_same_request_twice_cannot_be_replayed() {
    ChangeEvent opened =
        new ChangeEvent.RequestOpened(
            "r-1",
            ZHANG_STUDENT,
            T0,
            "",
            Fixtures.facts(ZHANG),
            List.of(name("张三", "张叁")),
            CHANGED_ON,
            "sign-off");

    assertThatThrownBy(() -> ChangeBook.replay(List.of(opened, opened)))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void a_request_opened_from_a_finding_takes_its_rule_as_source_and_its_message_as_reason() {
    ChangeRequest both = Fixtures.draft(ZHANG, CHANGED_ON, name("张三", "张叁"), Fixtures.idNumber());
    Finding aboutIdNumber = ChangeRules.nameAndIdNumberApart(ChangePolicy.defaults(), both).get(0);
    Finding aboutNoField = ChangeRules.recordNotLocked(ChangePolicy.defaults(), both, true).get(0);
    FieldChange idNumber = Fixtures.idNumber();

    ChangeCommand.Open open =
        ChangeCommand.fromFinding(
            "r-2", COUNSELLOR, T0, Fixtures.facts(ZHANG), aboutIdNumber, idNumber, CHANGED_ON);
    assertThat(open.source()).isEqualTo("R3.change.name-with-id-number");
    assertThat(open.reason()).isEqualTo(aboutIdNumber.message(Locale.SIMPLIFIED_CHINESE));
    assertThat(open.changes()).containsExactly(idNumber);
    assertThat(
            ChangeCommand.fromFinding(
                    "r-2",
                    COUNSELLOR,
                    T0,
                    Fixtures.facts(ZHANG),
                    aboutNoField,
                    idNumber,
                    CHANGED_ON)
                .source())
        .isEqualTo("R17.change.record-locked");
    assertThatThrownBy(
            () ->
                ChangeCommand.fromFinding(
                    "r-2",
                    COUNSELLOR,
                    T0,
                    Fixtures.facts(ZHANG),
                    aboutIdNumber,
                    name("张三", "张叁"),
                    CHANGED_ON))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
