package io.gradcap.core.capture;

import static io.gradcap.core.testing.Decisions.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import io.gradcap.core.ErrorCode;
import io.gradcap.core.access.Actor;
import io.gradcap.core.access.Subject;
import io.gradcap.core.capture.CaptureCommand.BookMakeUp;
import io.gradcap.core.capture.CaptureCommand.Capture;
import io.gradcap.core.capture.CaptureCommand.CollectFee;
import io.gradcap.core.capture.CaptureCommand.MarkAbsent;
import io.gradcap.core.capture.CaptureCommand.OpenMakeUpSlot;
import io.gradcap.core.record.StudentNumber;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Marking absent and booking make-ups respect scope; a stored state plus later events replays to
 * the live state.
 */
class CaptureScopeAndReplayTest {

  private static final Instant DAY = Instant.parse("2023-04-24T01:00:00Z");
  private static final Actor CENTRE = Actor.captureCentre("c-1", "新华社海南图像采集中心");
  private static final Actor ANIMATION_RESPONSIBLE =
      Actor.collegeResponsible("t-1", "叶宏代", Set.of("动画学院"));
  private static final Captures CAPTURES = Captures.of(CaptureSettings.DEFAULT);

  private static Subject student(String number) {
    return new Subject("软件工程学院", "21软件1班", StudentNumber.of(number));
  }

  private static CaptureState apply(
      CaptureState state, List<CaptureEvent> log, CaptureCommand... commands) {
    for (CaptureCommand c : commands) {
      for (CaptureEvent e : CAPTURES.decide(c, state).events()) {
        state = Captures.evolve(state, e);
        log.add(e);
      }
    }
    return state;
  }

  @Test
  void someone_outside_the_students_college_cannot_mark_them_absent() {
    assertRefused(
        CAPTURES.decide(
            new MarkAbsent(ANIMATION_RESPONSIBLE, DAY, student("2021002")), CaptureState.EMPTY),
        ErrorCode.OUT_OF_SCOPE);
  }

  @Test
  void someone_outside_the_students_college_cannot_book_them_a_make_up() {
    CaptureState state =
        apply(
            CaptureState.EMPTY,
            new ArrayList<>(),
            new MarkAbsent(CENTRE, DAY, student("2021002")),
            new OpenMakeUpSlot(CENTRE, DAY, "m1", DAY.plus(Duration.ofDays(7)), 5));
    assertRefused(
        CAPTURES.decide(
            new BookMakeUp(ANIMATION_RESPONSIBLE, DAY, student("2021002"), "m1"), state),
        ErrorCode.OUT_OF_SCOPE);
    assertThat(state.slot("m1").orElseThrow().booked()).isEmpty();
  }

  @Test
  void later_events_replay_onto_a_stored_state_as_they_were_applied() {
    CaptureState stored =
        apply(
            CaptureState.EMPTY,
            new ArrayList<>(),
            new Capture(CENTRE, DAY, student("2021001"), Session.COLLECTIVE, true, ""),
            new MarkAbsent(CENTRE, DAY, student("2021002")));
    List<CaptureEvent> later = new ArrayList<>();
    CaptureState live =
        apply(
            stored,
            later,
            new OpenMakeUpSlot(CENTRE, DAY, "m1", DAY.plus(Duration.ofDays(7)), 5),
            new BookMakeUp(CENTRE, DAY, student("2021002"), "m1"),
            new Capture(CENTRE, DAY, student("2021001"), Session.COLLECTIVE, true, ""),
            new CollectFee(CENTRE, DAY, "软件工程学院", "21软件1班", 4000));
    assertThat(later).hasSize(4).last().isInstanceOf(CaptureEvent.FeeCollected.class);
    CaptureState replayed = Captures.replay(stored, later);
    assertThat(replayed).isEqualTo(live);
    assertThat(replayed.bookings()).containsEntry(StudentNumber.of("2021002"), "m1");
    assertThat(replayed.collectedFen()).containsEntry("软件工程学院/21软件1班", 4000L);
    assertThat(replayed.photographs()).containsEntry("软件工程学院/21软件1班", 1);
    assertThat(Captures.replay(stored, List.of())).isEqualTo(stored);
  }
}
