package io.gradcap.core.verification;

import static io.gradcap.core.verification.TestRecords.TODAY;
import static io.gradcap.core.verification.TestRecords.idNumber;
import static org.assertj.core.api.Assertions.assertThat;

import io.gradcap.core.record.IdNumber;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The exact limits of the ID-number policy: first and last accepted dates, region prefixes, policy
 * switches.
 */
class IdNumberCheckBoundariesTest {

  private static final VerificationPolicy DEFAULTS = VerificationPolicy.defaults();

  private static IdNumberStatus check(String text, VerificationPolicy policy) {
    return IdNumberCheck.check(text, policy, TODAY);
  }

  /** An 18-character number with a correct check character for any birth text, real date or not. */
  private static String withBirth(String region6, String yyyyMMdd) {
    String first17 = region6 + yyyyMMdd + "001";
    return first17 + IdNumber.checkCharacter(first17);
  }

  @Test
  void birth_years_from_1800_on_are_real_and_1799_is_not() {
    assertThat(check(withBirth("110105", "18000101"), DEFAULTS)).isEqualTo(IdNumberStatus.VALID);
    assertThat(check(withBirth("110105", "17991231"), DEFAULTS))
        .isEqualTo(IdNumberStatus.BIRTH_DATE);
  }

  @Test
  void a_policy_refusing_births_before_1900_accepts_the_first_of_january_1900() {
    VerificationPolicy from1900 = DEFAULTS.withBirthBefore1900(false);
    assertThat(check(withBirth("110105", "19000101"), from1900)).isEqualTo(IdNumberStatus.VALID);
    assertThat(check(withBirth("110105", "18991231"), from1900))
        .isEqualTo(IdNumberStatus.BIRTH_BEFORE_1900);
    assertThat(check(withBirth("110105", "18991231"), DEFAULTS)).isEqualTo(IdNumberStatus.VALID);
  }

  @Test
  void months_run_from_01_to_12() {
    assertThat(check(withBirth("110105", "20030101"), DEFAULTS)).isEqualTo(IdNumberStatus.VALID);
    assertThat(check(withBirth("110105", "20031231"), DEFAULTS)).isEqualTo(IdNumberStatus.VALID);
    assertThat(check(withBirth("110105", "20030001"), DEFAULTS))
        .isEqualTo(IdNumberStatus.BIRTH_DATE);
    assertThat(check(withBirth("110105", "20031301"), DEFAULTS))
        .isEqualTo(IdNumberStatus.BIRTH_DATE);
  }

  @Test
  void days_run_from_01_to_the_length_of_the_month() {
    assertThat(check(withBirth("110105", "20030100"), DEFAULTS))
        .isEqualTo(IdNumberStatus.BIRTH_DATE);
    assertThat(check(withBirth("110105", "20030131"), DEFAULTS)).isEqualTo(IdNumberStatus.VALID);
    assertThat(check(withBirth("110105", "20030132"), DEFAULTS))
        .isEqualTo(IdNumberStatus.BIRTH_DATE);
    assertThat(check(withBirth("110105", "20030228"), DEFAULTS)).isEqualTo(IdNumberStatus.VALID);
    for (String month : List.of("04", "06", "09", "11")) {
      assertThat(check(withBirth("110105", "2003" + month + "30"), DEFAULTS))
          .as(month)
          .isEqualTo(IdNumberStatus.VALID);
      assertThat(check(withBirth("110105", "2003" + month + "31"), DEFAULTS))
          .as(month)
          .isEqualTo(IdNumberStatus.BIRTH_DATE);
    }
    for (String month : List.of("03", "05", "07", "08", "10", "12")) {
      assertThat(check(withBirth("110105", "2003" + month + "31"), DEFAULTS))
          .as(month)
          .isEqualTo(IdNumberStatus.VALID);
    }
  }

  @Test
  void a_birth_in_a_later_year_than_today_is_in_the_future_and_one_earlier_in_the_year_is_not() {
    assertThat(check(idNumber("110105", LocalDate.of(TODAY.getYear() + 1, 1, 1), 1), DEFAULTS))
        .isEqualTo(IdNumberStatus.BIRTH_DATE_IN_FUTURE);
    assertThat(check(idNumber("110105", TODAY.withDayOfYear(1), 1), DEFAULTS))
        .isEqualTo(IdNumberStatus.VALID);
    assertThat(check(idNumber("110105", TODAY.minusDays(1), 1), DEFAULTS))
        .isEqualTo(IdNumberStatus.VALID);
  }

  @Test
  void an_x_or_a_wrong_length_anywhere_but_the_last_place_is_a_format_error() {
    String valid = idNumber("110105", LocalDate.of(2003, 5, 1), 1);
    assertThat(check("X" + valid.substring(1), DEFAULTS)).isEqualTo(IdNumberStatus.FORMAT);
    assertThat(check(valid.substring(0, 8) + "X" + valid.substring(9), DEFAULTS))
        .isEqualTo(IdNumberStatus.FORMAT);
    assertThat(check(valid.substring(0, 17), DEFAULTS)).isEqualTo(IdNumberStatus.FORMAT);
    assertThat(check(valid + "1", DEFAULTS)).isEqualTo(IdNumberStatus.FORMAT);
    assertThat(check("", DEFAULTS)).isEqualTo(IdNumberStatus.FORMAT);
  }

  @Test
  void a_province_level_region_code_of_the_mainland_is_a_citizen_number_not_a_residence_permit() {
    for (String region : List.of("110000", "460000", "650000")) {
      assertThat(check(idNumber(region, LocalDate.of(2003, 5, 1), 1), DEFAULTS))
          .as(region)
          .isEqualTo(IdNumberStatus.VALID);
    }
    assertThat(check(idNumber("820000", LocalDate.of(2003, 5, 1), 1), DEFAULTS))
        .isEqualTo(IdNumberStatus.RESIDENCE_PERMIT);
  }

  @Test
  void a_foreign_permanent_resident_id_must_name_a_mainland_province_after_the_9() {
    assertThat(check(idNumber("911000", LocalDate.of(1990, 7, 8), 12), DEFAULTS))
        .isEqualTo(IdNumberStatus.FOREIGN_PERMANENT_RESIDENT);
    assertThat(check(idNumber("965000", LocalDate.of(1990, 7, 8), 12), DEFAULTS))
        .isEqualTo(IdNumberStatus.FOREIGN_PERMANENT_RESIDENT);
    assertThat(check(idNumber("983000", LocalDate.of(1990, 7, 8), 12), DEFAULTS))
        .as("83 is the Taiwan permit code, no province")
        .isEqualTo(IdNumberStatus.REGION);
    assertThat(check(idNumber("900000", LocalDate.of(1990, 7, 8), 12), DEFAULTS))
        .isEqualTo(IdNumberStatus.REGION);
    assertThat(check(idNumber("910000", LocalDate.of(1990, 7, 8), 12), DEFAULTS))
        .isEqualTo(IdNumberStatus.REGION);
  }

  @Test
  void region_prefixes_that_are_no_province_are_refused() {
    for (String region : List.of("000000", "100000", "200000", "830100", "990000")) {
      assertThat(check(idNumber(region, LocalDate.of(2003, 5, 1), 1), DEFAULTS))
          .as(region)
          .isEqualTo(IdNumberStatus.REGION);
    }
  }

  @Test
  void each_policy_switch_refuses_only_its_own_kind() {
    String mainland = idNumber("110105", LocalDate.of(2003, 5, 1), 1);
    String permit = idNumber("810000", LocalDate.of(2003, 5, 1), 1);
    String foreign = idNumber("911000", LocalDate.of(1990, 7, 8), 12);
    VerificationPolicy noPermits = DEFAULTS.withResidencePermits(false);
    VerificationPolicy noForeign = DEFAULTS.withForeignPermanentResidentIds(false);
    assertThat(check(mainland, noPermits)).isEqualTo(IdNumberStatus.VALID);
    assertThat(check(foreign, noPermits)).isEqualTo(IdNumberStatus.FOREIGN_PERMANENT_RESIDENT);
    assertThat(check(permit, noPermits)).isEqualTo(IdNumberStatus.RESIDENCE_PERMIT_REFUSED);
    assertThat(check(mainland, noForeign)).isEqualTo(IdNumberStatus.VALID);
    assertThat(check(permit, noForeign)).isEqualTo(IdNumberStatus.RESIDENCE_PERMIT);
    assertThat(check(foreign, noForeign))
        .isEqualTo(IdNumberStatus.FOREIGN_PERMANENT_RESIDENT_REFUSED);
  }

  @Test
  void a_legacy_number_of_someone_born_before_1900_is_judged_on_the_birth_year_first() {
    // Sequences 996-999 mark people over 100: the upgrade puts them in the 1800s.
    assertThat(check("110105491231996", DEFAULTS)).isEqualTo(IdNumberStatus.LEGACY_15_UPGRADED);
    assertThat(check("110105491231996", VerificationPolicy.strict()))
        .isEqualTo(IdNumberStatus.BIRTH_BEFORE_1900);
    assertThat(check("110105491231002", DEFAULTS.withLegacy15Digit(false)))
        .isEqualTo(IdNumberStatus.LEGACY_15_REFUSED);
  }

  @Test
  void province_codes_are_the_two_digit_codes_of_gb_t_2260_and_the_taiwan_permit_code() {
    assertThat(IdNumberCheck.isProvinceCode(11)).isTrue();
    assertThat(IdNumberCheck.isProvinceCode(65)).isTrue();
    assertThat(IdNumberCheck.isProvinceCode(82)).isTrue();
    assertThat(IdNumberCheck.isProvinceCode(83)).isTrue();
    assertThat(IdNumberCheck.isProvinceCode(0)).isFalse();
    assertThat(IdNumberCheck.isProvinceCode(10)).isFalse();
    assertThat(IdNumberCheck.isProvinceCode(99)).isFalse();
    assertThat(IdNumberCheck.isProvinceCode(-1)).isFalse();
    assertThat(IdNumberCheck.isProvinceCode(100)).isFalse();
    assertThat(IdNumberCheck.isProvinceCode(111)).isFalse();
  }

  @Test
  void only_recognised_kinds_and_an_accepted_legacy_number_are_acceptable() {
    assertThat(IdNumberStatus.VALID.isAcceptable()).isTrue();
    assertThat(IdNumberStatus.RESIDENCE_PERMIT.isAcceptable()).isTrue();
    assertThat(IdNumberStatus.FOREIGN_PERMANENT_RESIDENT.isAcceptable()).isTrue();
    assertThat(IdNumberStatus.LEGACY_15_UPGRADED.severity())
        .isEqualTo(io.gradcap.core.finding.Severity.WARNING);
    for (IdNumberStatus refused :
        List.of(
            IdNumberStatus.FORMAT,
            IdNumberStatus.CHECK_CHARACTER,
            IdNumberStatus.REGION,
            IdNumberStatus.BIRTH_DATE,
            IdNumberStatus.BIRTH_DATE_IN_FUTURE,
            IdNumberStatus.BIRTH_BEFORE_1900,
            IdNumberStatus.LEGACY_15_REFUSED,
            IdNumberStatus.RESIDENCE_PERMIT_REFUSED,
            IdNumberStatus.FOREIGN_PERMANENT_RESIDENT_REFUSED)) {
      assertThat(refused.isAcceptable()).as(refused.name()).isFalse();
    }
  }
}
