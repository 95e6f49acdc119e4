package io.gradcap.core.campaign;

import com.google.common.base.Preconditions;
import io.gradcap.core.ErrorCode;
import io.gradcap.core.GradcapException;
import io.gradcap.core.internal.ChineseNumerals;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An official document number (文号): issuer's abbreviation, year in hexagonal brackets, serial.
 * Round-trips as {@code 琼软院教务〔2023〕20号}; {@link #parse} also accepts the brackets people type
 * instead of 〔〕 ({@code []}, {@code ［］}, {@code （）}, {@code ()}, {@code 【】}).
 *
 * @param issuer the issuer's abbreviation, such as {@code 琼软院教务}
 * @param year the year in brackets
 * @param serial the serial number within the year
 */
public record DocumentNumber(String issuer, int year, int serial) {

  private static final Pattern FORM =
      Pattern.compile(
          "(\\S+?)\\s*[〔\\[［(（【]\\s*([0-9\\uFF10-\\uFF19]{4})\\s*[〕\\]］)）】]\\s*([0-9\\uFF10-\\uFF19]{1,6})\\s*号");

  public DocumentNumber {
    issuer = issuer.strip();
    Preconditions.checkArgument(!issuer.isEmpty(), "issuer is blank");
    Preconditions.checkArgument(year >= 1900 && year <= 9999, "year %s", year);
    Preconditions.checkArgument(serial >= 1, "serial %s", serial);
  }

  public static DocumentNumber of(String issuer, int year, int serial) {
    return new DocumentNumber(issuer, year, serial);
  }

  /** Reads {@code 琼软院教务〔2023〕20号}. */
  public static DocumentNumber parse(CharSequence text) {
    Matcher m = FORM.matcher(text.toString().strip());
    if (!m.matches()) {
      throw new GradcapException(
          ErrorCode.UNPARSEABLE_VALUE, text, "文号应形如 琼软院教务〔2023〕20号 / expected like 琼软院教务〔2023〕20号");
    }
    return new DocumentNumber(
        m.group(1),
        Integer.parseInt(ChineseNumerals.foldDigits(m.group(2))),
        Integer.parseInt(ChineseNumerals.foldDigits(m.group(3))));
  }

  @Override
  public String toString() {
    return issuer + "〔" + year + "〕" + serial + "号";
  }
}
