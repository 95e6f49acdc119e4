package io.gradcap.core.recordcard;

import io.gradcap.core.access.Actor;
import io.gradcap.core.decision.Decision;
import io.gradcap.core.record.StudentNumber;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Shared roster, people and times of the record-card tests. */
final class RecordCardFixtures {

  static final ClassRef SOFTWARE_1 = ClassRef.of("软件工程学院", "21软件1班");
  static final ClassRef ANIMATION_2 = ClassRef.of("动画学院", "21动画2班");

  /** Given out of order, with a 9-digit number that sorts before the 10-digit ones. */
  static final List<RosterEntry> ENTRIES =
      List.of(
          entry("2021010103", "王五", SOFTWARE_1),
          entry("2021010101", "张三", SOFTWARE_1),
          entry("202101099", "陈七", SOFTWARE_1),
          entry("2021010102", "李四", SOFTWARE_1),
          entry("2021020201", "赵六", ANIMATION_2),
          entry("2021020202", "孙八", ANIMATION_2));

  static final Roster ROSTER = Roster.of(ENTRIES);

  static final LocalDate DEADLINE = LocalDate.of(2024, 5, 19);
  static final RecordCards CARDS = RecordCards.dueBy(DEADLINE);

  static final Actor COUNSELLOR = Actor.counsellor("t-01", "王老师", Set.of("21软件1班"));
  static final Actor OTHER_COUNSELLOR = Actor.counsellor("t-02", "赵老师", Set.of("21动画2班"));
  static final Actor RESPONSIBLE = Actor.collegeResponsible("t-03", "周庆标", Set.of("软件工程学院"));
  static final Actor OFFICE = Actor.officeStaff("o-02", "教务与学籍科 刘老师");
  static final Actor STUDENT = Actor.student(StudentNumber.of("2021010101"), "张三");
  static final Actor CENTRE = Actor.captureCentre("c-01", "新华社海南图像采集中心");

  static final Instant MAY_10 = cst(2024, 5, 10, 9, 0);
  static final Instant MAY_19_EVENING = cst(2024, 5, 19, 22, 30);

  private RecordCardFixtures() {}

  static RosterEntry entry(String number, String name, ClassRef classRef) {
    return new RosterEntry(
        StudentNumber.of(number), name, classRef.college(), classRef.classGroup());
  }

  static StudentNumber no(String number) {
    return StudentNumber.of(number);
  }

  static Instant cst(int year, int month, int day, int hour, int minute) {
    return LocalDateTime.of(year, month, day, hour, minute).atZone(RecordCards.CHINA).toInstant();
  }

  static RecordCardState apply(RecordCardState state, RecordCardCommand command) {
    Decision<RecordCardEvent> decision = CARDS.decide(command, state);
    if (decision instanceof Decision.Refused<RecordCardEvent> r) {
      throw new AssertionError("refused: " + r.reason().describe(Locale.ENGLISH));
    }
    for (RecordCardEvent event : decision.events()) {
      state = RecordCards.evolve(state, event);
    }
    return state;
  }

  static RecordCardState received(String... numbers) {
    RecordCardState state = RecordCardState.initial(ROSTER);
    for (String n : numbers) {
      state = apply(state, new RecordCardCommand.Receive(OFFICE, MAY_10, no(n)));
    }
    return state;
  }
}
