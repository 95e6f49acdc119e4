package io.gradcap.core.roster;

import io.gradcap.core.finding.Message;
import io.gradcap.core.record.RecordField;
import io.gradcap.spi.table.BooleanCell;
import io.gradcap.spi.table.Cell;
import io.gradcap.spi.table.DateCell;
import io.gradcap.spi.table.ErrorCell;
import io.gradcap.spi.table.NumberCell;
import io.gradcap.spi.table.TextCell;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Turns a cell into a field's text, or says why it cannot: identifiers must survive exactly, dates
 * come in many spellings, everything else is trimmed text.
 */
final class Coercion {

  static final String BUNDLE = "io.gradcap.core.roster.messages";

  /** Doubles hold 15 significant digits exactly; a longer number has lost its tail. */
  private static final double EXACT_LIMIT = 1e15;

  private static final Pattern SCIENTIFIC = Pattern.compile("[+-]?\\d+(\\.\\d+)?[eE][+-]?\\d+");
  private static final Pattern COMPACT_DATE = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");
  private static final Pattern SEPARATED_DATE =
      Pattern.compile("(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?");
  private static final Pattern TIME_SUFFIX =
      Pattern.compile("[ T]\\d{1,2}:\\d{2}(:\\d{2}(\\.\\d+)?)?$");

  /** Excel's day 0 of the 1900 date system, for serials after its fictitious 29 February 1900. */
  private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);

  private Coercion() {}

  /** A value or the reason there is none: exactly one of them is set. */
  record Result(@Nullable String text, @Nullable String rule, @Nullable Message message) {
    static Result ok(String text) {
      return new Result(text, null, null);
    }

    static Result fail(String rule, String key, Object... args) {
      return new Result(null, rule, Message.of(BUNDLE, key, args));
    }
  }

  /** How a field's cell is read: codes that may start with 0, ID numbers, dates, or text. */
  enum Kind {
    CODE,
    IDENTIFIER,
    DATE,
    TEXT;

    static Kind of(RecordField field) {
      return switch (field) {
        case STUDENT_NUMBER, CANDIDATE_NUMBER -> CODE;
        case ID_NUMBER -> IDENTIFIER;
        case BIRTH_DATE, ENTRY_DATE, EXPECTED_GRADUATION_DATE -> DATE;
        default -> TEXT;
      };
    }
  }

  /** The cell's value for a field, or why not; blank cells give the empty text. */
  static Result coerce(Cell cell, Kind kind, String label) {
    Cell value = cell.resolved();
    if (value instanceof ErrorCell error) {
      return Result.fail("import.value.error-cell", "value.error-cell", label, error.code());
    }
    if (value.isBlank()) {
      return Result.ok("");
    }
    return switch (kind) {
      case CODE -> code(value, label);
      case IDENTIFIER -> identifier(value, label);
      case DATE -> date(value, label);
      case TEXT -> Result.ok(text(value));
    };
  }

  /** Any cell as trimmed text with full-width forms folded. */
  static String text(Cell cell) {
    return cell instanceof TextCell t ? clean(t.value()) : clean(cell.text());
  }

  /**
   * Import rule: a student or candidate number is taken only as text. One stored as a number is
   * refused at its cell, since Excel drops leading zeros (学号 0210101 becomes 210101) and nothing
   * shows whether it did; the user formats the column as text and enters the numbers again.
   */
  static Result code(Cell cell, String label) {
    if (cell instanceof NumberCell number) {
      return Result.fail(
          "import.value.code-stored-as-number",
          "value.code-stored-as-number",
          label,
          number.text());
    }
    return identifier(cell, label);
  }

  /**
   * Import rule: an ID number is taken only as exact text; one stored as a number is taken only
   * when the number is whole and below 10^15, since beyond 15 digits Excel has already replaced its
   * tail with zeros. An ID number never starts with 0 (its first digit is a region or 9), so a
   * whole number has lost nothing.
   */
  static Result identifier(Cell cell, String label) {
    if (cell instanceof NumberCell number) {
      double v = number.value();
      if (Math.abs(v) >= EXACT_LIMIT) {
        return Result.fail(
            "import.value.number-lost-precision", "value.number-lost-precision", label);
      }
      if (v != Math.rint(v)) {
        return Result.fail(
            "import.value.not-a-whole-number", "value.not-a-whole-number", label, number.text());
      }
      return Result.ok(number.text());
    }
    if (cell instanceof DateCell || cell instanceof BooleanCell) {
      return Result.fail("import.value.wrong-type", "value.wrong-type", label, cell.text());
    }
    String text = text(cell);
    if ((text.indexOf('E') >= 0 || text.indexOf('e') >= 0) && SCIENTIFIC.matcher(text).matches()) {
      return Result.fail(
          "import.value.number-lost-precision", "value.number-lost-precision", label);
    }
    return Result.ok(text);
  }

  /**
   * Import rule: a date is a date cell, an Excel date serial, or text written 20240417, 2024-04-17,
   * 2024/4/17, 2024.4.17 or 2024年4月17日 (a midnight time after it is ignored); it is kept as {@code
   * 2024-04-17}.
   */
  static Result date(Cell cell, String label) {
    if (cell instanceof DateCell date) {
      return Result.ok(date.value().toLocalDate().toString());
    }
    if (cell instanceof NumberCell number) {
      double v = number.value();
      if (v == Math.rint(v) && v >= 1e7 && v < 1e8) {
        LocalDate compact = compact(number.text());
        if (compact != null) {
          return Result.ok(compact.toString());
        }
      }
      if (v >= 1 && v < 2_958_466) {
        long days = (long) Math.floor(v);
        LocalDate date = days < 61 ? EXCEL_EPOCH.plusDays(days + 1) : EXCEL_EPOCH.plusDays(days);
        return Result.ok(date.toString());
      }
      return Result.fail(
          "import.value.unreadable-date", "value.unreadable-date", label, number.text());
    }
    String text = text(cell);
    LocalDate parsed = parseDate(text);
    if (parsed != null && iso(text) != null) {
      return Result.ok(text);
    }
    return parsed != null
        ? Result.ok(parsed.toString())
        : Result.fail("import.value.unreadable-date", "value.unreadable-date", label, text);
  }

  static @Nullable LocalDate parseDate(String text) {
    LocalDate iso = iso(text);
    if (iso != null) {
      return iso;
    }
    String date = text.indexOf(':') < 0 ? text : TIME_SUFFIX.matcher(text).replaceFirst("").strip();
    LocalDate compact = compact(date);
    if (compact != null) {
      return compact;
    }
    Matcher m = SEPARATED_DATE.matcher(date);
    if (m.matches()) {
      return of(m.group(1), m.group(2), m.group(3));
    }
    return null;
  }

  /** The common case without a regular expression: {@code 2024-04-17}. */
  private static @Nullable LocalDate iso(String text) {
    if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
      return null;
    }
    int year = digits(text, 0, 4);
    int month = digits(text, 5, 7);
    int day = digits(text, 8, 10);
    if (year < 0 || month < 0 || day < 0) {
      return null;
    }
    try {
      return LocalDate.of(year, month, day);
    } catch (DateTimeException e) {
      return null;
    }
  }

  private static int digits(String text, int from, int to) {
    int n = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      n = n * 10 + (c - '0');
    }
    return n;
  }

  private static @Nullable LocalDate compact(String text) {
    Matcher m = COMPACT_DATE.matcher(text);
    return m.matches() ? of(m.group(1), m.group(2), m.group(3)) : null;
  }

  private static @Nullable LocalDate of(String year, String month, String day) {
    try {
      return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
    } catch (DateTimeException e) {
      return null;
    }
  }

  /** Folds full-width forms and trims every kind of space, the ideographic one included. */
  static String clean(String text) {
    return strip(foldFullWidth(text));
  }

  private static String strip(String text) {
    int start = 0;
    int end = text.length();
    while (start < end && isSpace(text.charAt(start))) {
      start++;
    }
    while (end > start && isSpace(text.charAt(end - 1))) {
      end--;
    }
    return start == 0 && end == text.length() ? text : text.substring(start, end);
  }

  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF';
  }

  /** U+FF01–U+FF5E to ASCII, U+3000 to a space; the text itself when there is nothing to fold. */
  static String foldFullWidth(String text) {
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c >= '\uFF01' && c <= '\uFF5E' || c == '\u3000') {
        break;
      }
      i++;
    }
    if (i == text.length()) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length()).append(text, 0, i);
    for (; i < text.length(); i++) {
      char c = text.charAt(i);
      out.append(c >= '\uFF01' && c <= '\uFF5E' ? (char) (c - 0xFEE0) : c == '\u3000' ? ' ' : c);
    }
    return out.toString();
  }
}
