package io.gradcap.spi.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.gradcap.spi.host.Lesson;
import io.gradcap.spi.host.TeachingTimetable;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The contract every {@link TeachingTimetable} keeps. An implementation's test extends this class
 * and says how to build a timetable that holds the given lessons.
 */
public abstract class TeachingTimetableContract {

  /** A timetable of the implementation under test holding exactly these lessons. */
  protected abstract TeachingTimetable timetableWith(List<Lesson> lessons);

  private static final LocalDate MON = LocalDate.of(2023, 4, 24);

  private static Lesson lesson(String classGroup, LocalDate day, int hour, String course) {
    return new Lesson(
        classGroup, day, LocalTime.of(hour, 0), LocalTime.of(hour + 1, 40), course, "王老师");
  }

  private final Lesson mondayMorning = lesson("21软件1班", MON, 8, "Java 程序设计");
  private final Lesson mondayAfternoon = lesson("21软件1班", MON, 14, "数据库");
  private final Lesson tuesday = lesson("21软件1班", MON.plusDays(1), 10, "网络");
  private final Lesson otherClass = lesson("21网络2班", MON, 8, "路由与交换");
  private final Lesson nextWeek = lesson("21软件1班", MON.plusDays(7), 8, "Java 程序设计");

  private TeachingTimetable timetable() {
    return timetableWith(List.of(nextWeek, mondayAfternoon, tuesday, otherClass, mondayMorning));
  }

  @Test
  void lessons_of_a_class_in_the_range_come_in_date_and_time_order() {
    assertThat(timetable().lessons("21软件1班", MON, MON.plusDays(3)))
        .containsExactly(mondayMorning, mondayAfternoon, tuesday);
  }

  @Test
  void the_range_is_half_open() {
    assertThat(timetable().lessons("21软件1班", MON.plusDays(1), MON.plusDays(7)))
        .containsExactly(tuesday);
  }

  @Test
  void other_classes_lessons_are_not_returned() {
    assertThat(timetable().lessons("21网络2班", MON, MON.plusDays(30))).containsExactly(otherClass);
  }

  @Test
  void an_unknown_class_has_no_lessons() {
    assertThat(timetable().lessons("不存在的班", MON, MON.plusDays(30))).isEmpty();
  }
}
