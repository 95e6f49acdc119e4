package io.gradcap.core.recordcard;

import static io.gradcap.core.recordcard.RecordCardFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gradcap.core.ErrorCode;
import io.gradcap.core.GradcapException;
import io.gradcap.core.finding.Finding;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * R8: what the registers and the handover list say, class by class, and that a stored history
 * replays to them.
 */
class RecordCardRegisterTest {

  private static List<RecordCardEvent> events(
      RecordCardState state, RecordCardCommand... commands) {
    List<RecordCardEvent> events = new ArrayList<>();
    for (RecordCardCommand c : commands) {
      List<RecordCardEvent> caused = CARDS.decide(c, state).events();
      for (RecordCardEvent e : caused) {
        state = RecordCards.evolve(state, e);
      }
      events.addAll(caused);
    }
    return events;
  }

  @Test
  void handing_over_one_class_leaves_the_cards_of_other_classes_in_hand() {
    RecordCardState state = received("2021010101", "2021020201");
    state = apply(state, new RecordCardCommand.HandOver(OFFICE, MAY_10, SOFTWARE_1));
    assertThat(state.receipt(no("2021010101")))
        .hasValueSatisfying(r -> assertThat(r.handedOver()).isTrue());
    assertThat(state.receipt(no("2021020201")))
        .hasValueSatisfying(r -> assertThat(r.handedOver()).isFalse());
    state = apply(state, new RecordCardCommand.GiveBack(OFFICE, MAY_10, no("2021020201"), "未签名"));
    assertThat(state.missing(ANIMATION_2))
        .extracting(RosterEntry::name)
        .containsExactly("赵六", "孙八");
  }

  @Test
  void a_history_replays_onto_a_stored_state_as_it_was_applied_event_by_event() {
    RecordCardState stored = received("2021010101", "2021020201");
    List<RecordCardEvent> later =
        events(
            stored,
            new RecordCardCommand.Receive(COUNSELLOR, MAY_10, no("2021010102")),
            new RecordCardCommand.GiveBack(OFFICE, MAY_10, no("2021020201"), "照片未贴"),
            new RecordCardCommand.HandOver(OFFICE, MAY_19_EVENING, SOFTWARE_1),
            new RecordCardCommand.Receive(OTHER_COUNSELLOR, MAY_19_EVENING, no("2021020202")));
    assertThat(later).hasSize(4);
    RecordCardState stepwise = stored;
    for (RecordCardEvent e : later) {
      stepwise = RecordCards.evolve(stepwise, e);
    }
    RecordCardState replayed = RecordCards.replay(stored, later);
    assertThat(replayed).isEqualTo(stepwise);
    assertThat(replayed.receipt(no("2021020201"))).isEmpty();
    assertThat(replayed.receipt(no("2021010102")))
        .hasValueSatisfying(
            r -> {
              assertThat(r.handedOver()).isTrue();
              assertThat(r.receivedBy()).isEqualTo(COUNSELLOR);
            });
    assertThat(replayed.receipt(no("2021020202")))
        .hasValueSatisfying(r -> assertThat(r.handedOver()).isFalse());
    assertThat(replayed.handovers())
        .singleElement()
        .satisfies(
            line -> {
              assertThat(line.classRef()).isEqualTo(SOFTWARE_1);
              assertThat(line.count()).isEqualTo(2);
            });
    assertThat(RecordCards.replay(stored, List.of())).isEqualTo(stored);
  }

  @Test
  void replaying_a_card_of_a_student_off_the_roster_onto_a_stored_state_is_exceptional() {
    RecordCardEvent stray = new RecordCardEvent.Received(no("2099999999"), OFFICE, MAY_10);
    assertThatThrownBy(() -> RecordCards.replay(received("2021010101"), List.of(stray)))
        .isInstanceOfSatisfying(
            GradcapException.class,
            e -> assertThat(e.code()).isEqualTo(ErrorCode.CARD_OF_UNKNOWN_STUDENT));
  }

  @Test
  void the_handover_date_is_the_day_in_the_campaign_zone() {
    RecordCardState state = received("2021010101");
    RecordCardCommand handOver =
        new RecordCardCommand.HandOver(OFFICE, cst(2024, 5, 20, 7, 0), SOFTWARE_1);
    RecordCardEvent.HandedOver inChina =
        (RecordCardEvent.HandedOver) CARDS.decide(handOver, state).events().get(0);
    assertThat(inChina.line().date()).isEqualTo(LocalDate.of(2024, 5, 20));
    RecordCards utc = new RecordCards(DEADLINE, ZoneOffset.UTC);
    RecordCardEvent.HandedOver inUtc =
        (RecordCardEvent.HandedOver) utc.decide(handOver, state).events().get(0);
    assertThat(inUtc.line().date()).isEqualTo(LocalDate.of(2024, 5, 19));
    assertThat(utc.deadline()).isEqualTo(DEADLINE);
  }

  @Test
  void before_the_deadline_classes_with_more_cards_missing_come_first_and_none_is_overdue() {
    RecordCardState even = received("2021010101", "2021010102", "2021010103", "2021020201");
    List<ClassCards> progress = CARDS.progress(even, LocalDate.of(2024, 5, 10));
    assertThat(progress).extracting(ClassCards::classRef).containsExactly(ANIMATION_2, SOFTWARE_1);
    assertThat(progress).extracting(ClassCards::daysOverdue).containsExactly(0L, 0L);
    assertThat(progress).allSatisfy(c -> assertThat(c.isOverdue()).isFalse());

    RecordCardState softwareBehind = received("2021010101", "2021020201");
    List<ClassCards> behind = CARDS.progress(softwareBehind, LocalDate.of(2024, 5, 10));
    assertThat(behind).extracting(ClassCards::classRef).containsExactly(SOFTWARE_1, ANIMATION_2);
    assertThat(behind.get(0).missing())
        .extracting(RosterEntry::name)
        .containsExactly("陈七", "李四", "王五");
    assertThat(behind.get(0).received()).isEqualTo(1);
  }

  @Test
  void the_day_after_the_deadline_every_incomplete_class_is_one_day_overdue() {
    RecordCardState state = received("2021010101");
    List<Finding> overdue = CARDS.overdue(state, DEADLINE.plusDays(1));
    assertThat(overdue)
        .extracting(Finding::subject)
        .containsExactly("软件工程学院/21软件1班", "动画学院/21动画2班");
    assertThat(overdue.get(1).message(Locale.ENGLISH))
        .isEqualTo(
            "动画学院/21动画2班 lacks 2 of 2 record cards; the deadline 2024-05-19 passed 1 days ago");
  }

  @Test
  void refusals_name_the_student_and_who_already_holds_the_card() {
    RecordCardState state = received("2021010101");
    Finding twice =
        CARDS
            .decide(
                new RecordCardCommand.Receive(COUNSELLOR, MAY_19_EVENING, no("2021010101")), state)
            .refusal()
            .orElseThrow();
    assertThat(twice.subject()).isEqualTo("2021010101");
    assertThat(twice.message(Locale.ENGLISH))
        .startsWith("The record card of student 2021010101 was received by 教务与学籍科 刘老师 at ");
    Finding notHeld =
        CARDS
            .decide(
                new RecordCardCommand.GiveBack(COUNSELLOR, MAY_10, no("2021010102"), "重填"), state)
            .refusal()
            .orElseThrow();
    assertThat(notHeld.rule()).isEqualTo("R8.card.in-hand");
    assertThat(notHeld.message(Locale.ENGLISH))
        .isEqualTo(
            "The record card of student 2021010102 has not been received; it cannot be given back");
  }
}
