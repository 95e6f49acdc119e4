package io.gradcap.core.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class RecordValueProperties {

  private static Gen<String> chinese() {
    return strings().betweenCodePoints(0x4E00, 0x9FA5).ofLengthBetween(1, 4);
  }

  @Test
  void ethnicity_parse_of_to_string_round_trips_from_code_or_name() {
    qt().forAll(integers().between(0, Ethnicity.all().size() - 1))
        .checkAssert(
            i -> {
              Ethnicity e = Ethnicity.all().get(i);
              assertThat(Ethnicity.parse(e.toString())).isEqualTo(e);
              assertThat(Ethnicity.parse(e.code())).isEqualTo(e);
            });
  }

  @Test
  void name_parse_is_idempotent_and_round_trips() {
    String[] dots = {"\u2022", ".", "\u30FB", "\uFF0E", "\u00B7", " \u00B7 "};
    qt().forAll(chinese(), chinese(), integers().between(0, dots.length - 1))
        .checkAssert(
            (a, b, d) -> {
              PersonName name = PersonName.parse(a + dots[d] + b);
              assertThat(name.value()).isEqualTo(a + "\u00B7" + b);
              assertThat(PersonName.parse(name.toString())).isEqualTo(name);
              assertThat(name.isChinese()).isTrue();
            });
  }

  @Test
  void gender_round_trips_through_text_and_code() {
    qt().forAll(integers().between(0, Gender.values().length - 1))
        .checkAssert(
            i -> {
              Gender g = Gender.values()[i];
              assertThat(Gender.parse(g.toString())).isEqualTo(g);
              assertThat(Gender.ofCode(g.code())).isEqualTo(g);
            });
  }
}
