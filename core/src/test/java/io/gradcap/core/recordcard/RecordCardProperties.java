package io.gradcap.core.recordcard;

import static io.gradcap.core.recordcard.RecordCardFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.gradcap.core.access.Actor;
import io.gradcap.core.record.StudentNumber;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class RecordCardProperties {

  private static final List<ClassRef> CLASSES =
      List.of(SOFTWARE_1, ANIMATION_2, ClassRef.of("动画学院", "22动画1班"));
  private static final List<Actor> ACTORS =
      List.of(COUNSELLOR, OTHER_COUNSELLOR, RESPONSIBLE, OFFICE, STUDENT, CENTRE);
  private static final List<Instant> TIMES = List.of(MAY_10, MAY_19_EVENING, cst(2024, 6, 1, 8, 0));

  /**
   * Rosters of up to 40 students with numbers of 1 to 6 digits (so numeric order differs from text
   * order).
   */
  private static Gen<Roster> rosters() {
    Gen<RosterEntry> entries =
        integers()
            .between(1, 999_999)
            .zip(
                integers().between(0, 2),
                (n, c) -> entry(Integer.toString(n), "学生" + n, CLASSES.get(c)));
    return lists().of(entries).ofSizeBetween(0, 40).map(Roster::of);
  }

  /** Any command from any actor; students are picked from the roster or off it. */
  private static Gen<List<RecordCardCommand>> commands() {
    Gen<RecordCardCommand> one =
        Generate.pick(ACTORS)
            .zip(
                Generate.pick(TIMES),
                integers().between(0, 2),
                integers().between(1, 999_999),
                (actor, at, kind, n) ->
                    switch (kind) {
                      case 0 ->
                          new RecordCardCommand.Receive(
                              actor, at, StudentNumber.of(Integer.toString(n)));
                      case 1 ->
                          new RecordCardCommand.GiveBack(
                              actor,
                              at,
                              StudentNumber.of(Integer.toString(n)),
                              n % 3 == 0 ? "" : "重填");
                      default -> new RecordCardCommand.HandOver(actor, at, CLASSES.get(n % 3));
                    });
    return lists().of(one).ofSizeBetween(0, 120);
  }

  /** Commands that name students of the roster, so that most of them are accepted. */
  private static List<RecordCardCommand> aimedAt(Roster roster, List<RecordCardCommand> commands) {
    List<StudentNumber> students = new ArrayList<>();
    roster.classes().forEach(c -> roster.students(c).forEach(e -> students.add(e.student())));
    if (students.isEmpty()) {
      return commands;
    }
    List<RecordCardCommand> aimed = new ArrayList<>();
    for (RecordCardCommand c : commands) {
      int pick = Math.floorMod(c.hashCode(), students.size());
      if (c instanceof RecordCardCommand.Receive r) {
        aimed.add(new RecordCardCommand.Receive(r.actor(), r.at(), students.get(pick)));
      } else if (c instanceof RecordCardCommand.GiveBack g) {
        aimed.add(
            new RecordCardCommand.GiveBack(g.actor(), g.at(), students.get(pick), g.reason()));
      } else {
        aimed.add(c);
      }
    }
    return aimed;
  }

  @Test
  void the_register_is_always_sorted_and_complete_is_roster_minus_missing() {
    qt().forAll(rosters(), commands(), org.quicktheories.generators.SourceDSL.booleans().all())
        .checkAssert(
            (roster, commands, aim) -> {
              RecordCardState state = RecordCardState.initial(roster);
              for (RecordCardCommand command : aim ? aimedAt(roster, commands) : commands) {
                for (RecordCardEvent event : CARDS.decide(command, state).events()) {
                  state = RecordCards.evolve(state, event);
                }
                for (ClassRef classRef : CLASSES) {
                  List<StudentNumber> register =
                      state.register(classRef).stream()
                          .map(l -> l.receipt().entry().student())
                          .toList();
                  List<StudentNumber> missing =
                      state.missing(classRef).stream().map(RosterEntry::student).toList();
                  List<StudentNumber> onRoster =
                      roster.students(classRef).stream().map(RosterEntry::student).toList();
                  for (int i = 1; i < register.size(); i++) {
                    assertThat(register.get(i - 1)).isLessThan(register.get(i));
                  }
                  for (int i = 0; i < register.size(); i++) {
                    assertThat(state.register(classRef).get(i).position()).isEqualTo(i + 1);
                  }
                  Set<StudentNumber> union = new HashSet<>(register);
                  union.addAll(missing);
                  assertThat(union)
                      .hasSize(register.size() + missing.size())
                      .containsExactlyInAnyOrderElementsOf(onRoster);
                  assertThat(state.isComplete(classRef))
                      .isEqualTo(register.size() == onRoster.size());
                }
                int inHand = state.received().size();
                int handedOverLines =
                    state.handovers().stream().mapToInt(HandoverLine::count).sum();
                assertThat(
                        state.received().values().stream().filter(CardReceipt::handedOver).count())
                    .isLessThanOrEqualTo(handedOverLines);
                assertThat(inHand).isLessThanOrEqualTo(roster.size());
                state
                    .handovers()
                    .forEach(line -> assertThat(line.first()).isLessThanOrEqualTo(line.last()));
              }
            });
  }

  @Test
  void class_refs_round_trip() {
    Gen<String> names =
        integers()
            .between(1, 99)
            .zip(Generate.pick(List.of("软件工程学院", "动画学院", "联办本科", "班")), (n, word) -> word + n);
    qt().forAll(names, names)
        .checkAssert(
            (college, classGroup) -> {
              ClassRef ref = ClassRef.of(college, classGroup);
              assertThat(ClassRef.parse(ref.toString())).isEqualTo(ref);
            });
  }
}
