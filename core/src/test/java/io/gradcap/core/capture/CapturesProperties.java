package io.gradcap.core.capture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.gradcap.core.access.Actor;
import io.gradcap.core.access.Subject;
import io.gradcap.core.capture.CaptureEvent.Captured;
import io.gradcap.core.record.StudentNumber;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Whatever happens at the capture desk, in whatever order, the rules hold. */
class CapturesProperties {

  private static final Actor CENTRE = Actor.captureCentre("c", "采集中心");
  private static final Instant DAY = Instant.parse("2023-04-24T01:00:00Z");
  private static final Captures CAPTURES = Captures.of(CaptureSettings.DEFAULT);

  private static Subject subjectOf(int i) {
    return new Subject("软件工程学院", "21软件" + (i % 2 + 1) + "班", StudentNumber.of("202100" + i));
  }

  /** A command coded as (kind, student, slot, hours): readable when shrunk. */
  record Step(int kind, int student, int slot, int hours) {
    CaptureCommand command() {
      Instant at = DAY.plus(Duration.ofHours(hours));
      Subject s = subjectOf(student);
      return switch (kind) {
        case 0 -> new CaptureCommand.Capture(CENTRE, at, s, Session.COLLECTIVE, true, "");
        case 1 -> new CaptureCommand.Capture(CENTRE, at, s, Session.COLLECTIVE, false, "");
        case 2 -> new CaptureCommand.MarkAbsent(CENTRE, at, s);
        case 3 ->
            new CaptureCommand.OpenMakeUpSlot(
                CENTRE, at, "m" + slot, DAY.plus(Duration.ofDays(2 + slot)), 1 + slot);
        case 4 -> new CaptureCommand.BookMakeUp(CENTRE, at, s, "m" + slot);
        case 5 -> new CaptureCommand.Capture(CENTRE, at, s, Session.MAKE_UP, true, "m" + slot);
        case 6 -> new CaptureCommand.Capture(CENTRE, at, s, Session.RESHOOT, true, "");
        default -> new CaptureCommand.CollectFee(CENTRE, at, s.college(), s.classGroup(), 2000);
      };
    }
  }

  static Gen<List<Step>> scripts() {
    Gen<Step> step =
        integers()
            .between(0, 7)
            .zip(
                integers().between(0, 4),
                integers().between(0, 2),
                integers().between(0, 120),
                Step::new);
    return lists().of(step).ofSizeBetween(0, 40);
  }

  @Test
  void the_rules_hold_whatever_the_order_of_commands() {
    qt().withExamples(500)
        .forAll(scripts())
        .checkAssert(
            script -> {
              CaptureState state = CaptureState.EMPTY;
              List<CaptureEvent> log = new ArrayList<>();
              Map<StudentNumber, Integer> collective = new HashMap<>();
              int photographs = 0;
              for (Step step : script) {
                for (CaptureEvent e : CAPTURES.decide(step.command(), state).events()) {
                  state = Captures.evolve(state, e);
                  log.add(e);
                  if (e instanceof Captured c) {
                    photographs++;
                    if (c.session() == Session.COLLECTIVE) {
                      collective.merge(c.subject().student(), 1, Integer::sum);
                    }
                  }
                }
              }
              assertThat(collective.values())
                  .as("one collective photograph each")
                  .allMatch(n -> n == 1);
              for (MakeUpSlot slot : state.slots().values()) {
                assertThat(slot.booked().size())
                    .as("capacity of %s", slot.id())
                    .isLessThanOrEqualTo(slot.capacity());
                assertThat(slot.booked())
                    .as("booked from the make-up list only")
                    .noneMatch(collective::containsKey);
              }
              assertThat(state.makeUpList()).noneMatch(state.collective()::contains);
              assertThat(state.photographs().values().stream().mapToInt(Integer::intValue).sum())
                  .isEqualTo(photographs);
              assertThat(Captures.replay(log)).isEqualTo(state);
            });
  }
}
