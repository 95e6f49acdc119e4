package io.gradcap.core.recordcard;

import static io.gradcap.core.recordcard.RecordCardFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import io.gradcap.core.ErrorCode;
import io.gradcap.core.GradcapException;
import io.gradcap.core.decision.Decision;
import io.gradcap.core.finding.Finding;
import io.gradcap.core.finding.Severity;
import io.gradcap.core.record.StudentNumber;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class RecordCardsTest {

  private static Finding refusal(RecordCardCommand command, RecordCardState state) {
    Decision<RecordCardEvent> decision = CARDS.decide(command, state);
    assertThat(decision).isInstanceOf(Decision.Refused.class);
    assertThat(decision.events()).isEmpty();
    return decision.refusal().orElseThrow();
  }

  @Test
  void a_received_card_is_recorded_with_actor_and_time() {
    RecordCardState state = RecordCardState.initial(ROSTER);
    Decision<RecordCardEvent> decision =
        CARDS.decide(new RecordCardCommand.Receive(COUNSELLOR, MAY_10, no("2021010102")), state);
    assertThat(decision.events())
        .singleElement()
        .isEqualTo(new RecordCardEvent.Received(no("2021010102"), COUNSELLOR, MAY_10));
    state = RecordCards.evolve(state, decision.events().get(0));
    assertThat(state.receipt(no("2021010102")))
        .hasValueSatisfying(
            r -> {
              assertThat(r.receivedBy()).isEqualTo(COUNSELLOR);
              assertThat(r.at()).isEqualTo(MAY_10);
              assertThat(r.entry().name()).isEqualTo("李四");
              assertThat(r.handedOver()).isFalse();
            });
  }

  @Test
  void r8_the_register_is_sorted_by_student_number_and_numbered() {
    RecordCardState state = received("2021010103", "2021010101", "202101099");
    List<RegisterLine> register = state.register(SOFTWARE_1);
    assertThat(register)
        .extracting(l -> l.receipt().entry().student().value())
        .containsExactly("202101099", "2021010101", "2021010103");
    assertThat(register).extracting(RegisterLine::position).containsExactly(1, 2, 3);
  }

  @Test
  void r8_completeness_and_the_missing_list_follow_the_roster() {
    RecordCardState state = received("2021010103", "2021010101", "2021020201", "2021020202");
    assertThat(state.missing(SOFTWARE_1)).extracting(RosterEntry::name).containsExactly("陈七", "李四");
    assertThat(state.isComplete(SOFTWARE_1)).isFalse();
    assertThat(state.missing(ANIMATION_2)).isEmpty();
    assertThat(state.isComplete(ANIMATION_2)).isTrue();
  }

  @Test
  void r8_a_card_is_received_once() {
    RecordCardState state = received("2021010101");
    Finding reason =
        refusal(new RecordCardCommand.Receive(COUNSELLOR, MAY_19_EVENING, no("2021010101")), state);
    assertThat(reason.rule()).isEqualTo("R8.card.received-once");
    assertThat(reason.message(Locale.CHINESE)).contains("已由 教务与学籍科 刘老师");
  }

  @Test
  void r8_only_students_on_the_roster_hand_in_cards() {
    Finding reason =
        refusal(
            new RecordCardCommand.Receive(OFFICE, MAY_10, no("2099999999")),
            RecordCardState.initial(ROSTER));
    assertThat(reason.rule()).isEqualTo("R8.card.on-roster");
    assertThat(reason.message(Locale.ENGLISH)).contains("2099999999").contains("not on the roster");
  }

  @Test
  void counsellors_receive_for_their_classes_responsible_persons_for_their_college() {
    RecordCardState state = RecordCardState.initial(ROSTER);
    assertThat(
            CARDS
                .decide(new RecordCardCommand.Receive(RESPONSIBLE, MAY_10, no("2021010101")), state)
                .isAccepted())
        .isTrue();
    assertThat(
            refusal(
                    new RecordCardCommand.Receive(OTHER_COUNSELLOR, MAY_10, no("2021010101")),
                    state)
                .rule())
        .isEqualTo("R8.card.scope");
    assertThat(
            refusal(new RecordCardCommand.Receive(RESPONSIBLE, MAY_10, no("2021020201")), state)
                .rule())
        .isEqualTo("R8.card.scope");
  }

  @Test
  void students_and_the_capture_centre_do_not_collect_cards() {
    RecordCardState state = RecordCardState.initial(ROSTER);
    assertThat(
            refusal(new RecordCardCommand.Receive(STUDENT, MAY_10, no("2021010101")), state).rule())
        .isEqualTo("R8.card.role");
    assertThat(
            refusal(new RecordCardCommand.Receive(CENTRE, MAY_10, no("2021010101")), state).rule())
        .isEqualTo("R8.card.role");
  }

  @Test
  void r8_a_card_in_hand_goes_back_for_correction_with_a_reason() {
    RecordCardState state = received("2021010101");
    assertThat(
            refusal(
                    new RecordCardCommand.GiveBack(COUNSELLOR, MAY_10, no("2021010101"), " "),
                    state)
                .rule())
        .isEqualTo("R8.card.reason");
    state =
        apply(state, new RecordCardCommand.GiveBack(COUNSELLOR, MAY_10, no("2021010101"), "照片未贴"));
    assertThat(state.receipt(no("2021010101"))).isEmpty();
    assertThat(state.missing(SOFTWARE_1)).extracting(RosterEntry::name).contains("张三");
    assertThat(
            refusal(
                    new RecordCardCommand.GiveBack(COUNSELLOR, MAY_10, no("2021010101"), "照片未贴"),
                    state)
                .rule())
        .isEqualTo("R8.card.in-hand");
  }

  @Test
  void r8_the_handover_list_names_class_count_first_last_receiver_and_date() {
    RecordCardState state = received("2021010103", "2021010101", "202101099");
    state = apply(state, new RecordCardCommand.HandOver(OFFICE, MAY_19_EVENING, SOFTWARE_1));
    assertThat(state.handovers())
        .singleElement()
        .satisfies(
            line -> {
              assertThat(line.classRef()).isEqualTo(SOFTWARE_1);
              assertThat(line.count()).isEqualTo(3);
              assertThat(line.first()).isEqualTo(no("202101099"));
              assertThat(line.last()).isEqualTo(no("2021010103"));
              assertThat(line.missing()).isEqualTo(1);
              assertThat(line.receivedBy()).isEqualTo(OFFICE);
              assertThat(line.date())
                  .isEqualTo(LocalDate.of(2024, 5, 19)); // 22:30 in Beijing, 14:30 UTC
            });
    assertThat(state.register(SOFTWARE_1))
        .allSatisfy(l -> assertThat(l.receipt().handedOver()).isTrue());
  }

  @Test
  void r8_a_late_card_goes_over_in_a_second_handover_and_handed_over_cards_stay_with_the_office() {
    RecordCardState state = received("2021010101", "2021010103");
    state = apply(state, new RecordCardCommand.HandOver(OFFICE, MAY_10, SOFTWARE_1));
    assertThat(
            refusal(new RecordCardCommand.GiveBack(OFFICE, MAY_10, no("2021010101"), "重填"), state)
                .rule())
        .isEqualTo("R8.card.in-hand");
    assertThat(refusal(new RecordCardCommand.HandOver(OFFICE, MAY_10, SOFTWARE_1), state).rule())
        .isEqualTo("R8.card.nothing-to-hand-over");
    state =
        apply(state, new RecordCardCommand.Receive(COUNSELLOR, MAY_19_EVENING, no("2021010102")));
    state =
        apply(state, new RecordCardCommand.HandOver(OFFICE, cst(2024, 5, 20, 9, 0), SOFTWARE_1));
    assertThat(state.handovers()).hasSize(2);
    assertThat(state.handovers().get(1).count()).isEqualTo(1);
    assertThat(state.handovers().get(1).first()).isEqualTo(no("2021010102"));
    assertThat(state.handovers().get(1).last()).isEqualTo(no("2021010102"));
  }

  @Test
  void r8_registers_are_received_by_the_office_only() {
    RecordCardState state = received("2021010101");
    Finding reason =
        refusal(new RecordCardCommand.HandOver(RESPONSIBLE, MAY_10, SOFTWARE_1), state);
    assertThat(reason.rule()).isEqualTo("R8.card.role");
    assertThat(reason.subject()).isEqualTo("软件工程学院/21软件1班");
  }

  @Test
  void r8_nothing_is_overdue_up_to_and_on_the_deadline() {
    RecordCardState state = received("2021010101");
    assertThat(CARDS.overdue(state, LocalDate.of(2024, 5, 10))).isEmpty();
    assertThat(CARDS.overdue(state, DEADLINE)).isEmpty();
  }

  @Test
  void r8_after_the_deadline_each_incomplete_class_is_overdue() {
    RecordCardState state = received("2021010101", "2021020201", "2021020202");
    List<Finding> overdue = CARDS.overdue(state, LocalDate.of(2024, 5, 22));
    assertThat(overdue)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.rule()).isEqualTo("R8.card.overdue");
              assertThat(f.severity()).isEqualTo(Severity.WARNING);
              assertThat(f.subject()).isEqualTo("软件工程学院/21软件1班");
              assertThat(f.message(Locale.ENGLISH))
                  .isEqualTo(
                      "软件工程学院/21软件1班 lacks 3 of 4 record cards; the deadline 2024-05-19 passed 3 days ago");
              assertThat(f.message(Locale.CHINESE)).contains("缺 3 张");
            });
  }

  @Test
  void progress_lists_every_class_overdue_ones_first() {
    RecordCardState state =
        received("2021010101", "2021010102", "2021010103", "202101099", "2021020201");
    List<ClassCards> progress = CARDS.progress(state, LocalDate.of(2024, 5, 20));
    assertThat(progress).extracting(ClassCards::classRef).containsExactly(ANIMATION_2, SOFTWARE_1);
    assertThat(progress.get(0).isOverdue()).isTrue();
    assertThat(progress.get(0).daysOverdue()).isEqualTo(1);
    assertThat(progress.get(0).missing()).extracting(RosterEntry::name).containsExactly("孙八");
    assertThat(progress.get(1).isComplete()).isTrue();
    assertThat(progress.get(1).received()).isEqualTo(4);
    assertThat(progress.get(1).expected()).isEqualTo(4);
    assertThat(progress.get(1).isOverdue()).isFalse();
  }

  @Test
  void a_student_number_listed_twice_keeps_its_first_entry_and_is_reported() {
    Roster roster =
        Roster.of(
            List.of(
                entry("2021010101", "张三", SOFTWARE_1), entry("2021010101", "张三丰", ANIMATION_2)));
    assertThat(roster.size()).isEqualTo(1);
    assertThat(roster.entry(no("2021010101")))
        .hasValueSatisfying(e -> assertThat(e.name()).isEqualTo("张三"));
    assertThat(roster.findings())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.rule()).isEqualTo("R8.roster.unique-student-number");
              assertThat(f.subject()).isEqualTo("2021010101");
            });
  }

  @Test
  void roster_classes_are_sorted_and_unknown_classes_are_empty() {
    assertThat(ROSTER.classes()).containsExactly(ANIMATION_2, SOFTWARE_1);
    assertThat(ROSTER.students(ClassRef.of("动画学院", "不存在"))).isEmpty();
  }

  @Test
  void an_event_for_a_student_off_the_roster_is_exceptional() {
    RecordCardEvent stray =
        new RecordCardEvent.Received(StudentNumber.of("2099999999"), OFFICE, MAY_10);
    assertThatThrownBy(() -> RecordCards.evolve(RecordCardState.initial(ROSTER), stray))
        .isInstanceOfSatisfying(
            GradcapException.class,
            e -> assertThat(e.code()).isEqualTo(ErrorCode.CARD_OF_UNKNOWN_STUDENT));
  }

  @Test
  void events_replay_to_the_same_state() {
    RecordCardState state = RecordCardState.initial(ROSTER);
    List<RecordCardCommand> commands =
        List.of(
            new RecordCardCommand.Receive(COUNSELLOR, MAY_10, no("2021010101")),
            new RecordCardCommand.Receive(COUNSELLOR, MAY_10, no("2021010102")),
            new RecordCardCommand.GiveBack(COUNSELLOR, MAY_10, no("2021010102"), "未签名"),
            new RecordCardCommand.HandOver(OFFICE, MAY_19_EVENING, SOFTWARE_1));
    List<RecordCardEvent> events = new java.util.ArrayList<>();
    for (RecordCardCommand c : commands) {
      List<RecordCardEvent> caused = CARDS.decide(c, state).events();
      events.addAll(caused);
      for (RecordCardEvent e : caused) {
        state = RecordCards.evolve(state, e);
      }
    }
    assertThat(events).hasSize(4);
    assertThat(RecordCards.replay(ROSTER, events)).isEqualTo(state);
  }

  @Test
  void class_ref_round_trips_and_compares_by_college_then_class() {
    assertThat(ClassRef.parse(SOFTWARE_1.toString())).isEqualTo(SOFTWARE_1);
    assertThat(ClassRef.parse(" 动画学院 / 21动画2班 ")).isEqualTo(ANIMATION_2);
    assertThatThrownBy(() -> ClassRef.parse("21动画2班")).isInstanceOf(GradcapException.class);
    assertThat(ANIMATION_2.compareTo(SOFTWARE_1)).isNegative();
    new EqualsTester()
        .addEqualityGroup(SOFTWARE_1, ClassRef.of("软件工程学院", "21软件1班"))
        .addEqualityGroup(ClassRef.of("软件工程学院", "21软件2班"))
        .addEqualityGroup(ANIMATION_2)
        .testEquals();
  }
}
