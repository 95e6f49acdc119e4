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
import io.gradcap.core.capture.CaptureEvent.Captured;
import io.gradcap.core.capture.CaptureEvent.Refused;
import io.gradcap.core.record.StudentNumber;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CapturesTest {

  private static final Instant DAY = Instant.parse("2023-04-24T01:00:00Z");
  private final Actor centre = Actor.captureCentre("c-1", "新华社海南图像采集中心");
  private final Captures captures = Captures.of(CaptureSettings.DEFAULT);
  private final List<CaptureEvent> log = new ArrayList<>();
  private CaptureState state = CaptureState.EMPTY;

  private static Subject student(String number) {
    return new Subject("软件工程学院", "21软件1班", StudentNumber.of(number));
  }

  private List<CaptureEvent> run(CaptureCommand command) {
    List<CaptureEvent> events = captures.decide(command, state).events();
    for (CaptureEvent e : events) {
      state = Captures.evolve(state, e);
    }
    log.addAll(events);
    return events;
  }

  private Capture collective(String number, boolean code) {
    return new Capture(centre, DAY, student(number), Session.COLLECTIVE, code, "");
  }

  @Test
  void no_code_no_photo() {
    List<CaptureEvent> events = run(collective("2021001", false));
    assertThat(events)
        .singleElement()
        .isInstanceOfSatisfying(
            Refused.class,
            r -> {
              assertThat(r.reason().rule()).isEqualTo("R11.capture-code.none");
              assertThat(r.reason().message(Locale.ENGLISH))
                  .isEqualTo("2021001 holds no capture code: no photo");
            });
    assertThat(state.collective()).isEmpty();
  }

  @Test
  void a_second_collective_capture_is_refused() {
    assertThat(run(collective("2021001", true))).singleElement().isInstanceOf(Captured.class);
    assertThat(run(collective("2021001", true)))
        .singleElement()
        .isInstanceOfSatisfying(
            Refused.class, r -> assertThat(r.reason().rule()).isEqualTo("R12.collective.once"));
    assertThat(state.photographs()).containsEntry("软件工程学院/21软件1班", 1);
  }

  @Test
  void absentees_form_the_make_up_list_and_only_they_book() {
    run(collective("2021001", true));
    run(new MarkAbsent(centre, DAY, student("2021003")));
    run(new MarkAbsent(centre, DAY, student("2021002")));
    assertThat(state.makeUpList())
        .containsExactly(StudentNumber.of("2021002"), StudentNumber.of("2021003"));
    run(new OpenMakeUpSlot(centre, DAY, "m1", DAY.plus(Duration.ofDays(7)), 1));

    Actor self = Actor.student(StudentNumber.of("2021001"), "张三");
    List<CaptureEvent> refused =
        run(new BookMakeUp(self, DAY.plusSeconds(60), student("2021001"), "m1"));
    assertThat(refused)
        .singleElement()
        .isInstanceOfSatisfying(
            Refused.class, r -> assertThat(r.reason().rule()).isEqualTo("R12.make-up.not-on-list"));

    run(new BookMakeUp(centre, DAY.plusSeconds(60), student("2021002"), "m1"));
    assertThat(state.slot("m1").orElseThrow().booked())
        .containsExactly(StudentNumber.of("2021002"));
    assertThat(run(new BookMakeUp(centre, DAY.plusSeconds(60), student("2021003"), "m1")))
        .singleElement()
        .isInstanceOfSatisfying(
            Refused.class, r -> assertThat(r.reason().rule()).isEqualTo("R12.make-up.full"));
  }

  @Test
  void booking_closes_the_configured_time_before_the_slot() {
    run(new MarkAbsent(centre, DAY, student("2021002")));
    Instant start = DAY.plus(Duration.ofDays(7));
    run(new OpenMakeUpSlot(centre, DAY, "m1", start, 10));
    assertThat(
            run(
                new BookMakeUp(
                    centre, start.minus(Duration.ofHours(23)), student("2021002"), "m1")))
        .singleElement()
        .isInstanceOfSatisfying(
            Refused.class, r -> assertThat(r.reason().rule()).isEqualTo("R12.make-up.closed"));
    assertThat(
            run(
                new BookMakeUp(
                    centre, start.minus(Duration.ofHours(24)), student("2021002"), "m1")))
        .singleElement()
        .isInstanceOf(CaptureEvent.MakeUpBooked.class);
  }

  @Test
  void a_make_up_photograph_needs_a_booking_and_takes_the_student_off_the_list() {
    run(new MarkAbsent(centre, DAY, student("2021002")));
    run(new OpenMakeUpSlot(centre, DAY, "m1", DAY.plus(Duration.ofDays(7)), 10));
    Capture makeUp =
        new Capture(
            centre, DAY.plus(Duration.ofDays(7)), student("2021002"), Session.MAKE_UP, true, "m1");
    assertThat(run(makeUp)).singleElement().isInstanceOf(Refused.class);
    run(new BookMakeUp(centre, DAY, student("2021002"), "m1"));
    assertThat(run(makeUp)).singleElement().isInstanceOf(Captured.class);
    assertThat(state.makeUpList()).isEmpty();
    assertThat(state.madeUp()).containsExactly(StudentNumber.of("2021002"));
  }

  @Test
  void a_captured_student_cannot_be_marked_absent() {
    run(collective("2021001", true));
    assertThat(run(new MarkAbsent(centre, DAY, student("2021001"))))
        .singleElement()
        .isInstanceOf(Refused.class);
    assertThat(state.makeUpList()).isEmpty();
  }

  @Test
  void a_reshoot_is_of_a_photographed_student_and_is_charged_again() {
    Capture reshoot = new Capture(centre, DAY, student("2021001"), Session.RESHOOT, true, "");
    assertThat(run(reshoot)).singleElement().isInstanceOf(Refused.class);
    run(collective("2021001", true));
    assertThat(run(reshoot))
        .singleElement()
        .isInstanceOfSatisfying(Captured.class, c -> assertThat(c.feeFen()).isEqualTo(2000));
    assertThat(state.photographs()).containsEntry("软件工程学院/21软件1班", 2);
  }

  @Test
  void scope_is_enforced() {
    Actor other = Actor.collegeResponsible("t-1", "叶宏代", Set.of("动画学院"));
    assertRefused(
        captures.decide(collective("2021001", true).withActor(other), state),
        ErrorCode.OUT_OF_SCOPE);
    assertRefused(
        captures.decide(new OpenMakeUpSlot(other, DAY, "m", DAY, 3), state),
        ErrorCode.OUT_OF_SCOPE);
    assertRefused(
        captures.decide(new CollectFee(other, DAY, "软件工程学院", "21软件1班", 2000), state),
        ErrorCode.OUT_OF_SCOPE);
  }

  @Test
  void replaying_the_events_gives_the_same_state() {
    run(collective("2021001", true));
    run(new MarkAbsent(centre, DAY, student("2021002")));
    run(new CollectFee(centre, DAY, "软件工程学院", "21软件1班", 4000));
    assertThat(Captures.replay(log)).isEqualTo(state);
    assertThat(log)
        .allSatisfy(
            e -> {
              assertThat(e.actor()).isEqualTo(centre);
              assertThat(e.at()).isEqualTo(DAY);
            });
  }

  @Test
  void the_host_port_decides_whether_a_code_is_held() {
    InMemoryCaptureCodes codes =
        new InMemoryCaptureCodes(
            List.of(
                io.gradcap.spi.host.CaptureCodeStatus.held(
                    "2021001", DAY.minus(Duration.ofDays(5)))));
    assertThat(run(Capture.collective(centre, DAY, student("2021001"), codes)))
        .singleElement()
        .isInstanceOf(Captured.class);
    assertThat(run(Capture.collective(centre, DAY, student("2021002"), codes)))
        .singleElement()
        .isInstanceOf(Refused.class);
  }

  @Test
  void a_booking_names_an_existing_slot() {
    run(new MarkAbsent(centre, DAY, student("2021002")));
    assertThat(run(new BookMakeUp(centre, DAY, student("2021002"), "nowhere")))
        .singleElement()
        .isInstanceOfSatisfying(
            Refused.class,
            r -> assertThat(r.reason().rule()).isEqualTo("R12.make-up.unknown-slot"));
  }

  @Test
  void an_absentee_books_one_slot_at_a_time() {
    run(new MarkAbsent(centre, DAY, student("2021002")));
    run(new OpenMakeUpSlot(centre, DAY, "m1", DAY.plus(Duration.ofDays(7)), 5));
    run(new OpenMakeUpSlot(centre, DAY, "m2", DAY.plus(Duration.ofDays(8)), 5));
    run(new BookMakeUp(centre, DAY, student("2021002"), "m1"));
    assertThat(run(new BookMakeUp(centre, DAY, student("2021002"), "m2")))
        .singleElement()
        .isInstanceOfSatisfying(
            Refused.class,
            r -> {
              assertThat(r.reason().rule()).isEqualTo("R12.make-up.already-booked");
              assertThat(r.reason().message(Locale.CHINESE)).isEqualTo("2021002 已预约补拍时段 m1");
            });
  }

  @Test
  void a_latecomer_photographed_collectively_gives_up_the_make_up_booking() {
    run(new MarkAbsent(centre, DAY, student("2021002")));
    run(new OpenMakeUpSlot(centre, DAY, "m1", DAY.plus(Duration.ofDays(7)), 1));
    run(new BookMakeUp(centre, DAY, student("2021002"), "m1"));
    run(collective("2021002", true));
    assertThat(state.makeUpList()).isEmpty();
    assertThat(state.bookings()).isEmpty();
    assertThat(state.slot("m1").orElseThrow().isFull()).isFalse();
  }

  @Test
  void a_student_made_up_is_not_photographed_collectively_afterwards() {
    run(new MarkAbsent(centre, DAY, student("2021002")));
    run(new OpenMakeUpSlot(centre, DAY, "m1", DAY.plus(Duration.ofDays(7)), 1));
    run(new BookMakeUp(centre, DAY, student("2021002"), "m1"));
    run(
        new Capture(
            centre, DAY.plus(Duration.ofDays(7)), student("2021002"), Session.MAKE_UP, true, "m1"));
    assertThat(run(collective("2021002", true)))
        .singleElement()
        .isInstanceOfSatisfying(
            Refused.class,
            r ->
                assertThat(r.reason().message(Locale.ENGLISH))
                    .isEqualTo(
                        "2021002 was already photographed in a make-up and is not photographed collectively"));
  }
}
