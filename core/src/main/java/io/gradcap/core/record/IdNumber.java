package io.gradcap.core.record;

import io.gradcap.core.ErrorCode;
import io.gradcap.core.GradcapException;
import io.gradcap.core.finding.SafeText;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A citizen identity number (公民身份号码, GB 11643-1999), parsed and normalised only: judging whether it
 * is valid is the verification package's job.
 *
 * <p>{@link #parse} accepts what people type: surrounding and inner spaces, full-width digits, a
 * lower-case {@code x}; a legacy 15-digit number (GB 11643-1989) is upgraded to 18 characters by
 * inserting {@code 19} before the 2-digit birth year ({@code 18} for the sequences 996–999 that
 * mark people over 100) and appending the check character. The original input is kept.
 *
 * <p>Privacy: {@link #toString()} gives only the {@linkplain #masked() masked form} ({@code
 * 110105********002X}); the full number is {@link #value()}, and {@code parse(value())}
 * round-trips. Equality is by the normalised value.
 */
public final class IdNumber {

  /** GB 11643-1999 weights of the first 17 digits. */
  private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};

  /** The check character for each weighted sum mod 11 (ISO 7064 MOD 11-2). */
  private static final char[] CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};

  private static final int MAX_LENGTH = 32;

  private final String value;
  private final String input;
  private final boolean upgraded;

  private IdNumber(String value, String input, boolean upgraded) {
    if (value.isEmpty() || value.length() > MAX_LENGTH || !digitsOrX(value)) {
      throw new GradcapException(ErrorCode.UNPARSEABLE_ID_NUMBER, mask(value));
    }
    if (value.length() == 15 && allDigits(value, 15)) {
      throw new GradcapException(ErrorCode.UNPARSEABLE_ID_NUMBER, mask(value));
    }
    this.value = value;
    this.input = input;
    this.upgraded = upgraded;
  }

  /** The canonical form as {@link #value()} gives it; use {@link #parse} for typed input. */
  public static IdNumber of(String value) {
    return new IdNumber(value, value, false);
  }

  /**
   * Reads typed input: removes spaces, folds full-width digits, upper-cases {@code x}, and upgrades
   * a 15-digit number to 18 characters.
   *
   * @throws GradcapException {@link ErrorCode#UNPARSEABLE_ID_NUMBER} when the text holds anything
   *     but digits and {@code X}
   */
  public static IdNumber parse(CharSequence text) {
    String normalised = normalise(text);
    boolean legacy = normalised.length() == 15 && allDigits(normalised, 15);
    return new IdNumber(legacy ? upgrade(normalised) : normalised, text.toString(), legacy);
  }

  /** Parses, or gives nothing when the text is blank or holds anything but digits and {@code X}. */
  public static Optional<IdNumber> tryParse(@Nullable CharSequence text) {
    if (text == null) {
      return Optional.empty();
    }
    String normalised = normalise(text);
    if (normalised.isEmpty() || normalised.length() > MAX_LENGTH || !digitsOrX(normalised)) {
      return Optional.empty();
    }
    return Optional.of(parse(text));
  }

  /** The normalised text: spaces removed, full-width folded, {@code x} upper-cased; no upgrade. */
  static String normalise(CharSequence text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= '\uFF01' && c <= '\uFF5E') {
        c = (char) (c - 0xFEE0);
      }
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        continue;
      }
      out.append(c == 'x' ? 'X' : c);
    }
    return out.toString();
  }

  /**
   * GB 11643-1999 upgrade of a 15-digit number: {@code 19} (or {@code 18} for the sequences
   * 996–999) before the 2-digit year, then the check character.
   */
  static String upgrade(String fifteen) {
    int sequence = Integer.parseInt(fifteen.substring(12, 15));
    String century = sequence >= 996 ? "18" : "19";
    String seventeen = fifteen.substring(0, 6) + century + fifteen.substring(6);
    return seventeen + checkCharacter(seventeen);
  }

  /**
   * The ISO 7064 MOD 11-2 check character of the first 17 characters, which must be ASCII digits.
   *
   * @throws IllegalArgumentException when the text is shorter than 17 or not digits
   */
  public static char checkCharacter(CharSequence first17) {
    if (first17.length() < 17 || !allDigits(first17, 17)) {
      throw new IllegalArgumentException("the check character needs 17 digits");
    }
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += (first17.charAt(i) - '0') * WEIGHTS[i];
    }
    return CHECK[sum % 11];
  }

  /** The full normalised number. Sensitive: never log it. */
  public String value() {
    return value;
  }

  /** The text as it was typed or imported. Sensitive: never log it. */
  public String input() {
    return input;
  }

  /** Whether the input was a legacy 15-digit number that {@link #parse} upgraded. */
  public boolean wasUpgraded() {
    return upgraded;
  }

  /** Whether the number has the 18-character shape: 17 digits and a digit or {@code X}. */
  public boolean hasStandardShape() {
    return value.length() == 18 && allDigits(value, 17);
  }

  /** The region code (first 6 digits), if the number has the standard shape. */
  public Optional<String> regionCode() {
    return hasStandardShape() ? Optional.of(value.substring(0, 6)) : Optional.empty();
  }

  /** The birth date the number carries, if it has the standard shape and the date exists. */
  public Optional<LocalDate> birthDate() {
    if (!hasStandardShape()) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.of(digits(6, 4), digits(10, 2), digits(12, 2)));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  /**
   * The gender the sequence's parity gives (odd male, even female), if the number has the standard
   * shape.
   */
  public Optional<Gender> gender() {
    if (!hasStandardShape()) {
      return Optional.empty();
    }
    return Optional.of((value.charAt(16) - '0') % 2 == 1 ? Gender.MALE : Gender.FEMALE);
  }

  /** Whether the last character is the one ISO 7064 MOD 11-2 computes from the first 17. */
  public boolean checkCharacterMatches() {
    return hasStandardShape() && checkCharacter(value) == value.charAt(17);
  }

  /** The number with the birth date and sequence hidden: {@code 110105********002X}. */
  public String masked() {
    return mask(value);
  }

  static String mask(String text) {
    return SafeText.masked(text);
  }

  private int digits(int from, int count) {
    int n = 0;
    for (int i = from; i < from + count; i++) {
      n = n * 10 + (value.charAt(i) - '0');
    }
    return n;
  }

  private static boolean digitsOrX(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if ((c < '0' || c > '9') && c != 'X') {
        return false;
      }
    }
    return true;
  }

  private static boolean allDigits(CharSequence text, int count) {
    if (text.length() < count) {
      return false;
    }
    for (int i = 0; i < count; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof IdNumber that && value.equals(that.value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /** The masked form only: an ID number never appears in full in logs or messages. */
  @Override
  public String toString() {
    return masked();
  }
}
