package io.gradcap.core.campaign;

import io.gradcap.core.ErrorCode;
import io.gradcap.core.GradcapException;
import io.gradcap.core.internal.ChineseNumerals;
import java.time.DateTimeException;
import java.time.MonthDay;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Days of the year as notices write them: {@code 4月17日}; also ISO {@code --04-17} and {@code
 * 04-17}.
 */
final class Dates {

  private static final Pattern CHINESE = Pattern.compile("(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*[日号]");
  private static final Pattern ISO = Pattern.compile("(?:--)?(\\d{1,2})-(\\d{1,2})");

  private Dates() {}

  static String monthDay(MonthDay day) {
    return day.getMonthValue() + "月" + day.getDayOfMonth() + "日";
  }

  static MonthDay parseMonthDay(String text) {
    String folded = ChineseNumerals.foldDigits(text.strip());
    Matcher m = CHINESE.matcher(folded);
    if (!m.matches()) {
      m = ISO.matcher(folded);
    }
    if (m.matches()) {
      try {
        return MonthDay.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
      } catch (DateTimeException e) {
        throw new GradcapException(
            ErrorCode.UNPARSEABLE_VALUE, e, text, String.valueOf(e.getMessage()));
      }
    }
    throw new GradcapException(
        ErrorCode.UNPARSEABLE_VALUE, text, "应形如 4月17日 / expected like 4月17日");
  }
}
