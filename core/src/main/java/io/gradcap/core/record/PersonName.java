package io.gradcap.core.record;

import io.gradcap.core.ErrorCode;
import io.gradcap.core.GradcapException;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A person's name as the record carries it (姓名). The middle dot that separates the parts of many
 * minority names is canonically {@code ·} (U+00B7, as the Ministry of Public Security's ID cards
 * and CHSI print it); {@link #parse} turns the variants people type into it: {@code •} (U+2022),
 * {@code ・} (U+30FB), {@code ･} (U+FF65), {@code ‧} (U+2027), {@code ．} (U+FF0E), and {@code .}
 * next to a Chinese character. It also folds full-width Latin letters, drops spaces between Chinese
 * characters and around dots, and collapses other runs of spaces.
 *
 * <p>The invariant is only what every name shares: not blank, no control characters, no spaces at
 * either end or in runs, no dot variants. Whether a name is acceptable (Chinese characters only, or
 * Latin where configured) is a verification rule; {@link #isChinese()} and {@link #isLatin()} help.
 *
 * @param value the canonical text
 */
public record PersonName(String value) {

  /** The canonical middle dot, U+00B7. */
  public static final char MIDDLE_DOT = '\u00B7';

  public PersonName {
    if (value.isBlank()
        || !value.equals(value.strip())
        || value.contains("  ")
        || hasControlOrVariant(value)) {
      throw new GradcapException(ErrorCode.UNPARSEABLE_NAME, value);
    }
  }

  /** The canonical form; use {@link #parse} for typed input. */
  public static PersonName of(String value) {
    return new PersonName(value);
  }

  /** Reads typed input and normalises dots and spaces as the class comment describes. */
  public static PersonName parse(CharSequence text) {
    return new PersonName(normalise(text));
  }

  /** Like {@link #parse}, giving nothing for blank text or text with control characters. */
  public static Optional<PersonName> tryParse(@Nullable CharSequence text) {
    if (text == null) {
      return Optional.empty();
    }
    String normalised = normalise(text);
    if (normalised.isEmpty() || hasControlOrVariant(normalised)) {
      return Optional.empty();
    }
    return Optional.of(new PersonName(normalised));
  }

  static String normalise(CharSequence text) {
    String folded = Text.foldFullWidth(text);
    int[] cps = folded.codePoints().toArray();
    // 1. dots
    for (int i = 0; i < cps.length; i++) {
      int c = cps[i];
      if (isDotVariant(c)) {
        cps[i] = MIDDLE_DOT;
      } else if (c == '.' && (isHanNeighbour(cps, i, -1) || isHanNeighbour(cps, i, +1))) {
        cps[i] = MIDDLE_DOT;
      }
    }
    // 2. spaces: dropped next to a dot or between Chinese characters, collapsed elsewhere
    StringBuilder out = new StringBuilder(cps.length);
    for (int i = 0; i < cps.length; i++) {
      int c = cps[i];
      if (!isSpace(c)) {
        out.appendCodePoint(c);
        continue;
      }
      int prev = out.length() == 0 ? -1 : out.codePointBefore(out.length());
      int j = i;
      while (j < cps.length && isSpace(cps[j])) {
        j++;
      }
      int next = j < cps.length ? cps[j] : -1;
      boolean drop =
          prev == -1
              || next == -1
              || prev == MIDDLE_DOT
              || next == MIDDLE_DOT
              || (isHan(prev) && isHan(next));
      if (!drop) {
        out.append(' ');
      }
      i = j - 1;
    }
    return out.toString();
  }

  /** Whether the name is Chinese characters only, with single middle dots between its parts. */
  public boolean isChinese() {
    boolean previousWasDot = true;
    for (int i = 0; i < value.length(); ) {
      int c = value.codePointAt(i);
      if (c == MIDDLE_DOT) {
        if (previousWasDot) {
          return false;
        }
        previousWasDot = true;
      } else if (isHan(c)) {
        previousWasDot = false;
      } else {
        return false;
      }
      i += Character.charCount(c);
    }
    return !previousWasDot;
  }

  /**
   * Whether the name is Latin letters with single spaces, hyphens, apostrophes or dots between
   * them.
   */
  public boolean isLatin() {
    boolean sawLetter = false;
    for (int i = 0; i < value.length(); ) {
      int c = value.codePointAt(i);
      if (Character.isLetter(c) && Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN) {
        sawLetter = true;
      } else if (c != ' ' && c != '-' && c != '\'' && c != '.' && c != MIDDLE_DOT) {
        return false;
      }
      i += Character.charCount(c);
    }
    return sawLetter;
  }

  /** Whether the name has parts separated by the middle dot, as many minority names do. */
  public boolean hasMiddleDot() {
    return value.indexOf(MIDDLE_DOT) >= 0;
  }

  static boolean isHan(int c) {
    if (c >= 0x4E00 && c <= 0x9FFF) {
      return true;
    }
    return c >= 0 && Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
  }

  private static boolean isHanNeighbour(int[] cps, int i, int step) {
    int j = i + step;
    while (j >= 0 && j < cps.length && isSpace(cps[j])) {
      j += step;
    }
    return j >= 0 && j < cps.length && isHan(cps[j]);
  }

  private static boolean isSpace(int c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  static boolean isDotVariant(int c) {
    return c == '\u2022'
        || c == '\u30FB'
        || c == '\uFF65'
        || c == '\u2027'
        || c == '\uFF0E'
        || c == '\u2219'
        || c == '\u22C5';
  }

  private static boolean hasControlOrVariant(String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (Character.isISOControl(c) || isDotVariant(c) || (isSpace(c) && c != ' ')) {
        return true;
      }
    }
    return false;
  }

  @Override
  public String toString() {
    return value;
  }
}
