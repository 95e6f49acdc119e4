package io.gradcap.core.record;

import java.time.DateTimeException;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Lenient readers for the dates and numbers of a record, as spreadsheets and CHSI exports carry
 * them.
 */
final class RecordValues {

  private RecordValues() {}

  /**
   * A date written {@code 20030501}, {@code 2003-05-01}, {@code 2003/5/1}, {@code 2003.05.01} or
   * {@code 2003年5月1日} (a trailing time is ignored); a month alone ({@code 202109}, {@code 2021-09},
   * {@code 2021年9月}) gives its first day. Null when it is none of these or the day does not exist.
   */
  static @Nullable LocalDate date(String raw) {
    String text = Text.foldFullWidth(raw).strip();
    if (text.isEmpty()) {
      return null;
    }
    int[] groups = new int[3];
    int[] lengths = new int[3];
    int count = 0;
    int i = 0;
    int n = text.length();
    if (allDigits(text)) {
      if (n == 8) {
        return of(num(text, 0, 4), num(text, 4, 2), num(text, 6, 2));
      }
      if (n == 6) {
        return of(num(text, 0, 4), num(text, 4, 2), 1);
      }
      return null;
    }
    while (i < n && count < 3) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9') {
        int start = i;
        int value = 0;
        while (i < n && text.charAt(i) >= '0' && text.charAt(i) <= '9' && i - start < 5) {
          value = value * 10 + (text.charAt(i) - '0');
          i++;
        }
        groups[count] = value;
        lengths[count] = i - start;
        count++;
      } else if (c == '-' || c == '/' || c == '.' || c == '年' || c == '月' || c == '日' || c == ' ') {
        if (c == ' ' && count == 3) {
          break;
        }
        i++;
      } else {
        return null;
      }
    }
    if (count < 2 || lengths[0] != 4 || lengths[1] > 2 || (count == 3 && lengths[2] > 2)) {
      return null;
    }
    return of(groups[0], groups[1], count == 3 ? groups[2] : 1);
  }

  /**
   * A whole number of years such as {@code 3}, {@code 3年}, {@code 3年制} or {@code 3.0}; 0 when not
   * one.
   */
  static int years(String raw) {
    String text = Text.foldFullWidth(raw).strip();
    if (text.endsWith("年制")) {
      text = text.substring(0, text.length() - 2);
    } else if (text.endsWith("年")) {
      text = text.substring(0, text.length() - 1);
    }
    if (text.endsWith(".0")) {
      text = text.substring(0, text.length() - 2);
    }
    if (text.isEmpty() || text.length() > 2 || !allDigits(text)) {
      return 0;
    }
    return Integer.parseInt(text);
  }

  private static @Nullable LocalDate of(int year, int month, int day) {
    try {
      return LocalDate.of(year, month, day);
    } catch (DateTimeException e) {
      return null;
    }
  }

  private static int num(String text, int from, int count) {
    return Integer.parseInt(text, from, from + count, 10);
  }

  private static boolean allDigits(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return !text.isEmpty();
  }
}
