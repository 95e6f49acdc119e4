package io.gradcap.core.recordcard;

import static io.gradcap.core.recordcard.RecordCardFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gradcap.core.decision.Decision;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * R8: a roster lists each class's students once, reports only real duplicates, and cannot be
 * changed by its readers.
 */
class RosterListingTest {

  @Test
  void a_roster_without_repeated_student_numbers_has_no_findings() {
    Roster roster =
        Roster.of(
            List.of(
                entry("2021010101", "张三", SOFTWARE_1),
                entry("2021010102", "李四", SOFTWARE_1),
                entry("2021020201", "赵六", ANIMATION_2)));
    assertThat(roster.findings()).isEmpty();
    assertThat(roster.size()).isEqualTo(3);
    assertThat(roster.students(SOFTWARE_1))
        .extracting(RosterEntry::name)
        .containsExactly("张三", "李四");
    assertThat(roster.students(ANIMATION_2)).extracting(RosterEntry::name).containsExactly("赵六");
  }

  @Test
  void only_the_repeated_entry_is_reported() {
    Roster roster =
        Roster.of(
            List.of(
                entry("2021010101", "张三", SOFTWARE_1),
                entry("2021010102", "李四", SOFTWARE_1),
                entry("2021010102", "李四", SOFTWARE_1)));
    assertThat(roster.findings())
        .singleElement()
        .satisfies(f -> assertThat(f.subject()).isEqualTo("2021010102"));
  }

  @Test
  void the_students_a_roster_lists_cannot_be_changed_by_whoever_reads_them() {
    Roster roster = Roster.of(List.of(entry("2021010101", "张三", SOFTWARE_1)));
    List<RosterEntry> students = roster.students(SOFTWARE_1);
    assertThatThrownBy(() -> students.add(entry("2021010199", "冒名", SOFTWARE_1)))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThat(roster.students(SOFTWARE_1)).hasSize(1);
  }

  @Test
  void a_class_with_cards_missing_is_not_complete_and_a_refusal_is_not_accepted() {
    List<ClassCards> progress = CARDS.progress(received("2021010101"), LocalDate.of(2024, 5, 10));
    assertThat(progress).allSatisfy(c -> assertThat(c.isComplete()).isFalse());
    Decision<RecordCardEvent> refused =
        CARDS.decide(
            new RecordCardCommand.Receive(STUDENT, MAY_10, no("2021010101")),
            RecordCardState.initial(ROSTER));
    assertThat(refused.isAccepted()).isFalse();
  }
}
