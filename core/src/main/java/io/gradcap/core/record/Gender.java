package io.gradcap.core.record;

import io.gradcap.core.ErrorCode;
import io.gradcap.core.GradcapException;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A person's gender as GB/T 2261.1-2003 codes it (0 not known, 1 male, 2 female, 9 not stated) and
 * as CHSI data carries it (the text {@code 男} / {@code 女}). {@link #toString()} gives the CHSI text
 * and {@link #parse} reads it back, as well as the codes and the longer standard names.
 */
public enum Gender {
  NOT_KNOWN('0', "未知的性别", "not known"),
  MALE('1', "男", "male"),
  FEMALE('2', "女", "female"),
  NOT_STATED('9', "未说明的性别", "not stated");

  private final char code;
  private final String text;
  private final String english;

  Gender(char code, String text, String english) {
    this.code = code;
    this.text = text;
    this.english = english;
  }

  /** The GB/T 2261.1 code: {@code 0}, {@code 1}, {@code 2} or {@code 9}. */
  public String code() {
    return String.valueOf(code);
  }

  /** The gender with the given GB/T 2261.1 code. */
  public static Gender ofCode(String code) {
    return tryParse(code)
        .filter(g -> g.code().equals(code.strip()))
        .orElseThrow(() -> new GradcapException(ErrorCode.UNPARSEABLE_GENDER, code));
  }

  /**
   * Reads {@code 男}/{@code 女} (also {@code 男性}/{@code 女性}), the GB/T 2261.1 codes, the standard's
   * names for 0 and 9, and English {@code male}/{@code female}/{@code M}/{@code F}.
   */
  public static Gender parse(CharSequence text) {
    return tryParse(text)
        .orElseThrow(() -> new GradcapException(ErrorCode.UNPARSEABLE_GENDER, text));
  }

  /** Like {@link #parse}, giving nothing for what it cannot read. */
  public static Optional<Gender> tryParse(@Nullable CharSequence text) {
    if (text == null) {
      return Optional.empty();
    }
    String t = Text.foldFullWidth(text).strip();
    switch (t) {
      case "男", "男性", "1", "M", "m", "male", "Male", "MALE":
        return Optional.of(MALE);
      case "女", "女性", "2", "F", "f", "female", "Female", "FEMALE":
        return Optional.of(FEMALE);
      case "未知的性别", "未知", "0":
        return Optional.of(NOT_KNOWN);
      case "未说明的性别", "未说明", "9":
        return Optional.of(NOT_STATED);
      default:
        return Optional.empty();
    }
  }

  /** Whether this is male or female, the only values CHSI records and an ID number carries. */
  public boolean isStated() {
    return this == MALE || this == FEMALE;
  }

  /** The label in the locale's language: English for {@code en}, the CHSI text otherwise. */
  public String label(Locale locale) {
    return "en".equals(locale.getLanguage()) ? english : text;
  }

  /** The CHSI text: {@code 男}, {@code 女}, or the standard's name for 0 and 9. */
  @Override
  public String toString() {
    return text;
  }
}
