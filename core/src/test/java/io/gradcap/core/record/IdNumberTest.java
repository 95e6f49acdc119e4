package io.gradcap.core.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import io.gradcap.core.GradcapException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class IdNumberTest {

  @Test
  void parse_trims_folds_full_width_digits_and_upper_cases_x() {
    IdNumber id = IdNumber.parse("\u3000１１０１０５１９４９１２３１００２ｘ ");
    assertThat(id.value()).isEqualTo("11010519491231002X");
    assertThat(id.input()).isEqualTo("\u3000１１０１０５１９４９１２３１００２ｘ ");
    assertThat(IdNumber.parse("110105 19491231 002x").value()).isEqualTo("11010519491231002X");
  }

  @Test
  void a_15_digit_number_is_upgraded_with_19_and_the_check_character() {
    IdNumber id = IdNumber.parse("110105491231002");
    assertThat(id.value()).isEqualTo("11010519491231002X");
    assertThat(id.wasUpgraded()).isTrue();
    assertThat(IdNumber.parse("11010519491231002X").wasUpgraded()).isFalse();
  }

  @Test
  void sequences_996_to_999_mark_the_over_100s_and_get_18() {
    assertThat(IdNumber.parse("440524800101996").value()).startsWith("4405241880010199");
    assertThat(IdNumber.parse("440524800101995").value()).startsWith("4405241980010199");
    String upgraded = IdNumber.parse("440524800101999").value();
    assertThat(upgraded.charAt(17)).isEqualTo(IdNumber.checkCharacter(upgraded));
  }

  @Test
  void the_standard_examples_have_matching_check_characters() {
    assertThat(IdNumber.of("11010519491231002X").checkCharacterMatches()).isTrue();
    assertThat(IdNumber.of("440524188001010014").checkCharacterMatches()).isTrue();
    assertThat(IdNumber.of("440524188001010015").checkCharacterMatches()).isFalse();
  }

  @Test
  void carries_birth_date_gender_and_region() {
    IdNumber id = IdNumber.of("11010519491231002X");
    assertThat(id.birthDate()).contains(LocalDate.of(1949, 12, 31));
    assertThat(id.gender()).contains(Gender.FEMALE);
    assertThat(id.regionCode()).contains("110105");
    assertThat(IdNumber.of("440524188001010014").gender()).contains(Gender.MALE);
    assertThat(IdNumber.of("11010519491331002X").birthDate()).isEmpty();
    assertThat(IdNumber.of("1101051949").birthDate()).isEmpty();
  }

  @Test
  void to_string_is_masked_and_value_round_trips() {
    IdNumber id = IdNumber.parse("11010519491231002x");
    assertThat(id).hasToString("110105********002X");
    assertThat(id.masked()).isEqualTo("110105********002X");
    assertThat(id.toString()).doesNotContain("19491231");
    assertThat(IdNumber.parse(id.value())).isEqualTo(id);
    assertThat(IdNumber.of(id.value())).isEqualTo(id);
  }

  @Test
  void parse_refuses_anything_but_digits_and_x_without_revealing_it() {
    assertThatThrownBy(() -> IdNumber.parse("11010519491231002Y"))
        .isInstanceOf(GradcapException.class)
        .hasMessageContaining("GC-0101")
        .hasMessageNotContaining("19491231");
    assertThatThrownBy(() -> IdNumber.parse("  ")).isInstanceOf(GradcapException.class);
    assertThatThrownBy(() -> IdNumber.of("110105491231002")).isInstanceOf(GradcapException.class);
    assertThat(IdNumber.tryParse("身份证")).isEmpty();
    assertThat(IdNumber.tryParse(null)).isEmpty();
  }

  @Test
  void equality_is_by_the_normalised_value() {
    new EqualsTester()
        .addEqualityGroup(
            IdNumber.of("11010519491231002X"),
            IdNumber.parse("11010519491231002x"),
            IdNumber.parse("110105491231002"))
        .addEqualityGroup(IdNumber.of("440524188001010014"))
        .testEquals();
  }
}
