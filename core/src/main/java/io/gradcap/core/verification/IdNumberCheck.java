package io.gradcap.core.verification;

import io.gradcap.core.ErrorCode;
import io.gradcap.core.GradcapException;
import io.gradcap.core.record.IdNumber;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Optional;

/**
 * R6: the ID-number policy of DOMAIN.md in one allocation-free check, shared by the verifier's rule
 * and the {@code @ValidIdNumber} constraint. Checks, in order: the shape (17 digits and a digit or
 * X), the ISO 7064 MOD 11-2 check character, the region (province codes of GB/T 2260 from {@code
 * province-codes.tsv}; 81/82/83 + 0000 residence permits; a leading 9 for foreign permanent
 * residents, followed by a province code), the birth date (a real date from 1800 on, not after
 * today, from 1900 on if the policy says so), and whether a 15-digit input is accepted. A
 * county-level region check is not offered: county codes change over the years.
 */
public final class IdNumberCheck {

  private static final String TABLE = "province-codes.tsv";
  private static final boolean[] PROVINCES = readProvinces();

  private IdNumberCheck() {}

  /**
   * Checks typed text; text that cannot be read as an ID number is {@link IdNumberStatus#FORMAT}.
   */
  public static IdNumberStatus check(
      CharSequence text, VerificationPolicy policy, LocalDate today) {
    Optional<IdNumber> id = IdNumber.tryParse(text);
    if (id.isEmpty()) {
      return IdNumberStatus.FORMAT;
    }
    return check(
        id.get(),
        policy,
        today.getYear() * 10000 + today.getMonthValue() * 100 + today.getDayOfMonth());
  }

  /** Checks a parsed number against the policy, with today as {@code yyyyMMdd}. */
  static IdNumberStatus check(IdNumber id, VerificationPolicy policy, int todayKey) {
    String v = id.value();
    if (v.length() != 18) {
      return IdNumberStatus.FORMAT;
    }
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      int d = v.charAt(i) - '0';
      if (d < 0 || d > 9) {
        return IdNumberStatus.FORMAT;
      }
      sum += d * WEIGHTS[i];
    }
    if (CHECK[sum % 11] != v.charAt(17)) {
      return IdNumberStatus.CHECK_CHARACTER;
    }
    IdNumberStatus kind = IdNumberStatus.VALID;
    int p = (v.charAt(0) - '0') * 10 + (v.charAt(1) - '0');
    if (v.charAt(0) == '9') {
      int accepting = (v.charAt(1) - '0') * 10 + (v.charAt(2) - '0');
      if (!PROVINCES[accepting] || accepting == 83) {
        return IdNumberStatus.REGION;
      }
      kind = IdNumberStatus.FOREIGN_PERMANENT_RESIDENT;
    } else if ((p == 81 || p == 82 || p == 83) && v.startsWith("0000", 2)) {
      kind = IdNumberStatus.RESIDENCE_PERMIT;
    } else if (!PROVINCES[p] || p == 83) {
      return IdNumberStatus.REGION;
    }
    int year = num(v, 6, 4);
    int month = num(v, 10, 2);
    int day = num(v, 12, 2);
    if (year < 1800 || month < 1 || month > 12 || day < 1 || day > lengthOfMonth(year, month)) {
      return IdNumberStatus.BIRTH_DATE;
    }
    if (year * 10000 + month * 100 + day > todayKey) {
      return IdNumberStatus.BIRTH_DATE_IN_FUTURE;
    }
    if (year < 1900 && !policy.acceptBirthBefore1900()) {
      return IdNumberStatus.BIRTH_BEFORE_1900;
    }
    if (kind == IdNumberStatus.RESIDENCE_PERMIT && !policy.acceptResidencePermits()) {
      return IdNumberStatus.RESIDENCE_PERMIT_REFUSED;
    }
    if (kind == IdNumberStatus.FOREIGN_PERMANENT_RESIDENT
        && !policy.acceptForeignPermanentResidentIds()) {
      return IdNumberStatus.FOREIGN_PERMANENT_RESIDENT_REFUSED;
    }
    if (id.wasUpgraded()) {
      return policy.acceptLegacy15Digit()
          ? IdNumberStatus.LEGACY_15_UPGRADED
          : IdNumberStatus.LEGACY_15_REFUSED;
    }
    return kind;
  }

  /**
   * Whether the two digits are a province-level code of GB/T 2260 (or 83, the Taiwan permit code).
   */
  public static boolean isProvinceCode(int twoDigits) {
    return twoDigits >= 0 && twoDigits < 100 && PROVINCES[twoDigits];
  }

  private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  private static final char[] CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};

  private static int num(String v, int from, int count) {
    int n = 0;
    for (int i = from; i < from + count; i++) {
      n = n * 10 + (v.charAt(i) - '0');
    }
    return n;
  }

  private static int lengthOfMonth(int year, int month) {
    return switch (month) {
      case 2 -> (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)) ? 29 : 28;
      case 4, 6, 9, 11 -> 30;
      default -> 31;
    };
  }

  private static boolean[] readProvinces() {
    boolean[] provinces = new boolean[100];
    int count = 0;
    try (InputStream in = IdNumberCheck.class.getResourceAsStream(TABLE)) {
      if (in == null) {
        throw new GradcapException(ErrorCode.BROKEN_REFERENCE_TABLE, TABLE, "not found");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      boolean header = true;
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (line.startsWith("#") || line.isBlank()) {
          continue;
        }
        if (header) {
          header = false;
          continue;
        }
        provinces[Integer.parseInt(line.substring(0, line.indexOf('\t')).strip())] = true;
        count++;
      }
    } catch (IOException | RuntimeException e) {
      throw new GradcapException(
          ErrorCode.BROKEN_REFERENCE_TABLE, e, TABLE, String.valueOf(e.getMessage()));
    }
    if (count < 34) {
      throw new GradcapException(
          ErrorCode.BROKEN_REFERENCE_TABLE, TABLE, count + " rows, expected 35");
    }
    return provinces;
  }
}
