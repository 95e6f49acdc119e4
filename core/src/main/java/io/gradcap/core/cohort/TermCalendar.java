package io.gradcap.core.cohort;

import com.google.common.base.Preconditions;
import io.gradcap.core.ErrorCode;
import io.gradcap.core.GradcapException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * One term's teaching calendar: the Monday of teaching week 1 and how many weeks the term has.
 * Converts between dates and {@link TeachingWeekDay}s: week = floor((date − Monday of week 1) / 7)
 * + 1, weekday Monday = 1 … Sunday = 7.
 *
 * <p>In spring 2023 week 1 began on Monday 13 February, so 17 April 2023 is {@code 第10周星期一}.
 *
 * @param term the term's name, such as {@code 2022-2023学年第二学期}
 * @param firstMonday the Monday of teaching week 1
 * @param weeks how many teaching weeks the term has, 1 to 99
 */
public record TermCalendar(String term, LocalDate firstMonday, int weeks) {

  /** The bundle of this package's messages. */
  public static final String MESSAGES = "io.gradcap.core.cohort.messages";

  public TermCalendar {
    Preconditions.checkArgument(!term.isBlank(), "term name is blank");
    Preconditions.checkArgument(
        firstMonday.getDayOfWeek() == DayOfWeek.MONDAY,
        "teaching week 1 must begin on a Monday, %s is a %s",
        firstMonday,
        firstMonday.getDayOfWeek());
    Preconditions.checkArgument(
        weeks >= 1 && weeks <= TeachingWeekDay.MAX_WEEK, "weeks must be 1 to 99, was %s", weeks);
  }

  public static TermCalendar of(String term, LocalDate firstMonday, int weeks) {
    return new TermCalendar(term, firstMonday, weeks);
  }

  /** The first day of the term, Monday of week 1. */
  public LocalDate startInclusive() {
    return firstMonday;
  }

  /** The Monday after the last teaching week. */
  public LocalDate endExclusive() {
    return firstMonday.plusWeeks(weeks);
  }

  /** Whether the date lies in one of the term's teaching weeks. */
  public boolean contains(LocalDate date) {
    return !date.isBefore(startInclusive()) && date.isBefore(endExclusive());
  }

  /**
   * The teaching week the date falls in by the formula, also outside the term: 0 for the week
   * before week 1, negative before that.
   */
  public long weekNumber(LocalDate date) {
    return Math.floorDiv(ChronoUnit.DAYS.between(firstMonday, date), 7) + 1;
  }

  /** The date as teaching week and weekday, or empty if it lies outside the term. */
  public Optional<TeachingWeekDay> teachingDay(LocalDate date) {
    return contains(date)
        ? Optional.of(new TeachingWeekDay((int) weekNumber(date), date.getDayOfWeek()))
        : Optional.empty();
  }

  /**
   * The date as teaching week and weekday.
   *
   * @throws GradcapException {@link ErrorCode#DATE_OUTSIDE_TERM} if the date lies outside the term
   */
  public TeachingWeekDay requireTeachingDay(LocalDate date) {
    return teachingDay(date)
        .orElseThrow(() -> new GradcapException(ErrorCode.DATE_OUTSIDE_TERM, date, term));
  }

  /** The date of a teaching day; weeks past the term's end are counted on by the same formula. */
  public LocalDate dateOf(TeachingWeekDay day) {
    return firstMonday.plusWeeks(day.week() - 1L).plusDays(day.weekday().getValue() - 1L);
  }
}
