package io.gradcap.core.change;

import static io.gradcap.core.change.Fixtures.CHANGED_ON;
import static io.gradcap.core.change.Fixtures.ENTRY;
import static io.gradcap.core.change.Fixtures.ZHANG;
import static io.gradcap.core.change.Fixtures.draft;
import static io.gradcap.core.change.Fixtures.name;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import io.gradcap.core.record.RecordField;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChangeValueGuardsTest {

  @Test
  void a_student_cannot_be_born_on_or_after_the_day_they_enrolled() {
    assertThatThrownBy(() -> new StudentFacts(ZHANG, ENTRY, ENTRY))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(new StudentFacts(ZHANG, ENTRY, ENTRY.minusDays(1)).birthDate())
        .isEqualTo(ENTRY.minusDays(1));
  }

  @Test
  void the_ethnicity_age_limit_cannot_be_negative() {
    assertThatThrownBy(() -> ChangePolicy.defaults().withEthnicityAgeLimit(-1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(ChangePolicy.defaults().withEthnicityAgeLimit(0).ethnicityAgeLimit()).isZero();
  }

  @Test
  void a_request_finds_the_change_of_each_of_its_fields() {
    FieldChange gender = FieldChange.of(RecordField.GENDER, "男", "女");
    ChangeRequest request = draft(ZHANG, CHANGED_ON, name("张三", "张叁"), gender);

    assertThat(request.change(RecordField.GENDER)).contains(gender);
    assertThat(request.change(RecordField.ID_NUMBER)).isEmpty();
  }

  @Test
  void books_are_equal_exactly_when_they_hold_the_same_requests_locks_and_history() {
    ChangeEvent opened =
        new ChangeEvent.RequestOpened(
            "r-1",
            Fixtures.ZHANG_STUDENT,
            Fixtures.T0,
            "",
            Fixtures.facts(ZHANG),
            List.of(name("张三", "张叁")),
            CHANGED_ON,
            "sign-off");
    ChangeEvent locked =
        new ChangeEvent.RecordLocked(Fixtures.LI.student(), Fixtures.LI_STUDENT, Fixtures.T0, "");

    new EqualsTester()
        .addEqualityGroup(ChangeBook.empty(), ChangeBook.replay(List.of()))
        .addEqualityGroup(ChangeBook.replay(List.of(opened)), ChangeBook.replay(List.of(opened)))
        .addEqualityGroup(ChangeBook.replay(List.of(locked)))
        .testEquals();
  }
}
