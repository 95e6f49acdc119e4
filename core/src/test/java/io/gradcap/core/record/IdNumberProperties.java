package io.gradcap.core.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class IdNumberProperties {

  /** Legacy 15-digit numbers: region, yyMMdd, sequence. */
  static Gen<String> fifteenDigits() {
    return integers()
        .between(110000, 659999)
        .zip(
            integers().between(0, 36524),
            integers().between(0, 999),
            (region, day, seq) -> {
              LocalDate birth = LocalDate.of(1900, 1, 1).plusDays(day);
              return String.format(
                  "%06d%02d%02d%02d%03d",
                  region, birth.getYear() % 100, birth.getMonthValue(), birth.getDayOfMonth(), seq);
            });
  }

  @Test
  void upgrade_then_reparse_is_stable() {
    qt().forAll(fifteenDigits())
        .checkAssert(
            fifteen -> {
              IdNumber upgraded = IdNumber.parse(fifteen);
              assertThat(upgraded.value()).hasSize(18);
              assertThat(upgraded.checkCharacterMatches()).isTrue();
              assertThat(IdNumber.parse(upgraded.value())).isEqualTo(upgraded);
              assertThat(IdNumber.parse(upgraded.value()).wasUpgraded()).isFalse();
              String century = Integer.parseInt(fifteen.substring(12)) >= 996 ? "18" : "19";
              assertThat(upgraded.value().substring(6, 8)).isEqualTo(century);
              assertThat(upgraded.value().substring(8, 17)).isEqualTo(fifteen.substring(6));
            });
  }

  @Test
  void lower_case_x_and_full_width_input_parse_to_the_same_number() {
    qt().forAll(fifteenDigits())
        .checkAssert(
            fifteen -> {
              String value = IdNumber.parse(fifteen).value();
              StringBuilder fullWidth = new StringBuilder();
              for (char c : value.toLowerCase(java.util.Locale.ROOT).toCharArray()) {
                fullWidth.append(c == 'x' ? 'x' : (char) (c + 0xFEE0));
              }
              assertThat(IdNumber.parse(fullWidth)).isEqualTo(IdNumber.of(value));
            });
  }

  @Test
  void the_masked_form_never_shows_the_birth_date() {
    qt().forAll(fifteenDigits())
        .checkAssert(
            fifteen -> {
              IdNumber id = IdNumber.parse(fifteen);
              assertThat(id.toString())
                  .isEqualTo(id.masked())
                  .contains("********")
                  .doesNotContain(id.value().substring(6, 14));
            });
  }
}
