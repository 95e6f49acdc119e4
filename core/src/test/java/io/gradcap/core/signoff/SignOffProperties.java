package io.gradcap.core.signoff;

import static io.gradcap.core.signoff.Fixtures.MONDAY_NOON;
import static io.gradcap.core.signoff.Fixtures.OFFICE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import io.gradcap.core.decision.Decision;
import io.gradcap.core.record.FieldClasses;
import io.gradcap.core.record.RecordField;
import io.gradcap.core.record.StudentNumber;
import io.gradcap.core.record.StudentRecord;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class SignOffProperties {

  private static final RecordField[] FIELDS = RecordField.values();

  private static Gen<SignOffCommand> reports(List<StudentNumber> students) {
    return integers()
        .between(0, students.size() - 1)
        .zip(
            integers().between(0, FIELDS.length - 1),
            strings().betweenCodePoints(0x4E00, 0x4E20).ofLengthBetween(1, 3),
            (s, f, value) ->
                new SignOffCommand.ReportWrong(
                    students.get(s), FIELDS[f], value, OFFICE, MONDAY_NOON));
  }

  @Test
  void routing_never_applies_a_critical_field_change() {
    SignOffState initial = Fixtures.state();
    List<StudentNumber> students = initial.sheet().students();
    Gen<FieldClasses> classes =
        integers()
            .between(0, (1 << 5) - 1)
            .map(
                mask -> {
                  FieldClasses c = FieldClasses.criticalOnly();
                  RecordField[] candidates = {
                    RecordField.NAME,
                    RecordField.ID_NUMBER,
                    RecordField.MAJOR,
                    RecordField.CLASS_GROUP,
                    RecordField.POLITICAL_STATUS
                  };
                  for (int i = 0; i < candidates.length; i++) {
                    if ((mask & (1 << i)) != 0) {
                      c = c.withCritical(candidates[i]);
                    }
                  }
                  return c.withCritical(RecordField.GENDER);
                });
    qt().forAll(classes, lists().of(reports(students)).ofSizeBetween(1, 30))
        .checkAssert(
            (fieldClasses, commands) -> {
              SignOffState state =
                  SignOffState.open(initial.sheet(), Fixtures.records(), fieldClasses);
              for (SignOffCommand command : commands) {
                for (SignOffEvent event : events(command, state)) {
                  if (event instanceof SignOffEvent.FieldCorrected e) {
                    assertThat(fieldClasses.isCritical(e.field())).isFalse();
                  } else if (event instanceof SignOffEvent.ChangeRequestOpened e) {
                    assertThat(fieldClasses.isCritical(e.field())).isTrue();
                  }
                  state = SignOff.evolve(state, event);
                }
              }
              for (StudentNumber student : students) {
                StudentRecord before = initial.record(student);
                StudentRecord after = state.record(student);
                for (RecordField f : fieldClasses.critical()) {
                  assertThat(after.text(f)).as(f.key()).isEqualTo(before.text(f));
                }
              }
            });
  }

  private static List<SignOffEvent> events(SignOffCommand command, SignOffState state) {
    Decision<SignOffEvent> decision = SignOff.decide(command, state);
    assertThat(decision.refusal()).as("refusal of %s", command).isEmpty();
    return decision.events();
  }
}
