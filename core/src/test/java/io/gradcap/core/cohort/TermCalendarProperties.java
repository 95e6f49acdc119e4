package io.gradcap.core.cohort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.DayOfWeek;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class TermCalendarProperties {

  private static Gen<TermCalendar> calendars() {
    // Any Monday between 1990 and 2100 (day 0 of the epoch was a Thursday: 1970-01-05 is a Monday).
    return integers()
        .between(1040, 6800)
        .zip(
            integers().between(1, TeachingWeekDay.MAX_WEEK),
            (mondays, weeks) ->
                TermCalendar.of("term", LocalDate.of(1970, 1, 5).plusWeeks(mondays), weeks));
  }

  private static Gen<TeachingWeekDay> teachingDays() {
    return integers()
        .between(1, TeachingWeekDay.MAX_WEEK)
        .zip(integers().between(1, 7), (week, day) -> TeachingWeekDay.of(week, DayOfWeek.of(day)));
  }

  @Test
  void every_date_of_the_term_round_trips_through_its_teaching_day() {
    qt().forAll(calendars(), integers().between(0, 7 * TeachingWeekDay.MAX_WEEK - 1))
        .checkAssert(
            (calendar, offset) -> {
              LocalDate date = calendar.startInclusive().plusDays(offset);
              calendar
                  .teachingDay(date)
                  .ifPresentOrElse(
                      day -> assertThat(calendar.dateOf(day)).isEqualTo(date),
                      () -> assertThat(date).isAfterOrEqualTo(calendar.endExclusive()));
            });
  }

  @Test
  void every_teaching_day_round_trips_through_its_date() {
    qt().forAll(calendars(), teachingDays())
        .checkAssert(
            (calendar, day) -> {
              LocalDate date = calendar.dateOf(day);
              assertThat(date.getDayOfWeek()).isEqualTo(day.weekday());
              assertThat(calendar.weekNumber(date)).isEqualTo(day.week());
              if (day.week() <= calendar.weeks()) {
                assertThat(calendar.teachingDay(date)).contains(day);
              } else {
                assertThat(calendar.teachingDay(date)).isEmpty();
              }
            });
  }

  @Test
  void week_number_is_the_formula() {
    qt().forAll(calendars(), integers().between(-1000, 1000))
        .check(
            (calendar, offset) -> {
              LocalDate date = calendar.firstMonday().plusDays(offset);
              return calendar.weekNumber(date) == Math.floorDiv(offset, 7) + 1;
            });
  }

  @Test
  void the_canonical_form_round_trips() {
    qt().forAll(teachingDays())
        .checkAssert(day -> assertThat(TeachingWeekDay.parse(day.toString())).isEqualTo(day));
  }

  @Test
  void chinese_numeral_weeks_and_short_weekdays_read_the_same() {
    qt().forAll(teachingDays())
        .checkAssert(
            day -> {
              String numeral = io.gradcap.core.internal.ChineseNumerals.format(day.week());
              String shortDay = "周" + day.toString().substring(day.toString().length() - 1);
              assertThat(TeachingWeekDay.parse("第" + numeral + "周" + shortDay)).isEqualTo(day);
            });
  }
}
