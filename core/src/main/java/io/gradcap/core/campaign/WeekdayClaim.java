package io.gradcap.core.campaign;

import io.gradcap.core.cohort.TeachingWeekDay;
import java.time.LocalDate;
import java.time.MonthDay;

/**
 * A notice's claim that a day of the year is a given teaching day: {@code 4月17日（第10周星期一）}. Notices
 * leave out the year; the self-check finds the years the claim holds in.
 *
 * @param date the day as written, without a year
 * @param teachingDay the teaching week and weekday the notice gives for it
 */
public record WeekdayClaim(MonthDay date, TeachingWeekDay teachingDay) {

  private static final java.util.regex.Pattern FORM =
      java.util.regex.Pattern.compile("(.+?)\\s*[（(]\\s*(.+?)\\s*[）)]");

  public static WeekdayClaim of(MonthDay date, TeachingWeekDay teachingDay) {
    return new WeekdayClaim(date, teachingDay);
  }

  /** Reads {@code 4月17日（第10周星期一）} (ASCII brackets too). */
  public static WeekdayClaim parse(CharSequence text) {
    java.util.regex.Matcher m = FORM.matcher(text.toString().strip());
    if (!m.matches()) {
      throw new io.gradcap.core.GradcapException(
          io.gradcap.core.ErrorCode.UNPARSEABLE_VALUE,
          text,
          "应形如 4月17日（第10周星期一）/ expected like 4月17日（第10周星期一）");
    }
    return new WeekdayClaim(Dates.parseMonthDay(m.group(1)), TeachingWeekDay.parse(m.group(2)));
  }

  /**
   * Whether the day falls on the claimed weekday in the given year (29 February only in leap
   * years).
   */
  public boolean weekdayHoldsIn(int year) {
    return date.isValidYear(year) && date.atYear(year).getDayOfWeek() == teachingDay.weekday();
  }

  /** The date in the given year; 29 February becomes 28 February outside leap years. */
  public LocalDate in(int year) {
    return date.atYear(year);
  }

  /** {@code 4月17日（第10周星期一）}, as notices write it. */
  @Override
  public String toString() {
    return Dates.monthDay(date) + "（" + teachingDay + "）";
  }
}
