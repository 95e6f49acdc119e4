package io.gradcap.core.finding;

/**
 * The one rule for text that leaves gradcap for a person or a log: anything shaped like an ID
 * number is masked and control characters are shown escaped, whichever field or file the text came
 * from.
 *
 * <p>ID-shaped: a run of exactly 15 or 18 digits (ASCII or full-width), or 14 or 17 digits followed
 * by {@code X} (any case, full-width too), standing alone or inside longer text but not inside a
 * longer run of digits, and not the fraction of a decimal number (digits after a digit and a point,
 * such as a capture rate of {@code 0.000000586733137}). Masked like {@code 110105********002X}: the
 * first 6 and last 4 characters kept, the birth date and sequence hidden.
 *
 * <p>Escaped: control characters (except line feed and tab, which messages use to lay out lists),
 * bidirectional formatting characters that reorder what a reader sees ({@code U+202E} and the
 * like), line and paragraph separators, zero-width spaces and byte-order marks, and unpaired
 * surrogates, each shown as <code>&#92;u202E</code>.
 *
 * <p>Apply it at the edges (messages, findings as rendered, console and JSON lines), never to the
 * system of record, and never to sign-off sheets, which must show the full number for students to
 * check.
 */
public final class SafeText {

  private SafeText() {}

  /**
   * Masks ID numbers and escapes control characters: the form every message and output line takes.
   */
  public static String of(CharSequence text) {
    // Escape first: an escape sequence's digits then cannot join digits around it into an unmasked
    // run.
    return maskIdNumbers(escapeControls(text));
  }

  /**
   * The text with every ID-shaped run masked ({@code 110105********002X}); nothing else changes.
   */
  public static String maskIdNumbers(CharSequence text) {
    StringBuilder out = null;
    int copied = 0;
    int length = text.length();
    int i = 0;
    while (i < length) {
      if (!isDigit(text.charAt(i))) {
        i++;
        continue;
      }
      int end = i;
      while (end < length && isDigit(text.charAt(end))) {
        end++;
      }
      int digits = end - i;
      int runEnd =
          isFraction(text, i)
              ? -1
              : digits == 15 || digits == 18
                  ? end
                  : (digits == 14 || digits == 17) && end < length && isX(text.charAt(end))
                      ? end + 1
                      : -1;
      if (runEnd < 0) {
        i = end;
        continue;
      }
      if (out == null) {
        out = new StringBuilder(length);
      }
      out.append(text, copied, i).append(masked(text.subSequence(i, runEnd)));
      copied = runEnd;
      i = runEnd;
    }
    return out == null ? text.toString() : out.append(text, copied, length).toString();
  }

  /**
   * One ID number's masked form: the first 6 and last 4 characters kept and the rest starred
   * ({@code 110105********002X}); text of 10 characters or fewer is starred whole.
   */
  public static String masked(CharSequence number) {
    int length = number.length();
    if (length > 10) {
      return number.subSequence(0, 6)
          + "*".repeat(length - 10)
          + number.subSequence(length - 4, length);
    }
    return "*".repeat(length);
  }

  /**
   * The text with control and invisible reordering characters shown as <code>&#92;uXXXX</code>; see
   * the class comment.
   */
  public static String escapeControls(CharSequence text) {
    StringBuilder out = null;
    int length = text.length();
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      boolean escape;
      if (Character.isHighSurrogate(c)) {
        escape = i + 1 >= length || !Character.isLowSurrogate(text.charAt(i + 1));
        if (!escape) {
          if (out != null) {
            out.append(c).append(text.charAt(i + 1));
          }
          i++;
          continue;
        }
      } else {
        escape = Character.isLowSurrogate(c) || isHidden(c);
      }
      if (escape) {
        if (out == null) {
          out = new StringBuilder(length + 16).append(text, 0, i);
        }
        out.append(String.format("\\u%04X", (int) c));
      } else if (out != null) {
        out.append(c);
      }
    }
    return out == null ? text.toString() : out.toString();
  }

  /** Whether a character is one a reader cannot see or that changes how the rest reads. */
  static boolean isHidden(char c) {
    if (c == '\n' || c == '\t') {
      return false;
    }
    if (Character.getType(c) == Character.CONTROL) {
      return true;
    }
    return c == '\u061C'
        || c == '\u200B'
        || c == '\u200E'
        || c == '\u200F'
        || (c >= '\u202A' && c <= '\u202E')
        || (c >= '\u2066' && c <= '\u2069')
        || c == '\u2028'
        || c == '\u2029'
        || c == '\uFEFF';
  }

  private static boolean isFraction(CharSequence text, int start) {
    return start >= 2 && text.charAt(start - 1) == '.' && isDigit(text.charAt(start - 2));
  }

  private static boolean isDigit(char c) {
    return (c >= '0' && c <= '9') || (c >= '\uFF10' && c <= '\uFF19');
  }

  private static boolean isX(char c) {
    return c == 'X' || c == 'x' || c == '\uFF38' || c == '\uFF58';
  }
}
