package io.gradcap.core.cohort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import io.gradcap.core.GradcapException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class TermCalendarTest {

  /** Spring 2023: teaching week 1 began on Monday 13 February. */
  private final TermCalendar spring2023 =
      TermCalendar.of("2022-2023学年第二学期", LocalDate.of(2023, 2, 13), 20);

  @Test
  void seventeen_april_2023_is_monday_of_week_10() {
    assertThat(spring2023.teachingDay(LocalDate.of(2023, 4, 17)))
        .contains(TeachingWeekDay.parse("第10周星期一"));
    assertThat(spring2023.dateOf(TeachingWeekDay.parse("第10周星期一")))
        .isEqualTo(LocalDate.of(2023, 4, 17));
  }

  @Test
  void the_capture_days_and_the_record_card_deadline_in_teaching_weeks() {
    assertThat(spring2023.requireTeachingDay(LocalDate.of(2023, 4, 24))).hasToString("第11周星期一");
    assertThat(spring2023.requireTeachingDay(LocalDate.of(2023, 4, 26))).hasToString("第11周星期三");
    assertThat(spring2023.requireTeachingDay(LocalDate.of(2023, 5, 19))).hasToString("第14周星期五");
    assertThat(spring2023.requireTeachingDay(LocalDate.of(2023, 2, 19))).hasToString("第1周星期日");
  }

  @Test
  void weeks_follow_the_formula_outside_the_term_too() {
    assertThat(spring2023.weekNumber(LocalDate.of(2023, 2, 12))).isZero();
    assertThat(spring2023.weekNumber(LocalDate.of(2023, 2, 5))).isEqualTo(-1);
    assertThat(spring2023.weekNumber(LocalDate.of(2023, 2, 6))).isZero();
    assertThat(spring2023.teachingDay(LocalDate.of(2023, 2, 12))).isEmpty();
    assertThat(spring2023.teachingDay(spring2023.endExclusive())).isEmpty();
    assertThat(spring2023.teachingDay(spring2023.endExclusive().minusDays(1)))
        .contains(TeachingWeekDay.of(20, DayOfWeek.SUNDAY));
  }

  @Test
  void a_date_outside_the_term_is_refused_with_its_code() {
    assertThatThrownBy(() -> spring2023.requireTeachingDay(LocalDate.of(2023, 7, 10)))
        .isInstanceOf(GradcapException.class)
        .satisfies(
            e ->
                assertThat(((GradcapException) e).getMessage(Locale.ENGLISH))
                    .isEqualTo(
                        "GC-0901 The date 2023-07-10 lies outside the teaching weeks of 2022-2023学年第二学期"));
  }

  @Test
  void week_one_begins_on_a_monday() {
    assertThatThrownBy(() -> TermCalendar.of("x", LocalDate.of(2023, 2, 12), 20))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> TermCalendar.of("x", LocalDate.of(2023, 2, 13), 0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void equality_is_by_name_start_and_length() {
    new EqualsTester()
        .addEqualityGroup(
            spring2023, TermCalendar.of("2022-2023学年第二学期", LocalDate.of(2023, 2, 13), 20))
        .addEqualityGroup(TermCalendar.of("2022-2023学年第二学期", LocalDate.of(2023, 2, 20), 20))
        .addEqualityGroup(TermCalendar.of("2022-2023学年第二学期", LocalDate.of(2023, 2, 13), 18))
        .addEqualityGroup(TermCalendar.of("春季学期", LocalDate.of(2023, 2, 13), 20))
        .testEquals();
  }
}
