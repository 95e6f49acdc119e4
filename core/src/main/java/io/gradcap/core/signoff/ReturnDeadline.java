package io.gradcap.core.signoff;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Locale;

/**
 * When signed sheets are due back (R2), as notices give it: a date and its teaching week and
 * weekday ({@code 2023-04-17}, {@code 第10周星期一}). The week is given, not computed: the academic
 * calendar that converts between the two lives elsewhere.
 *
 * @param date the last day sheets may come back
 * @param teachingWeek the teaching week of that day, from 1
 * @param weekday the weekday of that day
 */
public record ReturnDeadline(LocalDate date, int teachingWeek, DayOfWeek weekday) {

  private static final String[] CHINESE_DAYS = {"一", "二", "三", "四", "五", "六", "日"};

  public ReturnDeadline {
    com.google.common.base.Preconditions.checkArgument(
        teachingWeek >= 1, "teaching weeks count from 1");
    com.google.common.base.Preconditions.checkArgument(
        date.getDayOfWeek() == weekday, "%s is a %s, not a %s", date, date.getDayOfWeek(), weekday);
  }

  /** A deadline on the given date in the given teaching week. */
  public static ReturnDeadline of(LocalDate date, int teachingWeek) {
    return new ReturnDeadline(date, teachingWeek, date.getDayOfWeek());
  }

  /** {@code 第10周星期一} or {@code Monday of teaching week 10}. */
  public String weekLabel(Locale locale) {
    if ("en".equals(locale.getLanguage())) {
      String day = weekday.getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH);
      return day + " of teaching week " + teachingWeek;
    }
    return "第" + teachingWeek + "周星期" + CHINESE_DAYS[weekday.getValue() - 1];
  }

  /** The first instant after the deadline day in the zone: the cutoff for returns. */
  public Instant cutoff(ZoneId zone) {
    return ZonedDateTime.of(date.plusDays(1).atStartOfDay(), zone).toInstant();
  }
}
