package io.gradcap.core.internal;

import java.util.OptionalInt;

/** Small Chinese numerals as notices write them: 一 … 九十九, and Arabic or full-width digits. */
public final class ChineseNumerals {

  private static final String DIGITS = "〇一二三四五六七八九";
  private static final String[] UNITS = {"", "一", "二", "三", "四", "五", "六", "七", "八", "九"};

  private ChineseNumerals() {}

  /**
   * Reads {@code 10}, {@code １０}, {@code 十}, {@code 二十三}, {@code 两}; empty if it is none of them.
   */
  public static OptionalInt parse(String text) {
    String folded = foldDigits(text.strip());
    if (folded.isEmpty()) {
      return OptionalInt.empty();
    }
    if (folded.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return folded.length() > 9 ? OptionalInt.empty() : OptionalInt.of(Integer.parseInt(folded));
    }
    String s = folded.replace('两', '二');
    int ten = s.indexOf('十');
    if (ten < 0) {
      return s.length() == 1 ? digit(s.charAt(0)) : OptionalInt.empty();
    }
    if (s.indexOf('十', ten + 1) >= 0 || ten > 1 || s.length() - ten > 2) {
      return OptionalInt.empty();
    }
    int tens = 1;
    if (ten == 1) {
      OptionalInt d = digit(s.charAt(0));
      if (d.isEmpty() || d.getAsInt() == 0) {
        return OptionalInt.empty();
      }
      tens = d.getAsInt();
    }
    int ones = 0;
    if (ten + 1 < s.length()) {
      OptionalInt d = digit(s.charAt(ten + 1));
      if (d.isEmpty() || d.getAsInt() == 0) {
        return OptionalInt.empty();
      }
      ones = d.getAsInt();
    }
    return OptionalInt.of(tens * 10 + ones);
  }

  /** Writes 1 … 99 the way a notice numbers its sections: 一, 十, 十一, 二十三. */
  public static String format(int n) {
    if (n < 1 || n > 99) {
      return Integer.toString(n);
    }
    if (n < 10) {
      return UNITS[n];
    }
    return (n / 10 == 1 ? "" : UNITS[n / 10]) + "十" + UNITS[n % 10];
  }

  private static OptionalInt digit(char c) {
    int i = DIGITS.indexOf(c);
    return i < 0 ? OptionalInt.empty() : OptionalInt.of(i);
  }

  /** Folds full-width digits (U+FF10–U+FF19) to ASCII. */
  public static String foldDigits(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      out.append(c >= '\uFF10' && c <= '\uFF19' ? (char) (c - 0xFEE0) : c);
    }
    return out.toString();
  }
}
