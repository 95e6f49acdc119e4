package io.gradcap.core.verification;

import static io.gradcap.core.verification.TestRecords.TODAY;
import static io.gradcap.core.verification.TestRecords.idNumber;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class IdNumberCheckTest {

  private final VerificationPolicy defaults = VerificationPolicy.defaults();
  private final VerificationPolicy strict = VerificationPolicy.strict();

  private IdNumberStatus check(String text, VerificationPolicy policy) {
    return IdNumberCheck.check(text, policy, TODAY);
  }

  @Test
  void the_standards_examples_are_valid_including_the_1880_birth() {
    assertThat(check("11010519491231002X", defaults)).isEqualTo(IdNumberStatus.VALID);
    assertThat(check("11010519491231002x", defaults)).isEqualTo(IdNumberStatus.VALID);
    assertThat(check("440524188001010014", defaults)).isEqualTo(IdNumberStatus.VALID);
    assertThat(check("440524188001010014", strict)).isEqualTo(IdNumberStatus.BIRTH_BEFORE_1900);
  }

  @Test
  void format_and_check_character() {
    assertThat(check("1101051949123100", defaults)).isEqualTo(IdNumberStatus.FORMAT);
    assertThat(check("1101051949123100XX", defaults)).isEqualTo(IdNumberStatus.FORMAT);
    assertThat(check("身份证", defaults)).isEqualTo(IdNumberStatus.FORMAT);
    assertThat(check("110105194912310021", defaults)).isEqualTo(IdNumberStatus.CHECK_CHARACTER);
  }

  @Test
  void region_is_checked_at_province_level() {
    assertThat(check(idNumber("990101", LocalDate.of(2003, 5, 1), 1), defaults))
        .isEqualTo(IdNumberStatus.REGION);
    assertThat(check(idNumber("190101", LocalDate.of(2003, 5, 1), 1), defaults))
        .isEqualTo(IdNumberStatus.REGION);
    assertThat(check(idNumber("469999", LocalDate.of(2003, 5, 1), 1), defaults))
        .as("county codes change; only the province is checked")
        .isEqualTo(IdNumberStatus.VALID);
  }

  @Test
  void birth_date_must_be_real_and_not_in_the_future() {
    String feb29 = "46010020030229001";
    assertThat(check(feb29 + io.gradcap.core.record.IdNumber.checkCharacter(feb29), defaults))
        .isEqualTo(IdNumberStatus.BIRTH_DATE);
    String leap = "46010020040229001";
    assertThat(check(leap + io.gradcap.core.record.IdNumber.checkCharacter(leap), defaults))
        .isEqualTo(IdNumberStatus.VALID);
    assertThat(check(idNumber("460100", TODAY.plusDays(1), 1), defaults))
        .isEqualTo(IdNumberStatus.BIRTH_DATE_IN_FUTURE);
    assertThat(check(idNumber("460100", TODAY, 1), defaults)).isEqualTo(IdNumberStatus.VALID);
  }

  @Test
  void legacy_15_digit_numbers_are_a_warning_or_refused() {
    assertThat(check("110105491231002", defaults)).isEqualTo(IdNumberStatus.LEGACY_15_UPGRADED);
    assertThat(IdNumberStatus.LEGACY_15_UPGRADED.isAcceptable()).isTrue();
    assertThat(check("110105491231002", strict)).isEqualTo(IdNumberStatus.LEGACY_15_REFUSED);
  }

  @Test
  void residence_permits_of_hong_kong_macau_and_taiwan_residents() {
    for (String region : new String[] {"810000", "820000", "830000"}) {
      String id = idNumber(region, LocalDate.of(2002, 3, 4), 11);
      assertThat(check(id, defaults)).as(region).isEqualTo(IdNumberStatus.RESIDENCE_PERMIT);
      assertThat(check(id, strict)).as(region).isEqualTo(IdNumberStatus.RESIDENCE_PERMIT_REFUSED);
    }
    assertThat(check(idNumber("830100", LocalDate.of(2002, 3, 4), 11), defaults))
        .as("83 is no province")
        .isEqualTo(IdNumberStatus.REGION);
  }

  @Test
  void foreign_permanent_resident_ids_begin_with_9_and_a_province() {
    String id = idNumber("946840", LocalDate.of(1990, 7, 8), 12);
    assertThat(check(id, defaults)).isEqualTo(IdNumberStatus.FOREIGN_PERMANENT_RESIDENT);
    assertThat(check(id, strict)).isEqualTo(IdNumberStatus.FOREIGN_PERMANENT_RESIDENT_REFUSED);
    assertThat(check(idNumber("999840", LocalDate.of(1990, 7, 8), 12), defaults))
        .isEqualTo(IdNumberStatus.REGION);
  }
}
