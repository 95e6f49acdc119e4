package io.gradcap.core.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import io.gradcap.core.GradcapException;
import org.junit.jupiter.api.Test;

class EthnicityTest {

  @Test
  void the_table_has_56_groups_and_the_97_98_extension() {
    assertThat(Ethnicity.standard()).hasSize(56).noneMatch(Ethnicity::isExtension);
    assertThat(Ethnicity.all()).hasSize(58);
    assertThat(Ethnicity.of("97").name()).isEqualTo("其他");
    assertThat(Ethnicity.of("98").isExtension()).isTrue();
    assertThat(Ethnicity.of("56").name()).isEqualTo("基诺族");
  }

  @Test
  void accepts_names_codes_short_forms_and_legacy_names() {
    Ethnicity mongol = Ethnicity.of("蒙古族");
    assertThat(Ethnicity.parse("02")).isEqualTo(mongol);
    assertThat(Ethnicity.parse("2")).isEqualTo(mongol);
    assertThat(Ethnicity.parse("蒙古")).isEqualTo(mongol);
    assertThat(Ethnicity.parse("Mongol")).isEqualTo(mongol);
    assertThat(Ethnicity.parse(" 汉 ")).isEqualTo(Ethnicity.of("01"));
    assertThat(Ethnicity.parse("土")).isEqualTo(Ethnicity.of("土族"));
    assertThat(Ethnicity.parse("土家")).isEqualTo(Ethnicity.of("土家族"));
    assertThat(Ethnicity.parse("毛难族")).isEqualTo(Ethnicity.of("毛南族"));
    assertThat(Ethnicity.parse("崩龙族")).isEqualTo(Ethnicity.of("德昂族"));
    assertThat(mongol.code()).isEqualTo("02");
    assertThat(mongol.romanization()).isEqualTo("Mongol");
  }

  @Test
  void refuses_what_is_no_group() {
    assertThatThrownBy(() -> Ethnicity.parse("火星族"))
        .isInstanceOf(GradcapException.class)
        .hasMessageContaining("GC-0103");
    assertThatThrownBy(() -> Ethnicity.of("蒙古")).isInstanceOf(GradcapException.class);
    assertThat(Ethnicity.tryParse("57")).isEmpty();
  }

  @Test
  void to_string_is_the_name_and_round_trips() {
    for (Ethnicity e : Ethnicity.all()) {
      assertThat(Ethnicity.parse(e.toString())).isEqualTo(e);
      assertThat(Ethnicity.of(e.code())).isEqualTo(e);
    }
  }

  @Test
  void equality_is_by_code() {
    new EqualsTester()
        .addEqualityGroup(Ethnicity.of("汉族"), Ethnicity.of("01"), Ethnicity.parse("汉"))
        .addEqualityGroup(Ethnicity.of("回族"))
        .testEquals();
  }
}
