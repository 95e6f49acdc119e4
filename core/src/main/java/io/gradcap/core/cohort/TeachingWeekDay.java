package io.gradcap.core.cohort;

import com.google.common.base.Preconditions;
import io.gradcap.core.ErrorCode;
import io.gradcap.core.GradcapException;
import io.gradcap.core.finding.Message;
import io.gradcap.core.internal.ChineseNumerals;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A day named the way notices name it: teaching week N, weekday D ({@code 第10周星期一}). Which date it
 * is depends on the term: see {@link TermCalendar}.
 *
 * <p>{@link #parse} accepts what notices write: {@code 第10周星期一}, {@code 第10周周一}, {@code 第十周星期日},
 * {@code 第10周星期天}, {@code 10周礼拜一}, full-width digits and spaces; {@link #toString} writes the
 * canonical {@code 第10周星期一} (Sunday as {@code 星期日}).
 *
 * @param week the teaching week, 1 to 99
 * @param weekday the day of that week, Monday = 1 … Sunday = 7
 */
public record TeachingWeekDay(int week, DayOfWeek weekday) implements Comparable<TeachingWeekDay> {

  /** The highest week number a term can have. */
  public static final int MAX_WEEK = 99;

  private static final String WEEKDAYS = "一二三四五六日";
  private static final Pattern FORM =
      Pattern.compile(
          "第?\\s*([0-9\\uFF10-\\uFF19〇一二三四五六七八九十两]+)\\s*周\\s*[，,、]?\\s*(?:星期|周|礼拜)\\s*([一二三四五六日天1-7\\uFF11-\\uFF17])");

  public TeachingWeekDay {
    Preconditions.checkArgument(
        week >= 1 && week <= MAX_WEEK, "teaching week must be 1 to %s, was %s", MAX_WEEK, week);
    Preconditions.checkNotNull(weekday, "weekday");
  }

  public static TeachingWeekDay of(int week, DayOfWeek weekday) {
    return new TeachingWeekDay(week, weekday);
  }

  /** Reads {@code 第10周星期一} and the variants notices use. */
  public static TeachingWeekDay parse(CharSequence text) {
    Matcher m = FORM.matcher(text.toString().replace('\u3000', ' ').strip());
    if (!m.matches()) {
      throw new GradcapException(
          ErrorCode.UNPARSEABLE_VALUE, text, "应形如 第10周星期一 / expected like 第10周星期一");
    }
    OptionalInt week = ChineseNumerals.parse(m.group(1));
    if (week.isEmpty() || week.getAsInt() < 1 || week.getAsInt() > MAX_WEEK) {
      throw new GradcapException(
          ErrorCode.UNPARSEABLE_VALUE, text, "教学周应为 1–99 / teaching week must be 1-99");
    }
    return new TeachingWeekDay(
        week.getAsInt(), weekday(ChineseNumerals.foldDigits(m.group(2)).charAt(0)));
  }

  private static DayOfWeek weekday(char c) {
    if (c >= '1' && c <= '7') {
      return DayOfWeek.of(c - '0');
    }
    return c == '天' ? DayOfWeek.SUNDAY : DayOfWeek.of(WEEKDAYS.indexOf(c) + 1);
  }

  /** The weekday as notices write it: {@code 星期一} … {@code 星期日}. */
  public static String chineseWeekday(DayOfWeek day) {
    return "星期" + WEEKDAYS.charAt(day.getValue() - 1);
  }

  /** {@code 第10周星期一}, or in English {@code Monday of teaching week 10}. */
  public String format(Locale locale) {
    return Message.of(
            TermCalendar.MESSAGES,
            "teaching-day",
            week,
            weekday.getDisplayName(TextStyle.FULL, Locale.ENGLISH),
            toString())
        .format(locale);
  }

  @Override
  public int compareTo(TeachingWeekDay other) {
    int byWeek = Integer.compare(week, other.week);
    return byWeek != 0 ? byWeek : weekday.compareTo(other.weekday);
  }

  /** The canonical form, {@code 第10周星期一}. */
  @Override
  public String toString() {
    return "第" + week + "周" + chineseWeekday(weekday);
  }
}
