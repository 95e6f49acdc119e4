package io.gradcap.core.verification;

import static io.gradcap.core.verification.TestRecords.TODAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.gradcap.core.record.IdNumber;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class IdNumberCheckProperties {

  private static final int[] PROVINCES = {
    11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46, 50, 51, 52,
    53, 54, 61, 62, 63, 64, 65, 71, 81, 82
  };

  /**
   * Valid 18-character ID numbers: a province, any county, a birth date since 1900 up to today, any
   * sequence.
   */
  static Gen<String> validIdNumbers() {
    int days = (int) (TODAY.toEpochDay() - LocalDate.of(1900, 1, 1).toEpochDay());
    return integers()
        .between(0, PROVINCES.length - 1)
        .zip(
            integers().between(101, 9999),
            integers().between(0, days),
            integers().between(0, 999),
            (p, county, day, seq) ->
                TestRecords.idNumber(
                    String.format("%02d%04d", PROVINCES[p], county),
                    LocalDate.of(1900, 1, 1).plusDays(day),
                    seq));
  }

  private static IdNumberStatus check(String id) {
    return IdNumberCheck.check(id, VerificationPolicy.defaults(), TODAY);
  }

  @Test
  void generated_valid_numbers_always_pass() {
    qt().forAll(validIdNumbers())
        .checkAssert(
            id ->
                assertThat(check(id)).isIn(IdNumberStatus.VALID, IdNumberStatus.RESIDENCE_PERMIT));
  }

  @Test
  void any_single_digit_change_is_caught_by_the_check_character() {
    qt().forAll(validIdNumbers(), integers().between(0, 17), integers().between(1, 10))
        .checkAssert(
            (id, pos, delta) -> {
              char[] chars = id.toCharArray();
              char original = chars[pos];
              if (original == 'X') {
                chars[pos] = (char) ('0' + delta % 10);
              } else {
                int digit = (original - '0' + delta) % 11;
                chars[pos] =
                    digit == 10
                        ? (pos == 17 ? 'X' : (char) ('0' + (original - '0' + 1) % 10))
                        : (char) ('0' + digit);
              }
              if (chars[pos] == original) {
                return;
              }
              String changed = new String(chars);
              assertThat(IdNumber.of(changed).checkCharacterMatches()).as(changed).isFalse();
              assertThat(check(changed).isAcceptable()).isFalse();
            });
  }

  @Test
  void any_swap_of_two_adjacent_different_characters_is_caught() {
    qt().forAll(validIdNumbers(), integers().between(0, 16))
        .checkAssert(
            (id, pos) -> {
              char[] chars = id.toCharArray();
              if (chars[pos] == chars[pos + 1]) {
                return;
              }
              char t = chars[pos];
              chars[pos] = chars[pos + 1];
              chars[pos + 1] = t;
              String swapped = new String(chars);
              assertThat(check(swapped).isAcceptable()).as(swapped).isFalse();
            });
  }
}
