package io.gradcap.core.cohort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class AcademicCalendarTest {

  private final TermCalendar spring2023 =
      TermCalendar.of("2022-2023学年第二学期", LocalDate.of(2023, 2, 13), 20);
  private final TermCalendar autumn2023 =
      TermCalendar.of("2023-2024学年第一学期", LocalDate.of(2023, 9, 4), 20);
  private final AcademicCalendar calendar = AcademicCalendar.of(autumn2023, spring2023);

  @Test
  void each_date_belongs_to_the_term_that_contains_it() {
    assertThat(calendar.terms()).containsExactly(spring2023, autumn2023);
    assertThat(calendar.first()).isEqualTo(spring2023);
    assertThat(calendar.teachingDay(LocalDate.of(2023, 4, 17)))
        .contains(TeachingWeekDay.parse("第10周星期一"));
    assertThat(calendar.teachingDay(LocalDate.of(2023, 9, 4)))
        .contains(TeachingWeekDay.parse("第1周星期一"));
    assertThat(calendar.termOf(LocalDate.of(2023, 12, 1))).contains(autumn2023);
    assertThat(calendar.teachingDay(LocalDate.of(2023, 8, 1))).isEmpty();
    assertThat(calendar.contains(LocalDate.of(2023, 8, 1))).isFalse();
    assertThat(calendar.describe())
        .isEqualTo("2022-2023学年第二学期 2023-02-13–2023-07-02; 2023-2024学年第一学期 2023-09-04–2024-01-21");
  }

  @Test
  void terms_neither_overlap_nor_repeat() {
    assertThatThrownBy(
            () ->
                AcademicCalendar.of(
                    spring2023, TermCalendar.of("x", LocalDate.of(2023, 6, 26), 10)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("overlap");
    assertThatThrownBy(
            () ->
                AcademicCalendar.of(
                    spring2023, TermCalendar.of(spring2023.term(), LocalDate.of(2023, 9, 4), 10)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(AcademicCalendar::of).isInstanceOf(IllegalArgumentException.class);
    assertThat(
            AcademicCalendar.of(spring2023, TermCalendar.of("next", spring2023.endExclusive(), 1))
                .terms())
        .hasSize(2);
  }

  @Test
  void equality_is_by_terms_in_date_order() {
    new EqualsTester()
        .addEqualityGroup(calendar, AcademicCalendar.of(spring2023, autumn2023))
        .addEqualityGroup(AcademicCalendar.of(spring2023))
        .testEquals();
  }
}
