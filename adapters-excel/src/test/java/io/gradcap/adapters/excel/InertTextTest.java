package io.gradcap.adapters.excel;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class InertTextTest {

  @ParameterizedTest
  @ValueSource(strings = {"=HYPERLINK(\"http://x\")", "+1", "-2+3", "@SUM(A1)", "\tx", "\rx"})
  void text_that_could_start_a_formula_is_guarded(String text) {
    assertThat(InertText.isDangerous(text)).isTrue();
    assertThat(InertText.forCsv(text)).isEqualTo("'" + text);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "张三", "2021010101", "11010519491231002X", "a=b"})
  void ordinary_text_is_left_alone(String text) {
    assertThat(InertText.forCsv(text)).isEqualTo(text);
  }
}
