package io.gradcap.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import org.junit.jupiter.api.Test;

class ChineseNumeralsProperties {

  @Test
  void numerals_one_to_ninety_nine_round_trip() {
    qt().forAll(integers().between(1, 99))
        .check(n -> ChineseNumerals.parse(ChineseNumerals.format(n)).getAsInt() == n);
  }

  @Test
  void digits_ascii_and_full_width_read_as_numbers() {
    qt().forAll(integers().between(0, 999_999))
        .check(
            n -> {
              String full =
                  Integer.toString(n)
                      .chars()
                      .mapToObj(c -> String.valueOf((char) (c + 0xFEE0)))
                      .reduce("", String::concat);
              return ChineseNumerals.parse(Integer.toString(n)).getAsInt() == n
                  && ChineseNumerals.parse(full).getAsInt() == n;
            });
  }

  @Test
  void the_forms_notices_print() {
    assertThat(ChineseNumerals.format(10)).isEqualTo("十");
    assertThat(ChineseNumerals.format(23)).isEqualTo("二十三");
    assertThat(ChineseNumerals.parse("两").getAsInt()).isEqualTo(2);
    assertThat(ChineseNumerals.parse("十一").getAsInt()).isEqualTo(11);
    for (String bad : new String[] {"", "十十", "一二", "二十〇", "百", "甲", "〇十"}) {
      assertThat(ChineseNumerals.parse(bad)).as(bad).isEmpty();
    }
  }
}
